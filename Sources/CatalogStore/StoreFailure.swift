import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which of Marquee's files a failure happened in: what a person can do
/// about damage depends on it.
public enum StoreFile: Sendable {
    /// `user.sqlite`: the person's own data, never rebuilt or removed without asking.
    case user
    /// `community.sqlite`: rebuilt by importing again; ignored when damaged.
    case community
    /// `catalog.sqlite`: rebuilt from the catalog files.
    case catalog
    /// A file the person named (`export --out`).
    case output
}

/// The causes of a failed read or write that a person can fix.
public enum StoreFault: Sendable, Equatable {
    case diskFull
    case readOnly
    case damaged
    /// The file was removed or replaced by another process while open (`marquee erase`).
    case replaced
}

extension StoreError {
    /// The fault behind an SQLite or file-system error, or nil for others.
    public static func fault(of error: Error) -> StoreFault? {
        if let error = error as? StoreError {
            switch error {
            case let .fileSystem(_, _, code): return fault(errno: code)
            case .diskFull: return .diskFull
            case .readOnly: return .readOnly
            case .damaged: return .damaged
            case .replaced: return .replaced
            default: return nil
            }
        }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damaged
            case .SQLITE_READONLY:
                // SQLITE_READONLY_DBMOVED: the file was unlinked or renamed under an open connection.
                return error.extendedResultCode == .SQLITE_READONLY_DBMOVED ? .replaced : .readOnly
            case .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH: return .readOnly
            default: return nil
            }
        }
        if let error = error as? POSIXError { return fault(errno: error.code.rawValue) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return fault(errno: Int32(nsError.code)) }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case CocoaError.fileWriteOutOfSpace.rawValue: return .diskFull
            case CocoaError.fileWriteVolumeReadOnly.rawValue, CocoaError.fileWriteNoPermission.rawValue: return .readOnly
            default: break
            }
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error { return fault(of: underlying) }
        return nil
    }

    static func fault(errno code: Int32) -> StoreFault? {
        switch code {
        case ENOSPC, EDQUOT: .diskFull
        case EACCES, EPERM, EROFS: .readOnly
        default: nil
        }
    }

    /// `error`, met while using `url`, as one line that names the file and
    /// says what to do: "disk is full: free space in DIR", "DIR is read-only…",
    /// "FILE is not a Marquee database: move it away or run marquee erase".
    /// Errors of other kinds keep their own text, with the file named.
    public static func explaining(_ error: Error, at url: URL, file: StoreFile) -> StoreError {
        let directory = url.deletingLastPathComponent().path
        var fault = fault(of: error)
        // A full disk often surfaces as a plain I/O error (growing the WAL's
        // shared-memory file, say): ask the file system whether it is full.
        if fault == nil, (error as? DatabaseError)?.resultCode == .SQLITE_IOERR, hasNoFreeSpace(directory) { fault = .diskFull }
        switch fault {
        case .diskFull?: return .diskFull(directory: directory)
        case .readOnly?:
            // CANTOPEN also means a missing directory or file; say read-only only when it is.
            if access(directory, W_OK) != 0, errno == EACCES || errno == EROFS {
                return .readOnly(directory: directory, file: url.lastPathComponent)
            }
            if FileManager.default.fileExists(atPath: url.path), access(url.path, W_OK) != 0 {
                return .readOnly(directory: directory, file: url.lastPathComponent)
            }
        case .damaged?: return .damaged(path: url.path, file: file)
        case .replaced?: return .replaced(path: url.path)
        case nil: break
        }
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            return .unreadableFile(path: url.path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
        return .unreadableFile(path: url.path, reason: (error as NSError).localizedDescription)
    }

    /// True when the file system holding `directory` has no block left for
    /// an ordinary user (what `df` shows as 0 available).
    static func hasNoFreeSpace(_ directory: String) -> Bool {
        var stats = statvfs()
        guard statvfs(directory, &stats) == 0 else { return false }
        return stats.f_bavail == 0
    }
}
