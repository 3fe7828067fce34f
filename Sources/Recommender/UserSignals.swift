import Catalog

/// What the person has told Marquee: the evidence taste is built from.
public struct UserSignals: Sendable, Hashable {
    public var ratings: [TitleID: Rating]
    public var watchlist: Set<TitleID>
    /// "Not for me": never suggested, and counted as mild dislike.
    public var hidden: Set<TitleID>

    public init(ratings: [TitleID: Rating] = [:], watchlist: Set<TitleID> = [], hidden: Set<TitleID> = []) {
        self.ratings = ratings
        self.watchlist = watchlist
        self.hidden = hidden
    }
}
