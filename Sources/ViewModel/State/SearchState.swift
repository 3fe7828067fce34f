import Catalog

/// The search line, the filters and the order of the browse list, and the
/// results they produced.
public struct SearchState: Hashable, Sendable {
    /// The words in the search line.
    public var query: String = ""
    /// Characters after the cursor; counted from the end so that a query
    /// replaced from elsewhere leaves the cursor at its end.
    var cursorFromEnd = 0
    /// True while the person is typing in the search line.
    public var isEditing = false
    public var filter = TitleFilter()
    public var sort: TitleSort = .relevance
    /// Results of the last answered query as library positions; nil when
    /// nothing narrows the list (then it is the whole catalog, newest first).
    public var results: [Int]?
    /// How many matched, when that is more than `results` holds.
    public var matched: MatchCount?
    /// No title matched the words as typed: `results` are the closest.
    public var isClosest = false
    /// No title matched its words: `results` were found by what they are about.
    public var isAbout = false
    /// The query whose results are awaited; older answers are dropped.
    public var pending: TitleQuery?
    /// What to go back to when an edit is cancelled with Esc.
    var queryBeforeEditing: String = ""
    var resultsBeforeEditing: [Int]?
    var matchedBeforeEditing: MatchCount?
    var closestBeforeEditing = false
    var aboutBeforeEditing = false

    public init() {}

    /// Where typing goes, in characters from the start of the query.
    public var cursor: Int { query.count - min(cursorFromEnd, query.count) }

    mutating func moveCursor(to index: Int) {
        cursorFromEnd = query.count - max(0, min(index, query.count))
    }

    public var titleQuery: TitleQuery { TitleQuery(text: query, filter: filter, sort: sort) }

    /// Words, a filter or an order other than the default shape the list.
    public var isNarrowing: Bool { titleQuery.hasText || !filter.isEmpty || sort != .relevance }

    /// The search line is on screen.
    public var isActive: Bool { isEditing || titleQuery.hasText }
}
