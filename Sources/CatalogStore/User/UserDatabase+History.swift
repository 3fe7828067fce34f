import Catalog
import Foundation
import GRDB

/// What an import writes: computed by `HistoryImportPlan` from a file and
/// the person's current history, and written in one transaction.
public struct HistoryChanges: Sendable, Equatable {
    /// Ratings to set (new or changed).
    public var ratings: [TitleID: UserHistory.RatingRecord] = [:]
    /// Titles a new rating takes off the watchlist, as rating in the browser does.
    public var watchlistRemovals: Set<TitleID> = []
    public var viewings: [UserHistory.Viewing] = []
    public var watchlist: [TitleID: Date] = [:]
    public var hidden: [TitleID: Date] = [:]
    public var corrections: [TitleID: UserHistory.Correction] = [:]
    public var liked: [TitleID: HistorySource] = [:]
    public var imdbIDs: [TitleID: String] = [:]
    /// Settings to store as they are (a Marquee export's mood and diversity dial).
    public var settings: [String: String] = [:]
    /// The import's line for the stats screen; nil in a dry run.
    public var log: UserHistory.ImportRecord?

    public init() {}

    /// Nothing would be written apart from the log line.
    public var isEmpty: Bool {
        ratings.isEmpty && watchlistRemovals.isEmpty && viewings.isEmpty && watchlist.isEmpty && hidden.isEmpty
            && corrections.isEmpty && liked.isEmpty && imdbIDs.isEmpty && settings.isEmpty
    }
}

extension UserDatabase {
    /// Everything stored, with dates and origins.
    public func history() throws -> UserHistory {
        try read { db in
            var history = UserHistory()
            for row in try Row.fetchAll(db, sql: "SELECT title_id, stars, rated_at, source FROM rating") {
                guard let rating = Rating(stars: row[1]), let at = Self.moment(row[2]) else { continue }
                history.ratings[TitleID(row[0] as String)] = .init(rating: rating, at: at, source: Self.source(row[3]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT title_id, added_at FROM watchlist") {
                history.watchlist[TitleID(row[0] as String)] = Self.moment(row[1]) ?? Date(timeIntervalSince1970: 0)
            }
            for row in try Row.fetchAll(db, sql: "SELECT title_id, hidden_at FROM hidden") {
                history.hidden[TitleID(row[0] as String)] = Self.moment(row[1]) ?? Date(timeIntervalSince1970: 0)
            }
            for row in try Row.fetchAll(db, sql: "SELECT title_id, tones, corrected_at FROM profile_correction") {
                guard let tones = ToneCoding.decode(row[1]) else { continue }
                history.corrections[TitleID(row[0] as String)] = .init(tones: tones, at: Self.moment(row[2]) ?? Date(timeIntervalSince1970: 0))
            }
            history.viewings = try Self.allViewings(db)
            history.liked = try Self.liked(db)
            for row in try Row.fetchAll(db, sql: "SELECT title_id, imdb_id FROM imdb_link") {
                history.imdbIDs[TitleID(row[0] as String)] = row[1]
            }
            history.imports = try Self.importLog(db)
            return history
        }
    }

    /// Each watched title's viewings, oldest first (the detail screen's "watched on …").
    public func viewings() throws -> [TitleID: [UserHistory.Viewing]] {
        try read { db in
            Dictionary(grouping: try Self.allViewings(db), by: \.title)
        }
    }

    /// Where each imported rating came from (ratings given in Marquee are absent).
    public func ratingSources() throws -> [TitleID: HistorySource] {
        try read { db in
            var result: [TitleID: HistorySource] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, source FROM rating WHERE source IS NOT NULL") {
                if let source = Self.source(row[1]) { result[TitleID(row[0] as String)] = source }
            }
            return result
        }
    }

    /// Titles liked on another service.
    public func liked() throws -> [TitleID: HistorySource] {
        try read(Self.liked)
    }

    /// Finished imports, oldest first.
    public func importLog() throws -> [UserHistory.ImportRecord] {
        try read(Self.importLog)
    }

    private static func liked(_ db: Database) throws -> [TitleID: HistorySource] {
        var liked: [TitleID: HistorySource] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT title_id, source FROM liked") {
            if let source = Self.source(row[1]) { liked[TitleID(row[0] as String)] = source }
        }
        return liked
    }

    private static func importLog(_ db: Database) throws -> [UserHistory.ImportRecord] {
        try Row.fetchAll(db, sql: """
            SELECT source, imported_at, read, matched, ambiguous, unmatched, new_ratings, changed_ratings, viewings
            FROM import_log ORDER BY id
            """).compactMap { row in
            guard let source = Self.source(row[0]), let at = Self.moment(row[1]) else { return nil }
            return UserHistory.ImportRecord(source: source, at: at, read: row[2], matched: row[3], ambiguous: row[4],
                                            unmatched: row[5], newRatings: row[6], changedRatings: row[7], viewings: row[8])
        }
    }

    /// Writes `changes` in one transaction: all of it or, on any failure, none.
    public func apply(_ changes: HistoryChanges) throws {
        try write { db in
            for (id, record) in changes.ratings {
                try db.execute(sql: """
                    INSERT INTO rating (title_id, stars, rated_at, source) VALUES (?, ?, ?, ?)
                    ON CONFLICT(title_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at, source = excluded.source
                    """, arguments: [id.rawValue, record.rating.stars, Self.timestamp(record.at), record.source?.rawValue])
            }
            for id in changes.watchlistRemovals {
                try db.execute(sql: "DELETE FROM watchlist WHERE title_id = ?", arguments: [id.rawValue])
            }
            for (id, date) in changes.watchlist {
                try db.execute(sql: "INSERT OR IGNORE INTO watchlist (title_id, added_at) VALUES (?, ?)",
                               arguments: [id.rawValue, Self.timestamp(date)])
            }
            for (id, date) in changes.hidden {
                try db.execute(sql: "INSERT OR IGNORE INTO hidden (title_id, hidden_at) VALUES (?, ?)",
                               arguments: [id.rawValue, Self.timestamp(date)])
            }
            for (id, correction) in changes.corrections {
                try db.execute(sql: """
                    INSERT INTO profile_correction (title_id, tones, corrected_at) VALUES (?, ?, ?)
                    ON CONFLICT(title_id) DO UPDATE SET tones = excluded.tones, corrected_at = excluded.corrected_at
                    """, arguments: [id.rawValue, ToneCoding.encode(correction.tones), Self.timestamp(correction.at)])
            }
            let insertViewing = try db.makeStatement(sql: """
                INSERT INTO watched (title_id, watched_on, rewatch, source) VALUES (?, ?, ?, ?)
                ON CONFLICT(title_id, watched_on, source) DO UPDATE SET rewatch = max(rewatch, excluded.rewatch)
                """)
            for viewing in changes.viewings {
                try insertViewing.execute(arguments: [viewing.title.rawValue, viewing.on?.iso ?? "", viewing.rewatch,
                                                      viewing.source?.rawValue ?? ""])
            }
            for (id, source) in changes.liked {
                try db.execute(sql: "INSERT OR IGNORE INTO liked (title_id, source) VALUES (?, ?)", arguments: [id.rawValue, source.rawValue])
            }
            for (id, imdb) in changes.imdbIDs {
                try db.execute(sql: "INSERT INTO imdb_link (title_id, imdb_id) VALUES (?, ?) ON CONFLICT(title_id) DO UPDATE SET imdb_id = excluded.imdb_id",
                               arguments: [id.rawValue, imdb])
            }
            for (key, value) in changes.settings {
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, value])
            }
            if let log = changes.log {
                try db.execute(sql: """
                    INSERT INTO import_log (source, imported_at, read, matched, ambiguous, unmatched, new_ratings, changed_ratings, viewings)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [log.source.rawValue, Self.timestamp(log.at), log.read, log.matched, log.ambiguous, log.unmatched,
                                     log.newRatings, log.changedRatings, log.viewings])
            }
        }
    }

    /// Every viewing, sorted. Read through a cursor: a long history's rows
    /// are never all held as database rows beside the values made of them.
    private static func allViewings(_ db: Database) throws -> [UserHistory.Viewing] {
        var viewings: [UserHistory.Viewing] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT title_id, watched_on, rewatch, source FROM watched ORDER BY title_id")
        while let row = try rows.next() {
            viewings.append(UserHistory.Viewing(title: TitleID(row[0] as String), on: CalendarDate(iso: row[1]), rewatch: row[2],
                                                source: Self.source(row[3])))
        }
        return viewings.sorted()
    }

    /// A stored source name, or nil for Marquee's own ('' or NULL) and names this version does not know.
    private static func source(_ value: String?) -> HistorySource? {
        value.flatMap(HistorySource.init(rawValue:))
    }
}
