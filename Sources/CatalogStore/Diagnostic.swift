import Catalog
import Foundation

/// One problem found in an input file, located precisely enough to fix it:
/// `titles.tsv:120: year: "19x5" is not a year`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable {
        /// The record was repaired and kept.
        case repaired
        /// The record was skipped.
        case skipped
        /// Suspicious but usable (for example control characters in a name,
        /// which are shown harmlessly).
        case warning
        /// The file cannot be used.
        case error
    }

    public var file: String
    public var line: Int
    public var field: String?
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, field: String? = nil, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let location = "\(file):\(line)"
        let prefix = severity == .error ? "" : "\(severity.rawValue): "
        if let field { return "\(location): \(prefix)\(field): \(message)" }
        return "\(location): \(prefix)\(message)"
    }
}

/// Errors of the store that are not about one line of a file.
///
/// Those about Marquee's own files say what to do and name the file
/// (`StoreError.explaining` maps SQLite and file-system errors to them).
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case unreadableFile(path: String, reason: String)
    case invalidCatalog([Diagnostic])
    case unknownTitle(String)
    /// A data file other than the catalog: `ratings.csv:12: rating`, and why.
    case invalidFile(location: String, reason: String)
    /// A file-system call on `path` failed with `code` (errno): `action` is what was tried.
    case fileSystem(path: String, action: String, code: Int32)
    /// The disk holding `directory` has no room left.
    case diskFull(directory: String)
    /// Marquee cannot write `file` in `directory`.
    case readOnly(directory: String, file: String)
    /// `path` is not a readable SQLite database of its kind.
    case damaged(path: String, file: StoreFile)
    /// `path` was erased or replaced by another process while open.
    case replaced(path: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): "\(path): \(reason)"
        case let .invalidCatalog(diagnostics):
            diagnostics.first.map { diagnostics.count == 1 ? $0.description : "\($0) (and \(diagnostics.count - 1) more)" }
                ?? "invalid catalog"
        case let .unknownTitle(id): "unknown title id '\(id)'"
        case let .invalidFile(location, reason): "\(location): \(reason)"
        case let .fileSystem(path, action, code): "\(SafeText.display(path)): cannot \(action) (\(String(cString: strerror(code))))"
        case let .diskFull(directory): "disk is full: free space in \(SafeText.display(directory))"
        case let .readOnly(directory, file):
            "\(SafeText.display(directory)) is read-only: Marquee cannot write \(SafeText.display(file)) there "
                + "(make the directory writable, or use another with --data-dir)"
        case let .damaged(path, file): Self.damagedText(SafeText.display(path), file)
        case let .replaced(path):
            "\(SafeText.display(path)) was erased or replaced by another process: nothing was saved"
        }
    }

    private static func damagedText(_ path: String, _ file: StoreFile) -> String {
        switch file {
        case .user: "\(path) is not a Marquee database: move it away or run marquee erase"
        case .community: "\(path) is damaged: import again (marquee import movielens) to rebuild it, or remove it"
        case .catalog: "\(path) is damaged: remove it and Marquee rebuilds it from the catalog files"
        case .output: "\(path) is damaged"
        }
    }
}
