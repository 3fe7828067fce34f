import Catalog

/// One row of the home screen: a heading and the titles under it.
public struct HomeRow: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case mood
        case becauseYouLiked(TitleID)
        case new
        case watchlist
        case genre(Genre)
    }

    public var kind: Kind
    public var heading: String
    public var positions: [Int]
    /// Per title, why it is in the row (suggestion reasons, "same director"…).
    public var reasons: [String]
}

/// The home screen: rows to scan, one focused, each with its own selection.
public struct HomeState: Hashable, Sendable {
    public var rows: [HomeRow] = []
    public var row = 0
    public var lists: [ListState] = []
    /// True when mood, ratings, watchlist or "not for me" changed since the rows were built.
    public var isStale = true
    /// The ticket of the rows asked for and not yet arrived.
    public var waitingFor: Int?

    public static let rowLength = 20
    public static let likedRows = 3
    public static let genreRows = 3

    public init() {}

    public var focusedRow: HomeRow? { rows.indices.contains(row) ? rows[row] : nil }

    public var selection: Int { lists.indices.contains(row) ? lists[row].selection : 0 }

    public var selectedPosition: Int? {
        guard let focused = focusedRow, focused.positions.indices.contains(selection) else { return nil }
        return focused.positions[selection]
    }

    public var selectedReason: String? {
        guard let focused = focusedRow, focused.reasons.indices.contains(selection) else { return nil }
        let reason = focused.reasons[selection]
        return reason.isEmpty ? nil : reason
    }
}
