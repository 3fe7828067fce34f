import Catalog
import Recommender

/// The home screen's rows: for tonight's mood, because you liked …, new on
/// the catalog, your watchlist, and the genres you like most. Run as a job:
/// the mood row scores the whole catalog and the shelves filter it.
struct HomeRowsBuilder {
    let context: JobContext
    let request: HomeRowsRequest

    private var library: Library { context.library }
    private var signals: UserSignals { request.signals }

    func rows() -> [HomeRow] {
        var rows: [HomeRow] = []
        let recommender = Recommender(library: library, community: context.community)
        let picks = recommender.suggest(Recommender.Request(setting: request.setting, diversity: request.diversity,
                                                            limit: HomeState.rowLength, rewatches: request.rewatches),
                                        signals: signals)
        rows.append(HomeRow(kind: .mood, heading: "For your mood · \(request.setting.mood.displayName)",
                            positions: picks.map(\.position), reasons: picks.map(\.reason)))

        let similar = SimilarTitles(library: library, community: context.community)
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
        let newest = Array(context.browseOrder.lazy.filter { library.titles[$0].dateAdded != nil && unseen($0) }
            .prefix(HomeState.rowLength))
        rows.append(HomeRow(kind: .new, heading: "New on the catalog", positions: newest,
                            reasons: newest.map { "added \(library.titles[$0].dateAdded!.iso)" }))
        let watchlist = AppState.watchlistPositions(signals, in: library)
        rows.append(HomeRow(kind: .watchlist, heading: "Your watchlist", positions: watchlist,
                            reasons: Array(repeating: "", count: watchlist.count)))
        var genreRows = 0
        for genre in homeGenres(liked: liked) where genreRows < HomeState.genreRows {
            let titles = Array(context.browseOrder.lazy.filter { library.titles[$0].genres.contains(genre) && unseen($0) }
                .prefix(HomeState.rowLength))
            guard !titles.isEmpty else { continue }
            genreRows += 1
            rows.append(HomeRow(kind: .genre(genre), heading: genre.displayName, positions: titles,
                                reasons: Array(repeating: "", count: titles.count)))
        }
        return rows.filter { !$0.positions.isEmpty }
    }

    private func unseen(_ position: Int) -> Bool {
        let id = library.titles[position].id
        return signals.ratings[id] == nil && !signals.hidden.contains(id) && signals.watched[id] == nil
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
