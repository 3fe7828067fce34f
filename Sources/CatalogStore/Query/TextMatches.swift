/// What a text search found: positions best first, and whether they are
/// only the closest titles — none matched the words as typed, so the list
/// must say "no exact match" rather than pass them off as matches.
public struct TextMatches: Equatable, Sendable {
    public var positions: [Int]
    public var isClosest: Bool

    public init(positions: [Int], isClosest: Bool) {
        self.positions = positions
        self.isClosest = isClosest
    }
}
