import Catalog
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

    /// nil when nothing is there yet.
    private static func isDirectory(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }
}
