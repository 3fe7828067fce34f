import Foundation
import GRDB

/// Writes a whole SQLite file beside its final place and renames it there,
/// so readers see the old file or the new one, never half of one, and a
/// failure leaves the old file as it was.
enum ReplacedDatabaseFile {
    static func write(to url: URL, _ fill: (Database) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).writing")
        try? FileManager.default.removeItem(at: temporary)
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // A throwaway file until it is renamed: no need to sync every page.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try queue.write(fill)
            try queue.close()
            // rename(2) is atomic.
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError.unreadableFile(path: url.path, reason: "cannot move the new file into place")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
