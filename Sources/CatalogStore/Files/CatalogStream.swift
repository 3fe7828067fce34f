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
    /// The titles `forEachTitle` gives, counted by a first pass over the file.
    var titleCount: Int { order.rank.count }
    /// A–Z ranks and works, from the first pass.
    let order: CatalogOrder
    let curated: [TitleID: CuratedMood]
    let cues: [TitleID: [String]]
    let topics: [TitleID: [String]]
    /// As written: `AliasesFile.kept` drops the ones search finds anyway.
    let aliases: [TitleID: [String]]
    let ratings: [TitleID: RatingsFile.Entry]
    private let aiUse: [TitleID: AIUse]

    init(_ files: CatalogFiles) throws {
        self.files = files
        let (ids, keys) = try Self.firstPass(over: files.titlesURL)
        order = CatalogOrder(keys)
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

    /// The ids of every record line, which the side files are checked
    /// against (a repeated id is an error of the catalog), and the name, kind
    /// and year `CatalogOrder` needs. Lines with errors are read as best they
    /// can be: the second pass refuses them.
    private static func firstPass(over url: URL) throws -> (Set<TitleID>, CatalogOrder.Keys) {
        var ids = Set<TitleID>()
        var keys = CatalogOrder.Keys()
        var sawHeader = false
        try FileLines.forEach(in: url) { line in
            guard let first = line.first, first != UInt8(ascii: "#"), !(line.count == 1 && first == 0x0D) else { return true }
            guard sawHeader else { sawHeader = true; return true }
            var fields: [Substring] = []
            var start = line.startIndex
            while fields.count < 4 {
                let end = line[start...].firstIndex(of: UInt8(ascii: "\t")) ?? line.endIndex
                fields.append(Substring(String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<end]), as: UTF8.self)))
                guard end < line.endIndex else { break }
                start = end + 1
            }
            guard ids.insert(TitleID(String(fields[0]))).inserted else { throw Invalid() }
            guard fields.count == 4 else { throw Invalid() }
            keys.append(name: CatalogFileFormat.unescape(fields[2]) ?? "", kind: TitleKind(rawValue: String(fields[1])) ?? .movie,
                        year: Int(fields[3]) ?? 0)
            return true
        }
        return (ids, keys)
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
