import Catalog

/// One service's latest history import, as the stats screen's "Imported"
/// section tells it. Plain values: the runtime reads them from the user
/// database's import log, which the view-model cannot see.
public struct ImportSummary: Hashable, Sendable {
    /// The service as people name it ("Letterboxd").
    public var source: String
    /// The day of the latest import from it.
    public var on: CalendarDate?
    public var rows: Int
    public var matched: Int
    /// Rows that matched no catalog title, or more than one.
    public var unmatched: Int
    public var newRatings: Int
    public var viewings: Int

    public init(source: String, on: CalendarDate?, rows: Int, matched: Int, unmatched: Int, newRatings: Int, viewings: Int) {
        self.source = source
        self.on = on
        self.rows = rows
        self.matched = matched
        self.unmatched = unmatched
        self.newRatings = newRatings
        self.viewings = viewings
    }
}
