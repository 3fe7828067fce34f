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
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case unreadableFile(path: String, reason: String)
    case invalidCatalog([Diagnostic])
    case unknownTitle(String)
    /// A data file other than the catalog: `ratings.csv:12: rating`, and why.
    case invalidFile(location: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): "\(path): \(reason)"
        case let .invalidCatalog(diagnostics):
            diagnostics.first.map { diagnostics.count == 1 ? $0.description : "\($0) (and \(diagnostics.count - 1) more)" }
                ?? "invalid catalog"
        case let .unknownTitle(id): "unknown title id '\(id)'"
        case let .invalidFile(location, reason): "\(location): \(reason)"
        }
    }
}
