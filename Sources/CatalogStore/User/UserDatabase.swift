import Catalog
import Foundation
import GRDB

/// Everything a person owns: ratings, watchlist, "not for me", the current
/// mood. One SQLite file (`user.sqlite`, mode 0600, WAL), separate from the
/// catalog so that rebuilding the catalog never touches it.
///
/// Every write is its own committed transaction with `synchronous = FULL`:
/// once a call returns, a crash or `kill -9` cannot lose it.
public final class UserDatabase: @unchecked Sendable {
    public static let fileName = "user.sqlite"

    private let url: URL
    /// The open file and which file it is (device and inode), swapped under
    /// `lock` when another process erased or replaced `user.sqlite`. Every
    /// access holds the lock, so a swap never races a read on the query
    /// worker; the file is small and each access short.
    private var pool: DatabasePool
    private var identity: FileIdentity?
    /// The SQLite log and shared-memory files the open database uses.
    private var logIdentities: [String: FileIdentity] = [:]
    private let lock = NSLock()
    private var replacements = 0

    /// Opens (or creates) `user.sqlite` in `directory`. Failures are one
    /// line naming the file and what to do (`StoreError.explaining`).
    public init(directory: URL) throws {
        url = directory.appendingPathComponent(Self.fileName)
        do { pool = try Self.open(url) } catch { throw StoreError.explaining(error, at: url, file: .user) }
        noteIdentities()
    }

    private static let logSuffixes = ["-wal", "-shm"]

    private func noteIdentities() {
        identity = FileIdentity(path: url.path)
        logIdentities = [:]
        for suffix in Self.logSuffixes { logIdentities[suffix] = FileIdentity(path: url.path + suffix) }
    }

    /// How many times the file was found erased or replaced by another
    /// process (`marquee erase`, a backup moved into place) and opened
    /// afresh; the app then reloads what it shows and says so.
    public var replacementsSeen: Int {
        lock.lock()
        defer { lock.unlock() }
        return replacements
    }

    private static func open(_ url: URL) throws -> DatabasePool {
        try PrivateFiles.createDirectory(url.deletingLastPathComponent())
        if !FileManager.default.fileExists(atPath: url.path) {
            // Created private before SQLite opens it; SQLite gives the WAL
            // and shared-memory files the same mode.
            _ = FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        // Another program's SQLite file: refuse it rather than add Marquee's tables to it.
        let tables = try pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        if !tables.isEmpty && !tables.contains("grdb_migrations") { throw StoreError.damaged(path: url.path, file: .user) }
        try UserMigrations.migrator.migrate(pool)
        return pool
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try withCurrentPool { try $0.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try withCurrentPool { try $0.write(body) }
    }

    /// Runs `body` on the file that is at `url` now. SQLite keeps writing to
    /// a file that was unlinked under it (in WAL mode without complaint), so
    /// every access first compares the path's device and inode with the open
    /// file's, and reopens when they differ: a write after `marquee erase`
    /// lands in a new `user.sqlite` instead of nowhere.
    private func withCurrentPool<T>(_ body: (DatabasePool) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            if FileIdentity(path: url.path) != identity {
                // Closed first, so its last checkpoint goes to the old file.
                try? pool.close()
                // The old database's log, if still at the path, must not be
                // read as the new file's: SQLite would replay it into it.
                for (suffix, known) in logIdentities where FileIdentity(path: url.path + suffix) == known {
                    unlink(url.path + suffix)
                }
                pool = try Self.open(url)
                noteIdentities()
                replacements += 1
            }
            return try body(pool)
        } catch {
            throw StoreError.explaining(error, at: url, file: .user)
        }
    }

    /// Applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { try UserMigrations.migrator.appliedMigrations($0) }
    }

    // MARK: Ratings

    /// Sets or, with nil, clears a rating.
    public func setRating(_ rating: Rating?, for id: TitleID, at date: Date = Date()) throws {
        try write { db in
            if let rating {
                try db.execute(sql: """
                    INSERT INTO rating (title_id, stars, rated_at) VALUES (?, ?, ?)
                    ON CONFLICT(title_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at, source = NULL
                    """, arguments: [id.rawValue, rating.stars, Self.timestamp(date)])
            } else {
                try db.execute(sql: "DELETE FROM rating WHERE title_id = ?", arguments: [id.rawValue])
            }
        }
    }

    public func ratings() throws -> [TitleID: Rating] {
        try read { db in
            var result: [TitleID: Rating] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, stars FROM rating") {
                if let rating = Rating(stars: row[1]) { result[TitleID(row[0] as String)] = rating }
            }
            return result
        }
    }

    /// The day each rating was last set (UTC), for the ratings screen.
    public func ratingDates() throws -> [TitleID: CalendarDate] {
        try read { db in
            var result: [TitleID: CalendarDate] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, rated_at FROM rating") {
                let stamp: String = row[1]
                if let day = CalendarDate(iso: String(stamp.prefix(10))) { result[TitleID(row[0] as String)] = day }
            }
            return result
        }
    }

    /// The moment each rating was last set, for "newest first" within a day.
    public func ratingTimes() throws -> [TitleID: Date] {
        try read { db in
            var result: [TitleID: Date] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, rated_at FROM rating") {
                if let moment = Self.moment(row[1]) { result[TitleID(row[0] as String)] = moment }
            }
            return result
        }
    }

    // MARK: Watchlist and "not for me"

    public func setOnWatchlist(_ on: Bool, id: TitleID, at date: Date = Date()) throws {
        try setMembership(table: "watchlist", column: "added_at", on: on, id: id, date: date)
    }

    public func watchlist() throws -> Set<TitleID> { try members(of: "watchlist") }

    public func setHidden(_ hidden: Bool, id: TitleID, at date: Date = Date()) throws {
        try setMembership(table: "hidden", column: "hidden_at", on: hidden, id: id, date: date)
    }

    public func hidden() throws -> Set<TitleID> { try members(of: "hidden") }

    private func setMembership(table: String, column: String, on: Bool, id: TitleID, date: Date) throws {
        try write { db in
            if on {
                try db.execute(sql: "INSERT OR IGNORE INTO \(table) (title_id, \(column)) VALUES (?, ?)",
                               arguments: [id.rawValue, Self.timestamp(date)])
            } else {
                try db.execute(sql: "DELETE FROM \(table) WHERE title_id = ?", arguments: [id.rawValue])
            }
        }
    }

    private func members(of table: String) throws -> Set<TitleID> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT title_id FROM \(table)").map { TitleID($0) })
        }
    }

    // MARK: Mood profile corrections

    /// Stores the person's tones for a title, or with nil forgets them.
    public func setCorrection(_ tones: ToneVector?, for id: TitleID, at date: Date = Date()) throws {
        try write { db in
            if let tones {
                try db.execute(sql: """
                    INSERT INTO profile_correction (title_id, tones, corrected_at) VALUES (?, ?, ?)
                    ON CONFLICT(title_id) DO UPDATE SET tones = excluded.tones, corrected_at = excluded.corrected_at
                    """, arguments: [id.rawValue, ToneCoding.encode(tones), Self.timestamp(date)])
            } else {
                try db.execute(sql: "DELETE FROM profile_correction WHERE title_id = ?", arguments: [id.rawValue])
            }
        }
    }

    public func corrections() throws -> [TitleID: ToneVector] {
        try read { db in
            var result: [TitleID: ToneVector] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT title_id, tones FROM profile_correction") {
                if let tones = ToneCoding.decode(row[1]) { result[TitleID(row[0] as String)] = tones }
            }
            return result
        }
    }

    // MARK: Settings

    public func setting(_ key: String) throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, to value: String) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, arguments: [key, value])
        }
    }

    /// The person's current mood and context, or nil before they set one.
    public func moodSetting() throws -> MoodSetting? {
        try setting("mood").flatMap(MoodSettingCoding.decode)
    }

    public func saveMoodSetting(_ setting: MoodSetting) throws {
        try setSetting("mood", to: MoodSettingCoding.encode(setting))
    }

    /// The diversity dial as last set (0…1), or nil before it was ever changed.
    public func diversity() throws -> Float? {
        try setting("diversity").flatMap(Float.init).flatMap { $0.isFinite && (0...1).contains($0) ? $0 : nil }
    }

    public func saveDiversity(_ value: Float) throws {
        try setSetting("diversity", to: String(min(max(value, 0), 1)))
    }

    /// Whether watched titles may be suggested again, as last set; off until changed.
    public func rewatches() throws -> Bool {
        try setting("rewatches") == "on"
    }

    public func saveRewatches(_ on: Bool) throws {
        try setSetting("rewatches", to: on ? "on" : "off")
    }

    /// True once the first launch's welcome was closed.
    public func welcomeSeen() throws -> Bool {
        try setting("welcomed") != nil
    }

    public func setWelcomeSeen(at date: Date = Date()) throws {
        try setSetting("welcomed", to: Self.timestamp(date))
    }

    /// A first launch: nothing rated, listed, hidden, corrected or set, and
    /// the welcome never closed.
    public func isFirstLaunch() throws -> Bool {
        try !welcomeSeen() && moodSetting() == nil && ratings().isEmpty && watchlist().isEmpty && hidden().isEmpty
            && corrections().isEmpty && diversity() == nil
    }

    /// ISO 8601 in UTC with milliseconds, so ratings set within one second
    /// still order: "2026-11-30T18:11:20.542Z". Written by hand: a date
    /// formatter made per call was a fifth of a large import's time.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
        let fraction = Int(milliseconds - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
    }

    /// Reads a stamp with milliseconds, or a whole-second one written before them.
    static func moment(_ stamp: String) -> Date? {
        HistoryValues.moment(stamp)
    }
}

/// Which file a path names: device and inode, the same for as long as the
/// file exists, whatever is renamed around it.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    /// Nil when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
