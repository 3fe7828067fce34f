import Catalog
import Foundation
import GRDB

/// The catalog in SQLite with its FTS5 search index.
///
/// Built from the catalog files on first launch, reused on later launches,
/// rebuilt only when the files' fingerprint (or the schema) changes.
public final class CatalogDatabase: @unchecked Sendable {
    public static let fileName = "catalog.sqlite"

    let queue: DatabaseQueue
    /// True when this open built the database from the catalog files.
    public let wasBuilt: Bool
    /// Internal so tests can count the work a search did.
    let searchIndex: TitleSearch

    init(queue: DatabaseQueue, wasBuilt: Bool) {
        self.queue = queue
        self.wasBuilt = wasBuilt
        self.searchIndex = TitleSearch(queue: queue)
    }

    /// How far a build has got: reading the files, then titles written.
    public enum BuildStep: Sendable, Equatable {
        case reading
        case writing(done: Int, total: Int)
    }

    /// Opens `catalog.sqlite` in `dataDirectory`, building it from `files`
    /// when it is missing or stale. The build writes a temporary file and
    /// renames it into place, so a second instance never sees half a catalog.
    /// `progress` hears about a build's steps (it is not called when the
    /// database is reused).
    public static func open(in dataDirectory: URL, files: CatalogFiles,
                            progress: ((BuildStep) -> Void)? = nil) throws -> CatalogDatabase {
        let url = dataDirectory.appendingPathComponent(fileName)
        do { return try openOrBuild(in: dataDirectory, files: files, progress: progress) } catch {
            throw StoreError.explaining(error, at: url, file: .catalog)
        }
    }

    /// Builds `catalog.sqlite` afresh, for when the one on disk turned out
    /// damaged after it opened (a page that no longer reads).
    public static func rebuild(in dataDirectory: URL, files: CatalogFiles,
                               progress: ((BuildStep) -> Void)? = nil) throws -> CatalogDatabase {
        let url = dataDirectory.appendingPathComponent(fileName)
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        return try open(in: dataDirectory, files: files, progress: progress)
    }

    private static func openOrBuild(in dataDirectory: URL, files: CatalogFiles,
                                    progress: ((BuildStep) -> Void)?) throws -> CatalogDatabase {
        try PrivateFiles.createDirectory(dataDirectory)
        // Every start opens the catalog first: clear what a killed build left.
        PrivateFiles.removeAbandonedTemporaries(in: dataDirectory)
        let url = dataDirectory.appendingPathComponent(fileName)
        // The files' sizes and times first: when they are as the build saw
        // them, no byte of the catalog is read. Otherwise their hash decides.
        let quick = "schema\(CatalogSchema.version)-\(files.quickStamp())"
        func fingerprint() throws -> String { "schema\(CatalogSchema.version)-\(try files.fingerprint())" }
        var stamp: String?
        if FileManager.default.fileExists(atPath: url.path),
           let queue = try? DatabaseQueue(path: url.path, configuration: readOnlyConfiguration()),
           let stored = try? queue.read({ try storedStamps($0) }) {
            if stored.quick == quick { return CatalogDatabase(queue: queue, wasBuilt: false) }
            let full = try fingerprint()
            if stored.full == full {
                // Same bytes, new times (a copy, a checkout): remember the times.
                try? DatabaseQueue(path: url.path).write { db in try saveQuickStamp(quick, in: db) }
                return CatalogDatabase(queue: queue, wasBuilt: false)
            }
            stamp = full
        }
        progress?(.reading)
        let full = try stamp ?? fingerprint()
        try build(files, stamp: full, quickStamp: quick, at: url, progress: progress)
        let queue = try DatabaseQueue(path: url.path, configuration: readOnlyConfiguration())
        return CatalogDatabase(queue: queue, wasBuilt: true)
    }

    private static func readOnlyConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    /// The fingerprint (hash of the files' bytes) and quick stamp (their
    /// sizes and times) the database was built or last opened with.
    private static func storedStamps(_ db: Database) throws -> (full: String, quick: String?)? {
        guard try db.tableExists("meta"),
              let full = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") else { return nil }
        return (full, try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'quick_stamp'"))
    }

    static func saveQuickStamp(_ quick: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('quick_stamp', ?)", arguments: [quick])
    }

    /// The title's folded words, then the search form of any that search
    /// writes another way ("second chance 2nd"): a finished "second" finds
    /// "2nd Chance", and a half-typed "seco" still finds "Second Chance".
    static func indexedName(_ name: String) -> String { indexedName(words: TextFolding.words(name)) }

    /// `indexedName` of a name already folded into `words`.
    static func indexedName(words: [String]) -> String {
        var extra: [String] = []
        for word in words {
            let search = TextFolding.searchWord(word)
            if search != word, !words.contains(search), !extra.contains(search) { extra.append(search) }
        }
        return (words + extra).joined(separator: " ")
    }

    /// Every title, in catalog order; searches answer with indexes into it.
    public func loadTitles() throws -> [Title] {
        try read { db in
            var titles: [Title] = []
            titles.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM title") ?? 0)
            let rows = try RowRead("SELECT \(Self.titleColumns) FROM title ORDER BY position", in: db)
            while try rows.step() { titles.append(Self.title(from: rows)) }
            return titles
        }
    }

    /// One title by its id, read from the index alone: what a one-shot
    /// command needs, without loading the whole catalog.
    public func title(id: TitleID) throws -> Title? {
        try positionedTitle(id: id)?.title
    }

    static let titleColumns = """
        id, kind, name, year, runtime, seasons, maturity, genres, countries,
        directors, cast_members, date_added, source, ai_status, ai_note
        """

    static let kinds = ByteCodes(allOf: TitleKind.self)
    static let maturities = ByteCodes(allOf: Maturity.self)
    static let genres = ByteCodes(allOf: Genre.self)
    static let aiCodes = ByteCodes([("used", true), ("none", false)])

    /// The title in a row of `titleColumns`, decoded from its bytes.
    static func title(from row: RowRead) -> Title {
        Title(
            id: TitleID(row.text(0)),
            kind: kinds.value(row.bytes(1)) ?? .movie,
            name: row.text(2),
            year: row.int(3),
            runtimeMinutes: row.optionalInt(4),
            seasons: row.optionalInt(5),
            maturity: maturities.value(row.bytes(6)) ?? .notRated,
            genres: genreList(row.bytes(7)),
            countries: list(row.bytes(8)),
            directors: list(row.bytes(9)),
            cast: list(row.bytes(10)),
            dateAdded: row.isNull(11) ? nil : ColumnBytes.date(row.bytes(11)),
            source: row.text(12),
            aiUse: aiUse(code: row.bytes(13), note: { row.optionalText(14) ?? "" }))
    }

    /// `AIUse(code:note:)`, reading the note only for the codes that keep one.
    static func aiUse(code: UnsafeBufferPointer<UInt8>, note: () -> String) -> AIUse {
        switch aiCodes.value(code) {
        case true?: .used(note: note())
        case false?: .none(note: note())
        case nil: .unknown
        }
    }

    /// The genres of a `|`-joined column; unknown codes are left out.
    static func genreList(_ bytes: UnsafeBufferPointer<UInt8>) -> [Genre] {
        // Genre codes are ASCII; other text is split as Characters (`list`).
        if bytes.contains(where: { $0 >= 0x80 }) { return list(bytes).compactMap(Genre.init(rawValue:)) }
        var found: [Genre] = []
        let count = bytes.count
        var start = 0
        for index in 0...count where index == count || bytes[index] == UInt8(ascii: "|") {
            if count > 0, let genre = genres.value(UnsafeBufferPointer(rebasing: bytes[start..<index])) { found.append(genre) }
            start = index + 1
        }
        return found
    }

    /// Curated mood profiles and loglines, by title: of every title, or of
    /// those at `positions` (0-based).
    public func loadCuratedMoods(at positions: [Int]? = nil) throws -> [TitleID: CuratedMood] {
        try read { db in
            var moods: [TitleID: CuratedMood] = [:]
            try Self.forEachRead(db, sql: """
                SELECT title.id, tones, valence, energy, logline, standing, audience, judged
                FROM curated_mood JOIN title USING (position)
                """, at: positions, column: "curated_mood.position") { row in
                let tones = ToneCoding.decode(row.text(1)) ?? ToneVector()
                let point = MoodPoint(valence: Float(row.double(2)), energy: Float(row.double(3)))
                moods[TitleID(row.text(0))] = CuratedMood(
                    profile: MoodProfile(point: point, tones: tones, source: .curated), logline: row.optionalText(4),
                    standing: row.optionalText(5).flatMap(Standing.init(rawValue:)),
                    madeFor: MadeFor(rawValue: row.text(6)) ?? .everyone,
                    method: row.optionalText(7).flatMap(CurationMethod.init(rawValue:)))
            }
            return moods
        }
    }

    /// A community's ratings of each title (ratings.tsv), by title: of every
    /// title, or of those at `positions` (0-based).
    public func loadRatings(at positions: [Int]? = nil) throws -> [TitleID: RatingsFile.Entry] {
        try read { db in
            var ratings: [TitleID: RatingsFile.Entry] = [:]
            try Self.forEachRead(db, sql: """
                SELECT title.id, community_rating.stars, community_rating.votes
                FROM community_rating JOIN title USING (position)
                """, at: positions, column: "community_rating.position") { row in
                ratings[TitleID(row.text(0))] = RatingsFile.Entry(stars: Float(row.double(1)), votes: row.int(2))
            }
            return ratings
        }
    }

    /// The mean of every title's community rating (ratings.tsv), which the
    /// standing prior shrinks toward; nil when the catalog has none.
    public func meanCommunityRating() throws -> Float? {
        try read { db in try Double.fetchOne(db, sql: "SELECT avg(stars) FROM community_rating").map(Float.init) }
    }

    /// Description cue words, by title (titles without cues are absent): of
    /// every title, or of those at `positions` (0-based).
    public func loadCues(at positions: [Int]? = nil) throws -> [TitleID: [String]] {
        try read { db in
            var cues: [TitleID: [String]] = [:]
            try Self.forEachRead(db, sql: "SELECT id, cues FROM title WHERE cues != ''", at: positions, column: "position",
                                 joiner: "AND") { row in
                cues[TitleID(row.text(0))] = ColumnBytes.split(row.bytes(1), on: UInt8(ascii: ","), keepingEmpty: false)
            }
            return cues
        }
    }

    /// Each title's place in A–Z order (leading articles ignored), by position.
    public func loadTitleRanks() throws -> [Int32] {
        try read { db in
            var ranks: [Int32] = []
            let rows = try RowRead("SELECT title_rank FROM title ORDER BY position", in: db)
            while try rows.step() { ranks.append(Int32(truncatingIfNeeded: rows.int(0))) }
            return ranks
        }
    }

    /// Reads with failures named: a damaged file says so, and the app rebuilds it.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch {
            throw StoreError.explaining(error, at: URL(fileURLWithPath: queue.path), file: .catalog)
        }
    }

    /// A `|`-joined column's pieces, empty ones kept; none for empty text.
    static func list(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        ColumnBytes.split(bytes, on: UInt8(ascii: "|"))
    }

    /// Titles matching `text`, best first, as indexes into `loadTitles()`.
    public func search(_ text: String, limit: Int = 200) throws -> [Int] {
        try searchMatches(text, limit: limit).positions
    }

    /// `search`, and whether the titles are only the closest to what was
    /// typed (no title matched its words as typed, only with a typo mended).
    /// `pool`: see `TitleSearch.matches`.
    public func searchMatches(_ text: String, limit: Int = 200, pool: Int? = nil) throws -> TextMatches {
        do { return try searchIndex.matches(text, limit: limit, pool: pool) } catch {
            throw StoreError.explaining(error, at: URL(fileURLWithPath: queue.path), file: .catalog)
        }
    }

    /// Prepares what search loads on first need (the word list for typo
    /// tolerance); the app calls it on its query worker at launch.
    public func warmUpSearch() { searchIndex.warmUp() }

    public var titleCount: Int {
        (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM title") ?? 0 }) ?? 0
    }
}

/// Tone weights as text: `tense=0.8,dark=0.4`.
public enum ToneCoding {
    public static func encode(_ tones: ToneVector) -> String {
        tones.strongest().map { "\($0.code)=\(tones[$0])" }.joined(separator: ",")
    }

    public static func decode(_ text: String) -> ToneVector? {
        // ASCII (every tone coding Marquee writes) splits on bytes exactly as
        // on characters, several times faster: a launch reads thousands.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return decodeCharacters(text) }
        var tones = ToneVector()
        for pair in text.utf8.split(separator: UInt8(ascii: ",")) {
            let parts = pair.split(separator: UInt8(ascii: "="))
            guard parts.count == 2, let tone = codes[Substring(parts[0])], let weight = Float(Substring(parts[1])) else { return nil }
            tones[tone] = weight
        }
        return tones
    }

    private static let codes = Dictionary(uniqueKeysWithValues: Tone.allCases.map { (Substring($0.code), $0) })

    static func decodeCharacters(_ text: String) -> ToneVector? {
        var tones = ToneVector()
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let tone = Tone(code: String(parts[0])), let weight = Float(parts[1]) else { return nil }
            tones[tone] = weight
        }
        return tones
    }
}
