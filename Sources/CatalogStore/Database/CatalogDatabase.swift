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
    private let searchIndex: TitleSearch

    private init(queue: DatabaseQueue, wasBuilt: Bool) {
        self.queue = queue
        self.wasBuilt = wasBuilt
        self.searchIndex = TitleSearch(queue: queue)
    }

    /// Opens `catalog.sqlite` in `dataDirectory`, building it from `files`
    /// when it is missing or stale. The build writes a temporary file and
    /// renames it into place, so a second instance never sees half a catalog.
    public static func open(in dataDirectory: URL, files: CatalogFiles) throws -> CatalogDatabase {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let url = dataDirectory.appendingPathComponent(fileName)
        let fingerprint = try files.fingerprint()
        if FileManager.default.fileExists(atPath: url.path),
           let queue = try? DatabaseQueue(path: url.path, configuration: readOnlyConfiguration()),
           (try? queue.read({ try storedFingerprint($0) })) == expectedStamp(fingerprint) {
            return CatalogDatabase(queue: queue, wasBuilt: false)
        }
        let titles = try files.readTitles()
        try build(titles: titles, stamp: expectedStamp(fingerprint), at: url)
        let queue = try DatabaseQueue(path: url.path, configuration: readOnlyConfiguration())
        return CatalogDatabase(queue: queue, wasBuilt: true)
    }

    private static func expectedStamp(_ fingerprint: String) -> String {
        "schema\(CatalogSchema.version)-\(fingerprint)"
    }

    private static func readOnlyConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    private static func storedFingerprint(_ db: Database) throws -> String? {
        guard try db.tableExists("meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'")
    }

    static func build(titles: [Title], stamp: String, at url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(fileName).\(ProcessInfo.processInfo.processIdentifier).building")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try queue.write { db in
                try CatalogSchema.create(db)
                try insert(titles, into: db)
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", arguments: [stamp])
            }
            try queue.close()
            // rename(2) is atomic: readers see the old file or the new one.
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError.unreadableFile(path: url.path, reason: "cannot move the new catalog database into place")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static func insert(_ titles: [Title], into db: Database) throws {
        let titleStatement = try db.makeStatement(sql: """
            INSERT INTO title (position, id, kind, name, sort_key, year, runtime, seasons, maturity,
                               genres, countries, directors, cast_members, date_added, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let searchStatement = try db.makeStatement(sql: """
            INSERT INTO title_fts (rowid, name, people, genres) VALUES (?, ?, ?, ?)
            """)
        for (index, title) in titles.enumerated() {
            let position = index + 1
            try titleStatement.execute(arguments: [
                position, title.id.rawValue, title.kind.rawValue, title.name, TextFolding.sortKey(title.name),
                title.year, title.runtimeMinutes, title.seasons, title.maturity.rawValue,
                title.genres.map(\.rawValue).joined(separator: "|"),
                title.countries.joined(separator: "|"), title.directors.joined(separator: "|"),
                title.cast.joined(separator: "|"), title.dateAdded?.iso, title.source,
            ])
            try searchStatement.execute(arguments: [
                position, title.name,
                (title.directors + title.cast).joined(separator: " · "),
                title.genres.map(\.displayName).joined(separator: " · "),
            ])
        }
    }

    /// Every title, in catalog order; `search` answers with indexes into it.
    public func loadTitles() throws -> [Title] {
        try queue.read { db in
            var titles: [Title] = []
            titles.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM title") ?? 0)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, kind, name, year, runtime, seasons, maturity, genres, countries,
                       directors, cast_members, date_added, source
                FROM title ORDER BY position
                """)
            while let row = try rows.next() {
                titles.append(Title(
                    id: TitleID(row[0] as String),
                    kind: TitleKind(rawValue: row[1]) ?? .movie,
                    name: row[2],
                    year: row[3],
                    runtimeMinutes: row[4],
                    seasons: row[5],
                    maturity: Maturity(rawValue: row[6]) ?? .notRated,
                    genres: Self.split(row[7]).compactMap(Genre.init(rawValue:)),
                    countries: Self.split(row[8]),
                    directors: Self.split(row[9]),
                    cast: Self.split(row[10]),
                    dateAdded: (row[11] as String?).flatMap(CalendarDate.init(iso:)),
                    source: row[12]))
            }
            return titles
        }
    }

    private static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    /// Titles matching `query`, best first, as indexes into `loadTitles()`.
    public func search(_ query: String, limit: Int = 200) throws -> [Int] {
        try searchIndex.search(query, limit: limit)
    }

    public var titleCount: Int {
        (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM title") ?? 0 }) ?? 0
    }
}
