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

    /// The matched words of the titles in `kept` only (a list cut by a
    /// limit or a filter says nothing about the titles it dropped).
    func keeping<Positions: Sequence<Int>>(_ kept: Positions) -> TextMatches {
        guard !aboutWords.isEmpty else { return self }
        let kept = Set(kept)
        var copy = self
        copy.aboutWords = aboutWords.filter { kept.contains($0.key) }
        return copy
    }
}
