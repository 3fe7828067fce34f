/// What a text search found: positions best first, and whether they are
/// only the closest titles — none matched the words as typed, so the list
/// must say "no exact match" rather than pass them off as matches.
public struct TextMatches: Equatable, Sendable {
    public var positions: [Int]
    public var isClosest: Bool
    /// When titles were found by what they are about (no title matched its
    /// words): the query's words each one matched ("zombie · period"), by position.
    public var aboutWords: [Int: [String]]

    /// The list is titles found by what they are about, not by their names.
    public var isAbout: Bool { !aboutWords.isEmpty }

    public init(positions: [Int], isClosest: Bool, aboutWords: [Int: [String]] = [:]) {
        self.positions = positions
        self.isClosest = isClosest
        self.aboutWords = aboutWords
    }
}
