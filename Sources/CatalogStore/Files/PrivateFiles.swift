import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Marquee stores about a person is readable by that person alone:
/// directories it creates are 0700, the files it writes 0600.
public enum PrivateFiles {
    /// Creates `directory` (and missing parents) as 0700. A directory that
    /// already exists keeps the mode its owner gave it.
    public static func createDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // mkdir's mode passes through the umask; say it outright.
        chmod(directory.path, 0o700)
    }

    /// Creates an empty file that only its owner can read, before anything
    /// (SQLite included) writes into it. Fails if it exists.
    static func createEmpty(_ url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.fileSystem(path: url.path, action: "create", code: errno)
        }
        close(descriptor)
    }

    /// Writes `data` to `url` as a 0600 file: beside it first, then renamed
    /// into place, so the text is never readable by others, even briefly,
    /// and a failure leaves the old file as it was.
    public static func write(_ data: Data, to url: URL) throws {
        let temporary = temporaryURL(for: url)
        try? FileManager.default.removeItem(at: temporary)
        do {
            try createEmpty(temporary)
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError.fileSystem(path: url.path, action: "move the new file into place", code: errno)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// `.NAME.PID.writing`, beside `url`: the file a write fills before it
    /// is renamed into place.
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).writing")
    }

    /// Removes the `.NAME.PID.writing` files of processes that no longer
    /// run (a build killed half way); a write under way elsewhere is kept.
    public static func removeAbandonedTemporaries(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(".") {
            var parts = name.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 4, let last = parts.popLast(),
                  last == "writing" || last.hasPrefix("writing-"),  // SQLite's -journal beside it
                  let pid = parts.popLast().flatMap({ Int32($0) }), pid > 0 else { continue }
            guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
