import Catalog
import Foundation

/// A catalog folder read for the index build without holding every title:
/// the side files whole (keyed by id, a few per title at most), `titles.tsv`
/// one title at a time. It refuses a folder `CatalogFiles.read` would refuse
/// but does not say why: the build then asks `read` for the exact errors.
struct CatalogStream: Sendable {
    /// Something `CatalogFiles.read` would refuse.
    struct Invalid: Error {}

    let files: CatalogFiles
    /// The titles `forEachTitle` gives, counted by a first pass over the ids.
    let titleCount: Int
    let curated: [TitleID: CuratedMood]
    let cues: [TitleID: [String]]
    let topics: [TitleID: [String]]
    /// As written: `AliasesFile.kept` drops the ones search finds anyway.
    let aliases: [TitleID: [String]]
    let ratings: [TitleID: RatingsFile.Entry]
    private let aiUse: [TitleID: AIUse]

    init(_ files: CatalogFiles) throws {
        self.files = files
        let ids = try Self.titleIDs(in: files.titlesURL)
        titleCount = ids.count
        func data(_ url: URL) -> Data? {
            FileManager.default.fileExists(atPath: url.path) ? try? Data(contentsOf: url) : nil
        }
        func checked<Value>(_ result: ([TitleID: Value], [Diagnostic])) throws -> [TitleID: Value] {
            guard !result.1.contains(where: { $0.severity == .error }) else { throw Invalid() }
            return result.0
        }
        curated = try data(files.moodsURL).map { try checked(CuratedMoodsFile.parse($0, knownIDs: ids)) } ?? [:]
        aiUse = try data(files.aiUseURL).map { try checked(AIUseFile.parse($0, knownIDs: ids)) } ?? [:]
        cues = try data(files.cuesURL).map { try checked(CuesFile.parse($0, knownIDs: ids)) } ?? [:]
        topics = try data(files.topicsURL).map { try checked(TopicsFile.parse($0, knownIDs: ids)) } ?? [:]
        ratings = try data(files.ratingsURL).map { try checked(RatingsFile.parse($0, knownIDs: ids)) } ?? [:]
        if let aliasData = data(files.aliasesURL) {
            let result = AliasesFile.parseUnchecked(aliasData, knownIDs: ids)
            guard !result.hasErrors else { throw Invalid() }
            aliases = result.aliases
        } else {
            aliases = [:]
        }
    }

    /// The first field of every record line: what the side files are checked
    /// against. A repeated id is an error of the catalog.
    private static func titleIDs(in url: URL) throws -> Set<TitleID> {
        var ids = Set<TitleID>()
        var sawHeader = false
        try FileLines.forEach(in: url) { line in
            guard let first = line.first, first != UInt8(ascii: "#"), !(line.count == 1 && first == 0x0D) else { return true }
            guard sawHeader else { sawHeader = true; return true }
            let end = line.firstIndex(of: UInt8(ascii: "\t")) ?? line.endIndex
            guard ids.insert(TitleID(String(decoding: UnsafeRawBufferPointer(rebasing: line[..<end]), as: UTF8.self))).inserted else {
                throw Invalid()
            }
            return true
        }
        return ids
    }

    /// Each title in file order, with its AI-use disclosure joined. Throws
    /// `Invalid` at the first error.
    func forEachTitle(_ body: (Title) throws -> Void) throws {
        let fileName = files.titlesURL.lastPathComponent
        var lines = TSVLineReader(fileName: fileName, columns: CatalogFileFormat.columns)
        let reader = CatalogFileReader()
        var count = 0
        try FileLines.forEach(in: files.titlesURL) { line in
            guard let record = lines.read(line) else {
                guard lines.diagnostics.isEmpty else { throw Invalid() }
                return true
            }
            var problems = RecordProblems(file: fileName, line: record.line)
            guard var title = reader.parseRecord(record.fields, problems: &problems), !problems.hasErrors else { throw Invalid() }
            if let use = aiUse[title.id] { title.aiUse = use }
            count += 1
            try body(title)
            return true
        }
        lines.finish()
        // The ids pass and this one must have seen the same file.
        guard lines.diagnostics.isEmpty, count == titleCount else { throw Invalid() }
    }
}
