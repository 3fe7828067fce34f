import Foundation
import GRDB

/// Writes a whole SQLite file beside its final place and renames it there,
/// so readers see the old file or the new one, never half of one, and a
/// failure leaves the old file as it was.
enum ReplacedDatabaseFile {
    /// `fill` runs in one transaction.
    static func write(to url: URL, _ fill: (Database) throws -> Void) throws {
        try writeInSteps(to: url) { db in try db.inTransaction { try fill(db); return .commit } }
    }

    /// `fill` runs outside a transaction and opens its own (ATTACH needs none open).
    static func writeInSteps(to url: URL, _ fill: (Database) throws -> Void) throws {
        let temporary = PrivateFiles.temporaryURL(for: url)
        try? FileManager.default.removeItem(at: temporary)
        do {
            // 0600 before SQLite opens it; the rename keeps the mode.
            try PrivateFiles.createEmpty(temporary)
            let queue = try DatabaseQueue(path: temporary.path, configuration: buildConfiguration())
            try queue.writeWithoutTransaction(fill)
            try queue.close()
            // rename(2) is atomic.
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError.fileSystem(path: url.path, action: "move the new file into place", code: errno)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// For a file that is thrown away if anything fails. A 64 MB page cache
    /// keeps a large build's B-trees in memory (the default is 2 MB).
    static func buildConfiguration(cacheMegabytes: Int = 64) -> Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // A throwaway file until it is renamed: no need to sync every page.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -\(cacheMegabytes * 1024)")
        }
        return configuration
    }
}
