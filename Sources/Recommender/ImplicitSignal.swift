import Catalog

/// Evidence a person gave without rating: a title they watched (an imported
/// viewing history) or liked on another service (Letterboxd's heart). Each
/// counts as a liking well below a rating, since watching a film says less
/// than judging it. A rating, where there is one, always wins.
public enum ImplicitSignal: Sendable, Hashable {
    case watched
    case liked

    /// How sure the signal is, against a rating's 1: it scales the taste
    /// weight, the community seed, and how much it adds to taste's strength.
    public var confidence: Float {
        switch self {
        case .watched: 0.4
        case .liked: 0.5
        }
    }

    /// The rating the signal stands for: watching is a mild liking (3.5★),
    /// a heart a clear one (5★).
    public var stars: Double {
        switch self {
        case .watched: 3.5
        case .liked: 5
        }
    }

    /// Its weight in the taste profile, on the ratings' (stars − 3) / 2 scale:
    /// watched 0.25 × 0.4 = 0.1, liked 1 × 0.5 = 0.5 (as much as a 4★ rating).
    public var tasteWeight: Float { Float(stars - 3) / 2 * confidence }

    /// How a reason says it: "(you watched it)", "(you liked it)".
    public var reasonSuffix: String {
        switch self {
        case .watched: "(you watched it)"
        case .liked: "(you liked it)"
        }
    }

    /// The strongest implicit signal of one title, nil when it is rated (the rating wins) or neither watched nor liked.
    static func of(_ id: TitleID, in signals: UserSignals) -> ImplicitSignal? {
        guard signals.ratings[id] == nil else { return nil }
        if signals.liked.contains(id) { return .liked }
        return signals.watched[id] != nil ? .watched : nil
    }

    /// Unrated titles with their strongest implicit signal: a like wins over a viewing.
    static func unrated(in signals: UserSignals) -> [TitleID: ImplicitSignal] {
        var result: [TitleID: ImplicitSignal] = [:]
        for id in signals.watched.keys where signals.ratings[id] == nil { result[id] = .watched }
        for id in signals.liked where signals.ratings[id] == nil { result[id] = .liked }
        return result
    }
}
