import Catalog

/// Runs a `TitleQuery`: words through the search index, then filters and
/// order over the title columns.
public struct CatalogQuery: Sendable {
    public let database: CatalogDatabase
    public let index: TitleIndex

    /// What the app prepares on its query worker while the first frame is
    /// shown: the search words in memory and the fixed orders of long lists.
    public func warmUp() {
        database.warmUpSearch()
        index.prepareOrders()
    }

    /// How many text matches are considered before filtering: a filter can
    /// only keep what the words found.
    public static let textCandidateLimit = 2_000

    /// How many results an interactive list asks for: more than a screen
    /// holds, few enough to rank within a keystroke.
    public static let interactiveLimit = 200

    public init(database: CatalogDatabase, index: TitleIndex) {
        self.database = database
        self.index = index
    }

    /// Matching positions in the requested order.
    public func run(_ query: TitleQuery, ratings: [TitleID: Rating] = [:], limit: Int = .max) throws -> [Int] {
        try matches(query, ratings: ratings, limit: limit).positions
    }

    /// `run`, saying too whether the words matched only as the closest titles.
    public func matches(_ query: TitleQuery, ratings: [TitleID: Rating] = [:], limit: Int = .max) throws -> TextMatches {
        var positions: [Int]
        var isClosest = false
        var aboutWords: [Int: [String]] = [:]
        if query.hasText {
            // Always the same candidates, whatever the limit: a shorter list
            // is then the start of a longer one, never a different ranking.
            // Unfiltered and in the search's own order, no more than the
            // limit is needed: the search settles it from the same pool.
            let inSearchOrder = query.filter.isEmpty && query.sort == .relevance
            let found = try database.searchMatches(query.text, limit: inSearchOrder ? min(limit, Self.textCandidateLimit) : Self.textCandidateLimit,
                                                   pool: Self.textCandidateLimit)
            positions = index.filter(query.filter, candidates: found.positions)
            isClosest = found.isClosest
            aboutWords = found.aboutWords
        } else {
            positions = index.filter(query.filter)
        }
        positions = index.sort(positions, by: query.sort, ratings: ratings, fromTextSearch: query.hasText)
        if limit < positions.count { positions = Array(positions.prefix(limit)) }
        return TextMatches(positions: positions, isClosest: isClosest && !positions.isEmpty, aboutWords: aboutWords)
            .keeping(positions)
    }
}
