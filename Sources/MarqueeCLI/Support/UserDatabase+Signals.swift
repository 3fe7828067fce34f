import CatalogStore
import Recommender

extension UserDatabase {
    /// Everything the person has told Marquee, as the recommender reads it.
    func signals() throws -> UserSignals {
        UserSignals(ratings: try ratings(), watchlist: try watchlist(), hidden: try hidden(),
                    corrections: try corrections(), ratedOn: try ratingDates(), ratedAt: try ratingTimes())
    }
}
