import Catalog
import Foundation

/// Everything a catalog folder says: titles (with AI-use disclosures
/// joined), curated mood profiles and description cues.
public struct CatalogContent: Sendable {
    public var titles: [Title]
    public var curated: [TitleID: CuratedMood]
    /// Cue words from each title's description (titles with none are absent).
    public var cues: [TitleID: [String]] = [:]
    /// What each title is about, from its description (topics.tsv).
    public var topics: [TitleID: [String]] = [:]
    /// Names people type for well-known titles (aliases.tsv), as written.
    public var aliases: [TitleID: [String]] = [:]
    /// How a community of viewers rated each title (ratings.tsv, from IMDb).
    public var ratings: [TitleID: RatingsFile.Entry] = [:]
    /// Problems that did not stop loading (for `marquee catalog check`).
    public var warnings: [Diagnostic]
}

/// A catalog folder on disk (the embedded `catalog/` or one a user points
/// at): `titles.tsv`, and optionally `moods.tsv`, `ai-use.tsv`, `cues.tsv`,
/// `aliases.tsv`, `topics.tsv` and `ratings.tsv`.
public struct CatalogFiles: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var titlesURL: URL { directory.appendingPathComponent(CatalogFileFormat.titlesFileName) }
    public var moodsURL: URL { directory.appendingPathComponent(CuratedMoodsFile.fileName) }
    public var aiUseURL: URL { directory.appendingPathComponent(AIUseFile.fileName) }
    public var cuesURL: URL { directory.appendingPathComponent(CuesFile.fileName) }
    public var aliasesURL: URL { directory.appendingPathComponent(AliasesFile.fileName) }
    public var topicsURL: URL { directory.appendingPathComponent(TopicsFile.fileName) }
    public var ratingsURL: URL { directory.appendingPathComponent(RatingsFile.fileName) }

    /// Every file besides `titles.tsv`, each optional.
    private var optionalURLs: [URL] { [moodsURL, aiUseURL, cuesURL, aliasesURL, topicsURL, ratingsURL] }

    private func optionalData(_ url: URL) -> Data? {
        FileManager.default.fileExists(atPath: url.path) ? try? Data(contentsOf: url) : nil
    }

    /// A hash of every catalog file's bytes: the database is rebuilt when it changes.
    public func fingerprint() throws -> String {
        // titles.tsv a few megabytes at a time: at 1M titles it is a quarter of a gigabyte.
        guard let titles = FNV1a64.hash(ofFileAt: titlesURL) else {
            throw StoreError.unreadableFile(path: titlesURL.path, reason: "cannot read catalog file")
        }
        var parts = ["v\(CatalogFileFormat.formatVersion)", "\(titles.count)-\(titles.hex)"]
        for url in optionalURLs {
            parts.append(optionalData(url).map { "\($0.count)-\(FNV1a64.hex(of: $0))" } ?? "none")
        }
        return parts.joined(separator: "-")
    }

    /// Each catalog file's size and modification time, to the nanosecond:
    /// read without opening the files, so a later start can tell in
    /// microseconds that nothing changed. A stamp that differs only sends
    /// the start on to `fingerprint`, which decides (a copy or checkout
    /// gives the same bytes new times).
    public func quickStamp() -> String {
        return ([titlesURL] + optionalURLs).map { url in
            var status = stat()
            guard stat(url.path, &status) == 0 else { return "none" }
            #if canImport(Darwin)
            let time = status.st_mtimespec
            #else
            let time = status.st_mtim
            #endif
            return "\(status.st_size)@\(time.tv_sec).\(time.tv_nsec)"
        }.joined(separator: "-")
    }

    /// Every diagnostic of every file, errors and warnings, in file order.
    public func check() throws -> (content: CatalogContent, diagnostics: [Diagnostic]) {
        let titleResult = try CatalogFileReader().read(contentsOf: titlesURL)
        var diagnostics = titleResult.diagnostics
        var titles = titleResult.titles
        let ids = Set(titles.map(\.id))
        var curated: [TitleID: CuratedMood] = [:]
        if let data = optionalData(moodsURL) {
            let result = CuratedMoodsFile.parse(data, knownIDs: ids)
            curated = result.moods
            diagnostics += result.diagnostics
            diagnostics += Self.preschoolAudienceWarnings(data, curated: curated, titles: titles)
            diagnostics += Self.familyAudienceWarnings(data, curated: curated, titles: titles)
        }
        if let data = optionalData(aiUseURL) {
            let result = AIUseFile.parse(data, knownIDs: ids)
            diagnostics += result.diagnostics
            for index in titles.indices {
                if let use = result.disclosures[titles[index].id] { titles[index].aiUse = use }
            }
        }
        var cues: [TitleID: [String]] = [:]
        if let data = optionalData(cuesURL) {
            let result = CuesFile.parse(data, knownIDs: ids)
            cues = result.cues
            diagnostics += result.diagnostics
        }
        var topics: [TitleID: [String]] = [:]
        if let data = optionalData(topicsURL) {
            let result = TopicsFile.parse(data, knownIDs: ids)
            topics = result.topics
            diagnostics += result.diagnostics
        }
        var aliases: [TitleID: [String]] = [:]
        if let data = optionalData(aliasesURL) {
            let result = AliasesFile.parse(data, titles: titles)
            aliases = result.aliases
            diagnostics += result.diagnostics
        }
        var ratings: [TitleID: RatingsFile.Entry] = [:]
        if let data = optionalData(ratingsURL) {
            let result = RatingsFile.parse(data, knownIDs: ids)
            ratings = result.ratings
            diagnostics += result.diagnostics
        }
        let content = CatalogContent(
            titles: titles, curated: curated, cues: cues, topics: topics, aliases: aliases, ratings: ratings,
            warnings: diagnostics.filter { $0.severity != .error })
        return (content, diagnostics)
    }

    /// A curated audience of `-` (everyone) overrides what a title's rating
    /// says; on a TV-Y title it has so far always been a slip that put a
    /// preschool series in grown-ups' lists, so `catalog check` asks.
    static func preschoolAudienceWarnings(_ data: Data, curated: [TitleID: CuratedMood], titles: [Title]) -> [Diagnostic] {
        let preschool = Set(titles.filter { $0.maturity == .tvY }.map(\.id))
        let suspects = preschool.filter { curated[$0]?.madeFor == .everyone }
        return audienceWarnings(data, suspects: suspects,
                                message: "'-' (everyone) on a TV-Y title: say young-children unless grown-ups watch it gladly")
    }

    /// `family` says children watch a title gladly; on a rating above what
    /// children may watch (PG-13, TV-14, R, unrated…) one of the two is wrong,
    /// and the rating wins (the title never reaches a family evening).
    static func familyAudienceWarnings(_ data: Data, curated: [TitleID: CuratedMood], titles: [Title]) -> [Diagnostic] {
        let suspects = Set(titles.filter { !$0.maturity.isKidSafe && curated[$0.id]?.madeFor == .family }.map(\.id))
        return audienceWarnings(data, suspects: suspects,
                                message: "family on a title rated above what children may watch: check the title and its rating")
    }

    private static func audienceWarnings(_ data: Data, suspects: Set<TitleID>, message: String) -> [Diagnostic] {
        guard !suspects.isEmpty else { return [] }
        var warnings: [Diagnostic] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let id = line.split(separator: "\t", maxSplits: 1).first, suspects.contains(TitleID(String(id))) else { continue }
            warnings.append(Diagnostic(file: CuratedMoodsFile.fileName, line: index + 1, field: "audience", message: message,
                                       severity: .warning))
        }
        return warnings
    }

    /// Reads and validates everything; throws with every error found.
    public func read() throws -> CatalogContent {
        let (content, diagnostics) = try check()
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw StoreError.invalidCatalog(errors) }
        return content
    }

    /// The titles alone, validated.
    public func readTitles() throws -> [Title] { try read().titles }
}

/// 64-bit FNV-1a: a fast, stable content hash (not for security).
enum FNV1a64 {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hex(of data: Data) -> String {
        String(data.withUnsafeBytes { add($0, to: offsetBasis) }, radix: 16)
    }

    static func add(_ bytes: UnsafeRawBufferPointer, to start: UInt64) -> UInt64 {
        var hash = start
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `hex` of a file's bytes and their count, read a chunk at a time; nil
    /// when the file cannot be read.
    static func hash(ofFileAt url: URL) -> (count: Int, hex: String)? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: FileLines.chunkSize)
        var hash = offsetBasis, count = 0
        while true {
            let read = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { return (count, String(hash, radix: 16)) }
            count += read
            hash = buffer.withUnsafeBytes { add(UnsafeRawBufferPointer(rebasing: $0[..<read]), to: hash) }
        }
    }
}
