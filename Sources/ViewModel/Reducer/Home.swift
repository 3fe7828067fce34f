import Catalog
import Recommender

/// The home screen's rows: for tonight's mood, because you liked …, new on
/// the catalog, your watchlist, and the genres you like most.
extension AppState {
    mutating func refreshHome() {
        let focusedKind = home.focusedRow?.kind
        let previous = Dictionary(zip(home.rows.map(\.kind), home.lists), uniquingKeysWith: { first, _ in first })
        home.rows = buildHomeRows().filter { !$0.positions.isEmpty }
        // A row keeps its place and selection across rebuilds when it still exists.
        home.lists = home.rows.map { previous[$0.kind] ?? ListState() }
        home.row = focusedKind.flatMap { kind in home.rows.firstIndex { $0.kind == kind } } ?? 0
        home.isStale = false
        keepHomeInBounds()
    }

    mutating func keepHomeInBounds() {
        home.row = home.rows.isEmpty ? 0 : min(max(0, home.row), home.rows.count - 1)
        let visible = Viewport.visibleItems(self, on: .home)
        for index in home.lists.indices { home.lists[index].clamp(count: home.rows[index].positions.count, visible: visible) }
    }

    mutating func moveHomeRow(by delta: Int) {
        guard !home.rows.isEmpty else { return }
        home.row = home.row.cycled(by: delta, count: home.rows.count)
        detailPaneScroll = 0
        keepHomeInBounds()
    }

    mutating func moveHomeSelection(by delta: Int? = nil, to index: Int? = nil) {
        guard home.lists.indices.contains(home.row) else { return }
        let count = home.rows[home.row].positions.count
        let visible = Viewport.visibleItems(self, on: .home)
        if let delta { home.lists[home.row].move(by: delta, count: count, visible: visible) }
        if let index { home.lists[home.row].select(index, count: count, visible: visible) }
        detailPaneScroll = 0
    }

    /// Marks what depends on the person's signals or mood for rebuilding.
    mutating func markRecommendationsStale() {
        suggestions.isStale = true
        home.isStale = true
    }

    private func buildHomeRows() -> [HomeRow] {
        var rows: [HomeRow] = []
        let unseen: (Int) -> Bool = { [signals, library] position in
            let id = library.titles[position].id
            return signals.ratings[id] == nil && !signals.hidden.contains(id) && signals.watched[id] == nil
        }
        let recommender = Recommender(library: library, community: community)
        let picks = recommender.suggest(Recommender.Request(setting: moodSetting, diversity: suggestions.diversity,
                                                            limit: HomeState.rowLength, rewatches: suggestions.rewatches),
                                        signals: signals)
        rows.append(HomeRow(kind: .mood, heading: "For your mood · \(moodSetting.mood.displayName)",
                            positions: picks.map(\.position), reasons: picks.map(\.reason)))

        let similar = SimilarTitles(library: library, community: community)
        let excluded = Set(signals.ratings.keys).union(signals.hidden).union(signals.watched.keys)
        let liked = likedPositions
        for position in liked.prefix(HomeState.likedRows) {
            let matches = similar.similar(to: position, limit: HomeState.rowLength, excluding: excluded)
            rows.append(HomeRow(kind: .becauseYouLiked(library.titles[position].id),
                                heading: "Because you liked \(library.titles[position].name)",
                                positions: matches.map(\.position), reasons: matches.map(\.because)))
        }

        // The latest additions by date added, whatever their age: a catalog that
        // grew once years ago still has a "newest" shelf.
        let newest = Array(browseOrder.lazy.filter { library.titles[$0].dateAdded != nil && unseen($0) }
            .prefix(HomeState.rowLength))
        rows.append(HomeRow(kind: .new, heading: "New on the catalog", positions: newest,
                            reasons: newest.map { "added \(library.titles[$0].dateAdded!.iso)" }))
        let watchlist = watchlistItems
        rows.append(HomeRow(kind: .watchlist, heading: "Your watchlist", positions: watchlist,
                            reasons: Array(repeating: "", count: watchlist.count)))
        var genreRows = 0
        for genre in homeGenres(liked: liked) where genreRows < HomeState.genreRows {
            let titles = Array(browseOrder.lazy.filter { library.titles[$0].genres.contains(genre) && unseen($0) }
                .prefix(HomeState.rowLength))
            guard !titles.isEmpty else { continue }
            genreRows += 1
            rows.append(HomeRow(kind: .genre(genre), heading: genre.displayName, positions: titles,
                                reasons: Array(repeating: "", count: titles.count)))
        }
        return rows
    }

    /// Titles rated 4★ or more, best first, then by name.
    var likedPositions: [Int] {
        signals.ratings.filter { $0.value.stars >= 4 }
            .compactMap { id, rating in library.position(of: id).map { ($0, rating.stars) } }
            .sorted { ($0.1, library.titles[$1.0].name) > ($1.1, library.titles[$0.0].name) }
            .map(\.0)
    }

    /// The main genres of the person's liked titles, most liked first (ties
    /// alphabetical), then broad ones so a newcomer still has rows to scan.
    func homeGenres(liked: [Int]) -> [Genre] {
        var counts: [Genre: Int] = [:]
        for position in liked {
            for genre in library.titles[position].genres where !genre.isDescriptiveOnly { counts[genre, default: 0] += 1 }
        }
        var genres = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map(\.key)
        for fallback in [Genre.comedy, .documentary, .drama, .thriller] where !genres.contains(fallback) { genres.append(fallback) }
        return genres
    }
}
