import Recommender

/// The "For you" list.
public struct SuggestionsState: Hashable, Sendable {
    public var items: [Suggestion] = []
    public var list = ListState()
    /// The diversity dial, 0…1, changed with `[` and `]`.
    public var diversity: Float = Recommender.defaultDiversity
    /// Whether titles already watched (or rated 3★ or more) may come back,
    /// toggled with `r` and remembered like the dial.
    public var rewatches = false
    /// True when mood, dial or ratings changed since `items` were computed.
    public var isStale = true
    /// The ticket of the list asked for and not yet arrived.
    public var waitingFor: Int?
    /// Advances on every "surprise me" so each press can give another title.
    public var surpriseCount: UInt64 = 0

    public static let dialStep: Float = 0.1
    public static let limit = 30

    public init() {}
}
