import Foundation

/// `marquee erase`: the files Marquee keeps in a data directory, removed.
public enum DataErasure {
    /// The databases, each with SQLite's log and shared-memory files before
    /// it: a process that still has a database open then finds the database
    /// itself gone and opens a fresh one, never a database whose log was
    /// taken away under a connection it had just opened.
    public static let fileNames: [String] = databases.flatMap { [$0 + "-wal", $0 + "-shm", $0] }

    public static let databases = [UserDatabase.fileName, CommunityDatabase.fileName, CatalogDatabase.fileName]

    /// The files of `fileNames` that exist in `directory`, in removal order.
    public static func presentFiles(in directory: URL) -> [URL] {
        fileNames.map { directory.appendingPathComponent($0) }.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    public static func erase(_ files: [URL]) throws {
        for file in files {
            do { try FileManager.default.removeItem(at: file) } catch {
                throw StoreError.fileSystem(path: file.path, action: "remove", code: ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EIO)
            }
        }
    }
}
