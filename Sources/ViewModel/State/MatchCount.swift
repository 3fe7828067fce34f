/// How many rows matched a search when more matched than the list shows:
/// the list says "200 of 247", or "200 of 400+" when even the count was cut.
public struct MatchCount: Hashable, Sendable {
    public var total: Int
    /// More than `total` may match: the search stopped looking there.
    public var isLowerBound: Bool

    public init(total: Int, isLowerBound: Bool = false) {
        self.total = total
        self.isLowerBound = isLowerBound
    }
}
