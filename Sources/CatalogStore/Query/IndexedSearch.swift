import Catalog

/// Answers a `TitleQuery` from catalog.sqlite alone, for one-shot commands
/// (`marquee search`): the words through the search index, the filter and
/// order over the list columns of the titles the words found (or of every
/// title when there are no words), versions folded by the work column the
/// build stored, and full titles read only for the rows returned. It lists
/// exactly what `CatalogQuery` with the library's `oneRowPerWork` lists, in
/// the same order, without loading the catalog into memory.
public struct IndexedSearch: Sendable {
    public let database: CatalogDatabase

    public init(database: CatalogDatabase) {
        self.database = database
    }

    /// One row of the answer.
    public struct Row: Sendable {
        public var title: Title
        /// Other versions of the title's work (0 for most).
        public var otherVersions: Int
        /// The query's words the title matched by what it is about, when the
        /// list is titles found that way.
        public var aboutWords: [String]?
    }

    public struct Answer: Sendable {
        public var rows: [Row]
        /// Nothing matched the words as typed: these are the closest titles.
        public var isClosest: Bool
        /// No title matched by name: these were found by what they are about.
        public var isAbout: Bool
    }

    /// At most `limit` rows, one per work.
    public func run(_ query: TitleQuery, ratings: [TitleID: Rating] = [:], limit: Int) throws -> Answer {
        var found = TextMatches(positions: [], isClosest: false)
        if query.hasText { found = try database.searchMatches(query.text, limit: CatalogQuery.textCandidateLimit) }
        let columns = try database.listColumns(at: query.hasText ? found.positions : nil, narrowedBy: query.filter)
        // The columns' own index: its positions are places in `columns`.
        let index = TitleIndex(titles: columns.titles, titleRanks: columns.ranks)
        var places = index.filter(query.filter)
        places = index.sort(places, by: query.sort, ratings: ratings, fromTextSearch: query.hasText)
        // Works are named by catalog position, so rows are folded in catalog positions.
        let ordered = places.map { columns.positions[$0] }
        var placeOf: [Int: Int] = [:]
        for place in places where columns.works[place] != nil { placeOf[columns.positions[place]] = place }
        let work: (Int) -> Int? = { position in placeOf[position].flatMap { columns.works[$0] } }
        // As the TUI does: one row per work among twice the rows asked,
        // and among all of them when versions took up the spare.
        var considered = Array(ordered.prefix(2 * limit))
        var rows = VersionGrouping.oneRowPerWork(considered, work: work)
        if rows.count < limit, ordered.count > 2 * limit {
            considered = ordered
            rows = VersionGrouping.oneRowPerWork(considered, work: work)
        }
        let shown = Array(rows.prefix(limit))
        let titles = try database.titles(at: shown)
        let matched = found.keeping(considered)
        return Answer(
            rows: zip(shown, titles).map { position, title in
                Row(title: title, otherVersions: placeOf[position].map { columns.versionCounts[$0] - 1 } ?? 0,
                    aboutWords: matched.aboutWords[position])
            },
            isClosest: found.isClosest && !shown.isEmpty,
            isAbout: matched.isAbout)
    }
}
