/// The search line and its live results.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    /// True while the person is typing in the search line.
    public var isEditing = false
    /// Results for `query` as library positions; nil when no search is active.
    public var results: [Int]?
    /// The query whose results are awaited; older answers are dropped.
    public var pendingQuery: String?
    /// What to go back to when the edit is cancelled with Esc.
    var queryBeforeEditing: String = ""
    var resultsBeforeEditing: [Int]?

    public init() {}

    /// A search is shaping the browse list.
    public var isActive: Bool { results != nil || isEditing }
}
