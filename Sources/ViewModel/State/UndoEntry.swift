import Catalog
import Recommender

/// One reversible change to what the person owns.
public enum UndoEntry: Hashable, Sendable {
    /// A rating; `offWatchlist` when rating took the title off the watchlist
    /// (undo puts it back there too).
    case rating(TitleID, previous: Rating?, offWatchlist: Bool = false)
    case watchlist(TitleID, previous: Bool)
    /// "Not for me"; when it removed a suggestion, where it was.
    case hidden(TitleID, previous: Bool, removedSuggestion: RemovedSuggestion?)
}

public struct RemovedSuggestion: Hashable, Sendable {
    public var index: Int
    public var suggestion: Suggestion
}
