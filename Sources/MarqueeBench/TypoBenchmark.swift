import Catalog
import CatalogStore
import EmbeddedCatalog
import Foundation

/// `marquee-bench typos --sizes embedded,N --work DIR`: how long mending one typed
/// word takes, by the deletion neighbourhood and by the scan of every word
/// sharing its first letter that it replaced, on the same catalog in one
/// process: from memory (the app, after its warm-up) and from the tables
/// (a one-shot command). Reuses `DIR/catalog-N` and `DIR/data-N` from a
/// keystroke run (`embedded` builds its own index).
enum TypoBenchmark {
    static func run(size: String, work: URL, count: Int) throws -> String {
        let catalog = size == "embedded" ? EmbeddedCatalog.directory : work.appendingPathComponent("catalog-\(size)")
        guard let catalog else { throw BenchError("no embedded catalog") }
        let data = work.appendingPathComponent("data-\(size)")
        let files = CatalogFiles(directory: catalog)
        let stored = try CatalogDatabase.open(in: data, files: files)
        let loaded = try CatalogDatabase.open(in: data, files: files)
        let warmUp = Measurement.milliseconds { loaded.warmUpSearch() }
        let words = try stored.indexedWords()
        let queries = ["strnger", "thngs", "stanger", "thigns", "umbrela", "acadmy", "amelei", "hereditery", "mindhuntr"]
            + typos(of: words, count: count)
        var lines = ["\(size): \(words.count) words, \(queries.count) typed words, warm-up \(String(format: "%.0f", warmUp)) ms"]
        var differing = 0
        for (name, database) in [("memory", loaded), ("tables", stored)] {
            var scan: [Double] = [], neighbourhood: [Double] = []
            for query in queries {
                var before: [String] = [], after: [String] = []
                scan.append(try Measurement.milliseconds { before = try database.similarWords(to: query, byScan: true) })
                neighbourhood.append(try Measurement.milliseconds { after = try database.similarWords(to: query) })
                if before != after { differing += 1 }
            }
            func figures(_ times: [Double]) -> String {
                let stats = Measurement.Stats(times)
                return String(format: "%.3f / %.3f / %.3f", stats.p50, stats.p95, stats.max)
            }
            lines.append("  \(name): scan p50/p95/max \(figures(scan)) ms; neighbourhood \(figures(neighbourhood)) ms")
        }
        lines.append("  answers differing from the scan: \(differing)")
        return lines.joined(separator: "\n")
    }

    /// One edit (deletion, insertion, substitution or swap) of random
    /// indexed words of four letters or more, seeded.
    static func typos(of words: [String], count: Int) -> [String] {
        var random = SplitMix64(seed: 13)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
        let long = words.filter { $0.unicodeScalars.count >= 5 }
        guard !long.isEmpty else { return [] }
        return (0..<count).map { _ in
            var scalars = Array(long[Int(random.next() % UInt64(long.count))].unicodeScalars)
            let place = 1 + Int(random.next() % UInt64(scalars.count - 1))
            let letter = letters[Int(random.next() % UInt64(letters.count))]
            switch random.next() % 4 {
            case 0: scalars.remove(at: place)
            case 1: scalars.insert(letter, at: place)
            case 2: scalars[place] = letter
            default: if place + 1 < scalars.count { scalars.swapAt(place, place + 1) } else { scalars.remove(at: place) }
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }
}
