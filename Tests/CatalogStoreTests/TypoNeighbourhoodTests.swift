import Catalog
@testable import CatalogStore
import Foundation
import GRDB
import TestSupport
import Testing

/// The deletion-neighbourhood look-up must mend typos exactly as the scan
/// over every word sharing the first letter did: the same words, in the same
/// order, from memory (the app) and from the `search_typo` table (one-shot
/// commands).
@Suite struct TypoNeighbourhoodTests {
    /// Typos of `words`: a deletion, an insertion, a substitution or a
    /// swap of neighbours, sometimes two of them.
    static func typos(of words: [String], count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyzéø".unicodeScalars)
        let long = words.filter { $0.unicodeScalars.count >= 4 }
        return (0..<count).map { _ in
            var scalars = Array(long[Int(random.next() % UInt64(long.count))].unicodeScalars)
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let place = Int(random.next() % UInt64(scalars.count))
                let letter = letters[Int(random.next() % UInt64(letters.count))]
                switch random.next() % 4 {
                case 0 where scalars.count > 1: scalars.remove(at: place)
                case 1: scalars.insert(letter, at: place)
                case 2: scalars[place] = letter
                default: if place + 1 < scalars.count { scalars.swapAt(place, place + 1) }
                }
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// Every word is checked when `MARQUEE_TYPO_EVERY_WORD` is set (the
    /// embedded catalog's 47k words take about ten minutes in a debug
    /// build); otherwise every 40th word, and always the typos.
    static let wordStride = ProcessInfo.processInfo.environment["MARQUEE_TYPO_EVERY_WORD"] == nil ? 40 : 1

    /// Queries whose look-up differs from the scan, in memory or stored.
    static func differences(_ folder: TemporaryDirectory, files: CatalogFiles, extraTypos: Int) throws -> (checked: Int, wrong: [String]) {
        let cold = try CatalogDatabase.open(in: folder.url, files: files)
        let warm = try CatalogDatabase.open(in: folder.url, files: files)
        warm.warmUpSearch()
        let all = try cold.read { try String.fetchAll($0, sql: "SELECT term FROM search_term") }
        let words = stride(from: 0, to: all.count, by: wordStride).map { all[$0] }
        let queries = words + typos(of: all, count: extraTypos, seed: 13)
        var wrong: [String] = []
        var corrected = 0
        for query in queries {
            let scanned = try warm.searchIndex.similarTermsByScan(to: query)
            let loaded = try warm.searchIndex.similarTerms(to: query)
            if !scanned.isEmpty { corrected += 1 }
            if loaded != scanned { wrong.append("\(query): \(loaded) ≠ \(scanned)") }
        }
        // The stored table answers a one-shot command's few questions: the
        // typos and every twentieth word checked above.
        for query in queries.enumerated().filter({ $0.offset >= words.count || $0.offset % 20 == 0 }).map(\.element) {
            let stored = try cold.searchIndex.similarTerms(to: query)
            let scanned = try cold.searchIndex.similarTermsByScan(to: query)
            if stored != scanned { wrong.append("stored \(query): \(stored) ≠ \(scanned)") }
        }
        #expect(corrected > queries.count / 10, "most typos have close words")
        return (queries.count, wrong)
    }

    @Test func embeddedCatalogWordsAndTyposAreMendedAsByTheScan() throws {
        let result = try Self.differences(TemporaryDirectory(), files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory),
                                          extraTypos: 500)
        #expect(result.checked > 40_000 / Self.wordStride)
        #expect(result.wrong.isEmpty, "\(result.wrong.prefix(20))")
    }

    @Test func synthesizedCatalogWordsAndTyposAreMendedAsByTheScan() throws {
        let catalog = TemporaryDirectory()
        let source = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).read()
        try CatalogSynthesizer(source: source.titles, cues: source.cues, seed: 7).write(count: 20_000, to: catalog.url)
        let result = try Self.differences(TemporaryDirectory(), files: CatalogFiles(directory: catalog.url), extraTypos: 500)
        #expect(result.wrong.isEmpty, "\(result.wrong.prefix(20))")
    }

    /// A word filed under its deletions is found from a typo of it.
    @Test func bucketsOfATypoMeetTheWordsBuckets() {
        let bits = 16
        for (typed, word) in [("strnger", "stranger"), ("thngs", "things"), ("amelei", "amelie"), ("hereditery", "hereditary")] {
            let asked = TypoNeighbourhood.buckets(of: Array(typed.unicodeScalars), deletions: typed.count >= 7 ? 2 : 1, bits: bits)
            let filed = TypoNeighbourhood.buckets(ofIndexed: word, bits: bits)
            #expect(!Set(asked).isDisjoint(with: filed), "\(typed) → \(word)")
        }
    }
}
