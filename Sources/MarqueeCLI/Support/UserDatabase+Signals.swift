import Catalog
import CatalogStore
import Recommender

extension UserDatabase {
    /// Everything the person has told Marquee, as the recommender reads it.
    func signals() throws -> UserSignals {
        UserSignals(ratings: try ratings(), watchlist: try watchlist(), hidden: try hidden(),
                    corrections: try corrections(), ratedOn: try ratingDates(), ratedAt: try ratingTimes(),
                    watched: try watchedTitles(), liked: Set(try liked().keys),
                    ratingSources: try ratingSources().mapValues(\.displayName))
    }

    /// Each watched title's known days and number of viewings.
    func watchedTitles() throws -> [TitleID: WatchedTitle] {
        try viewings().mapValues { viewings in
            WatchedTitle(days: viewings.compactMap(\.on), times: viewings.count)
        }
    }
}
