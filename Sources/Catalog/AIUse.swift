/// Whether generative AI was used in making a title, as far as is publicly
/// known. Unknown unless someone curated it, with a note saying where from.
public enum AIUse: Hashable, Sendable {
    case unknown
    /// Publicly reported use; the note names the report.
    case used(note: String)
    /// The makers stated that none was used; the note names the statement.
    case none(note: String)

    /// The code in `catalog/ai-use.tsv` and on the command line.
    public var code: String {
        switch self {
        case .unknown: "unknown"
        case .used: "used"
        case .none: "none"
        }
    }

    /// The use a stored `code` names; any other code is unknown.
    public init(code: String, note: String) {
        switch code {
        case "used": self = .used(note: note)
        case "none": self = .none(note: note)
        default: self = .unknown
        }
    }

    public var note: String? {
        switch self {
        case .unknown: nil
        case let .used(note), let .none(note): note
        }
    }

    /// The badge on the detail screen.
    public var badge: String {
        switch self {
        case .unknown: "AI use: unknown"
        case .used: "AI used"
        case .none: "no AI use reported by the makers"
        }
    }
}

/// The three states a filter can ask for.
public enum AIUseStatus: String, CaseIterable, Sendable, Codable {
    case unknown, used, none
}

extension AIUse {
    public var status: AIUseStatus {
        switch self {
        case .unknown: .unknown
        case .used: .used
        case .none: .none
        }
    }
}
