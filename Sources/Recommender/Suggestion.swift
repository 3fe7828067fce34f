import Catalog

/// One suggested title with the terms that ranked it and the reason built
/// from those same terms.
public struct Suggestion: Sendable, Hashable {
    public var position: Int
    public var id: TitleID
    public var score: Float
    public var terms: ScoreTerms
    public var phrases: [ReasonPhrase]
    /// The labelled pick from outside the person's usual fare.
    public var isOutsideUsual: Bool

    /// The phrases joined for display: "fits Tense: suspenseful, dark thriller · 98 min fits your 2 h".
    public var reason: String { phrases.map(\.text).joined(separator: " · ") }
}

/// The weighted parts of a score; `total` is their sum.
public struct ScoreTerms: Sendable, Hashable {
    /// Mood fit × its weight.
    public var mood: Float
    /// Taste × its weight (negative when the title resembles dislikes).
    public var taste: Float
    /// What people who liked the same titles liked × its weight (0 without imported community ratings).
    public var community: Float = 0
    /// Watchlist, "new on the catalog" and standing × their weights.
    public var prior: Float

    public var total: Float { mood + taste + community + prior }
}

/// One phrase of a reason and the score term it stands for.
public struct ReasonPhrase: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case mood
        case likedTitle(TitleID)
        /// People who liked this title (one the person liked) liked the suggestion.
        case community(TitleID)
        case watchlist
        case new
        /// How well regarded the title is (acclaimed, a cult favourite).
        case standing
        case outsideUsual
        /// A hard limit the title satisfies (time, kids).
        case context
    }

    public var kind: Kind
    public var text: String
}
