import Catalog
import Foundation
import GRDB

/// Imported community ratings and the links learned from them, in their own
/// file (`community.sqlite` in the data directory) so an import never touches
/// the person's own data and a new import simply replaces the old one.
///
/// A write builds a temporary file and renames it into place
/// (`ReplacedDatabaseFile`): a failed or
/// interrupted import leaves the previous file (or none) as it was.
public enum CommunityDatabase {
    public static let fileName = "community.sqlite"

    /// What an import held, for reports and the status of later launches.
    public struct Summary: Sendable, Hashable, Codable {
        public var ratings: Int
        public var people: Int
        public var films: Int
        public var matched: Int
        public var links: Int
        public var model: String
    }

    public static func write(dataset: CommunityDataset, matches: [Int: TitleID], links: CommunityLinks,
                             model: String, in directory: URL) throws -> Summary {
        try PrivateFiles.createDirectory(directory)
        let summary = Summary(ratings: dataset.ratings.count, people: Set(dataset.ratings.map(\.user)).count,
                              films: dataset.items.count, matched: matches.count, links: links.linkCount, model: model)
        let url = directory.appendingPathComponent(fileName)
        do {
            try fill(url, dataset: dataset, matches: matches, links: links, summary: summary)
        } catch {
            throw StoreError.explaining(error, at: url, file: .community)
        }
        return summary
    }

    private static func fill(_ url: URL, dataset: CommunityDataset, matches: [Int: TitleID], links: CommunityLinks,
                             summary: Summary) throws {
        try ReplacedDatabaseFile.write(to: url) { db in
            try db.execute(sql: """
                CREATE TABLE film (movie_id INTEGER PRIMARY KEY, title TEXT NOT NULL, year INTEGER,
                                   genres TEXT NOT NULL, title_id TEXT);
                CREATE TABLE rating (user_id INTEGER NOT NULL, movie_id INTEGER NOT NULL, stars REAL NOT NULL,
                                     rated_at INTEGER NOT NULL);
                CREATE TABLE link (title_id TEXT NOT NULL, target_id TEXT NOT NULL, weight REAL NOT NULL,
                                   PRIMARY KEY (title_id, target_id)) WITHOUT ROWID;
                CREATE TABLE summary (json TEXT NOT NULL);
                """)
            let film = try db.makeStatement(sql: "INSERT INTO film VALUES (?, ?, ?, ?, ?)")
            for item in dataset.items {
                try film.execute(arguments: [item.id, item.title, item.year, item.genres.joined(separator: "|"),
                                             matches[item.id]?.rawValue])
            }
            let rating = try db.makeStatement(sql: "INSERT INTO rating VALUES (?, ?, ?, ?)")
            for row in dataset.ratings {
                try rating.execute(arguments: [row.user, row.item, Double(row.stars), row.timestamp])
            }
            let link = try db.makeStatement(sql: "INSERT INTO link VALUES (?, ?, ?)")
            for (source, targets) in links.outgoing {
                for target in targets {
                    try link.execute(arguments: [source.rawValue, target.target.rawValue, Double(target.weight)])
                }
            }
            let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
            try db.execute(sql: "INSERT INTO summary VALUES (?)", arguments: [json])
        }
    }

    /// The learned links, or `.empty` when nothing was imported.
    public static func links(in directory: URL) throws -> CommunityLinks {
        guard let queue = try open(in: directory) else { return .empty }
        return try read(queue) { db in
            var outgoing: [TitleID: [CommunityLinks.Link]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, target_id, weight FROM link ORDER BY title_id, weight DESC, target_id") {
                outgoing[TitleID(row[0] as String), default: []].append(
                    CommunityLinks.Link(target: TitleID(row[1] as String), weight: Float(row[2] as Double)))
            }
            return CommunityLinks(outgoing: outgoing, standings: try standings(db))
        }
    }

    /// Each matched title's mean and count of ratings, against the mean of all.
    private static func standings(_ db: Database) throws -> [TitleID: CommunityStanding] {
        guard let global = try Double.fetchOne(db, sql: "SELECT AVG(stars) FROM rating") else { return [:] }
        var standings: [TitleID: CommunityStanding] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT film.title_id, AVG(rating.stars), COUNT(*) FROM rating JOIN film USING (movie_id)
            WHERE film.title_id IS NOT NULL GROUP BY film.title_id
            """)
        for row in rows {
            standings[TitleID(row[0] as String)] = CommunityStanding(
                mean: Float(row[1] as Double), count: row[2], globalMean: Float(global))
        }
        return standings
    }

    public static func summary(in directory: URL) throws -> Summary? {
        guard let queue = try open(in: directory) else { return nil }
        let json = try read(queue) { try String.fetchOne($0, sql: "SELECT json FROM summary") }
        return try json.map { try JSONDecoder().decode(Summary.self, from: Data($0.utf8)) }
    }

    private static func open(in directory: URL) throws -> DatabaseQueue? {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: url.path, configuration: configuration)
        } catch {
            throw StoreError.explaining(error, at: url, file: .community)
        }
    }

    /// Reads with failures named; a file that is not a community database
    /// (or lacks its tables) is damaged, which the app ignores with a warning.
    private static func read<T>(_ queue: DatabaseQueue, _ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch {
            let url = URL(fileURLWithPath: queue.path)
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_ERROR {
                // "no such table": an SQLite file of something else.
                throw StoreError.damaged(path: url.path, file: .community)
            }
            throw StoreError.explaining(error, at: url, file: .community)
        }
    }
}
