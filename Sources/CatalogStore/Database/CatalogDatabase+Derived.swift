import Foundation
import GRDB

/// What a launch works out from the whole catalog and keeps in the catalog
/// index for the next one (today the library's columns: mood profiles,
/// audiences, taste features).
///
/// It lives in catalog.sqlite, so a changed catalog (a rebuilt index) drops
/// it; and it is stamped with the build of the program that wrote it
/// (`ProgramStamp`), so a new build of Marquee, whose inference may differ,
/// works it out afresh instead of trusting bytes an older build wrote.
extension CatalogDatabase {
    /// The bytes kept under `name` by the program `stamp`, or nil (none kept,
    /// kept by another build, or unreadable: the caller works them out).
    public func derivedBytes(named name: String, stamp: String) -> Data? {
        try? queue.read { db -> Data? in
            guard try db.tableExists("derived") else { return nil }
            return try Data.fetchOne(db, sql: "SELECT bytes FROM derived WHERE name = ? AND stamp = ?", arguments: [name, stamp])
        }
    }

    /// Keeps `bytes` under `name` for later launches. Best effort: a
    /// read-only data directory or a busy file only means the next launch
    /// works them out again, so failure is answered by false, never thrown.
    @discardableResult
    public func keepDerived(_ bytes: [UInt8], named name: String, stamp: String) -> Bool {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(1)
            let writer = try DatabaseQueue(path: queue.path, configuration: configuration)
            try bytes.withUnsafeBytes { buffer in
                // Bound without a copy: at a million titles the columns are a few hundred MB.
                let blob = buffer.baseAddress.map { Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: buffer.count, deallocator: .none) } ?? Data()
                try writer.write { db in
                    try db.execute(sql: "INSERT OR REPLACE INTO derived (name, stamp, bytes) VALUES (?, ?, ?)",
                                   arguments: [name, stamp, blob])
                }
            }
            return true
        } catch {
            return false
        }
    }
}

/// Names the build of the running program: its executable's size, inode and
/// time of change. Nil when the executable cannot be found, in which case
/// nothing derived is kept.
public enum ProgramStamp {
    public static let current: String? = {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            return "\(info.st_size)-\(info.st_ino)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return nil
    }()
}
