import Catalog
import Foundation

/// Makes large synthetic catalogs shaped like a real one, to measure the
/// store at 100k and 1M titles.
///
/// Every property is drawn from what the source catalog really has: kinds,
/// years, runtimes, seasons, maturity, genre combinations, countries and
/// dates are sampled from its titles; title lengths follow its word counts
/// and words its word frequencies (accents included); names are made from
/// its first and last names. A share of titles are CJK, built from the
/// source's CJK characters. Each title takes the description cues of the
/// title its genres come from. The same seed gives the same catalog.
public struct CatalogSynthesizer {
    private let source: [Title]
    private let sourceCues: [TitleID: [String]]
    private let words: [String]
    private let firstNames: [String]
    private let lastNames: [String]
    private let cjkCharacters: [String]
    let seed: UInt64

    /// Share of titles written in CJK characters.
    static let cjkShare = 0.02

    /// Throws when the source catalog has no titles to draw from.
    public init(source: [Title], cues: [TitleID: [String]] = [:], seed: UInt64 = 1) throws {
        guard !source.isEmpty else { throw StoreError.invalidFile(location: "catalog", reason: "has no titles to shape a synthetic catalog on") }
        self.source = source
        self.sourceCues = cues
        self.seed = seed
        // Words keep their frequency by appearing once per use.
        words = source.flatMap { $0.name.split(separator: " ").map(String.init) }
            .filter { !$0.unicodeScalars.contains(where: TextFolding.isCJK) }
        let people: [[Substring]] = source.flatMap { $0.cast + $0.directors }.map { $0.split(separator: " ") }.filter { $0.count >= 2 }
        firstNames = people.map { String($0[0]) }
        lastNames = people.map { String($0[$0.count - 1]) }
        let cjk = source.flatMap { TextFolding.cjkCharacters($0.name) }
        cjkCharacters = cjk.isEmpty ? ["映", "画", "夜", "海", "星", "사", "랑", "の", "光"] : cjk
    }

    /// Writes `count` titles as `titles.tsv` into `directory`, streaming,
    /// and their cues as `cues.tsv` when the source has cues.
    public func write(count: Int, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(CatalogFileFormat.titlesFileName)
        let temporary = directory.appendingPathComponent(".\(CatalogFileFormat.titlesFileName).partial")
        FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temporary)
        let writer = CatalogFileWriter()
        var buffer = "# Synthetic catalog: \(count) titles shaped like a real one (seed \(seed)); for measurements only.\n"
        buffer += CatalogFileFormat.columns.joined(separator: "\t") + "\n"
        var generator = SplitMix64(seed: seed)
        var cues: [TitleID: [String]] = [:]
        for number in 0..<count {
            let (title, titleCues) = self.title(number, &generator)
            buffer += writer.line(for: title) + "\n"
            if !titleCues.isEmpty { cues[title.id] = titleCues }
            if buffer.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
        try handle.close()
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: temporary, to: url)
        if !sourceCues.isEmpty {
            try CuesFile.write(cues, to: directory, header: ["Synthetic cues, copied from the title each synthetic title takes its genres from."])
        } else {
            // Cues of an earlier synthesis would name titles that no longer match.
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(CuesFile.fileName))
        }
    }

    func title(_ number: Int, _ generator: inout SplitMix64) -> (Title, [String]) {
        func pick<T>(_ values: [T]) -> T { values[Int(generator.next() % UInt64(values.count))] }
        let template = pick(source)
        let name: String
        if Double(generator.next() % 10_000) / 10_000 < Self.cjkShare {
            let length = 2 + Int(generator.next() % 5)
            name = (0..<length).map { _ in pick(cjkCharacters) }.joined()
        } else {
            let length = max(1, pick(source).name.split(separator: " ").count)
            name = (0..<length).map { _ in pick(words) }.joined(separator: " ")
        }
        let shape = pick(source)  // length, year and maturity of one real title
        func person() -> String { "\(pick(firstNames)) \(pick(lastNames))" }
        return (Title(
            id: TitleID("syn-\(number)"), kind: shape.kind, name: name, year: shape.year,
            runtimeMinutes: shape.runtimeMinutes, seasons: shape.seasons, maturity: shape.maturity,
            genres: template.genres, countries: pick(source).countries,
            directors: (0..<template.directors.count).map { _ in person() },
            cast: (0..<pick(source).cast.count).map { _ in person() },
            dateAdded: pick(source).dateAdded, source: "synthetic:\(seed):\(number)"), sourceCues[template.id] ?? [])
    }
}
