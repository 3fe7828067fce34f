import Catalog
import CatalogStore
import Foundation

/// `--out` checked before anything is written, so that a file where a
/// folder belongs (or the reverse) is one line, not an operating-system error dump.
enum OutputPaths {
    static func file(_ path: String) throws -> URL {
        if isDirectory(path) == true { throw MarqueeError("\(SafeText.display(path)) is a directory (--out needs a file name)") }
        return URL(fileURLWithPath: path)
    }

    static func directory(_ path: String) throws -> URL {
        if isDirectory(path) == false { throw MarqueeError("\(SafeText.display(path)) is a file (--out needs a directory)") }
        return URL(fileURLWithPath: path)
    }

    /// Runs `write`, turning a Foundation error (a folder that cannot be
    /// made, no permission) into one line naming `path`.
    static func writing<T>(_ path: String, _ write: () throws -> T) throws -> T {
        do { return try write() } catch let error as StoreError {
            throw MarqueeError(error.description)
        } catch let error as MarqueeError {
            throw error
        } catch {
            throw MarqueeError("\(SafeText.display(path)): cannot write (\(reason(error)))")
        }
    }

    /// The operating system's reason ("Not a directory", "Permission denied"):
    /// Foundation on Linux often wraps it in an error whose own text is only
    /// "NSCocoaErrorDomain error 512".
    static func reason(_ error: Error) -> String {
        let error = error as NSError
        // `as? Error` then bridging: on Linux `as? NSError` does not match the underlying error.
        let posix = error.domain == NSPOSIXErrorDomain ? error : (error.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        if let posix, posix.domain == NSPOSIXErrorDomain, let text = strerror(Int32(posix.code)) { return String(cString: text) }
        return error.localizedDescription
    }

    /// nil when nothing is there yet.
    private static func isDirectory(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }
}
