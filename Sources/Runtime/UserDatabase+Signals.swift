import Catalog
import CatalogStore
import Recommender
import ViewModel

extension UserDatabase {
    /// Everything the person has told Marquee, as the recommender reads it.
    public func signals() throws -> UserSignals {
        // One read of the history for viewings, likes and sources: a long diary is read once, not three times.
        let history = try history()
        return UserSignals(ratings: try ratings(), watchlist: try watchlist(), hidden: try hidden(),
                           corrections: try corrections(), ratedOn: try ratingDates(), ratedAt: try ratingTimes(),
                           watched: Self.watchedTitles(history), liked: Set(history.liked.keys),
                           ratingSources: history.ratings.compactMapValues { $0.source?.displayName })
    }

    /// Each watched title's known days and number of viewings.
    static func watchedTitles(_ history: CatalogStore.UserHistory) -> [TitleID: WatchedTitle] {
        history.viewingsByTitle.mapValues { viewings in
            WatchedTitle(days: viewings.compactMap(\.on), times: viewings.count)
        }
    }
}

extension UserDatabase {
    /// The latest import from each service, in the services' order, for the stats screen.
    public func importSummaries() throws -> [ImportSummary] {
        var latest: [HistorySource: CatalogStore.UserHistory.ImportRecord] = [:]
        for record in try importLog() where latest[record.source].map({ $0.at <= record.at }) ?? true {
            latest[record.source] = record
        }
        return latest.sorted { $0.key < $1.key }.map { source, record in
            ImportSummary(source: source.displayName, on: CalendarDate.today(record.at), rows: record.read,
                          matched: record.matched, unmatched: record.unmatched + record.ambiguous,
                          newRatings: record.newRatings, viewings: record.viewings)
        }
    }
}
