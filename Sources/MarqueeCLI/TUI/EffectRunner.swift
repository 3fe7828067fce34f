import Catalog
import CatalogStore
import Recommender
import ViewModel

/// Carries out the view-model's effects against the real stores and turns
/// their answers back into actions. Writes happen before the next frame is
/// drawn, so whatever the screen shows as saved is already on disk.
struct EffectRunner {
    let catalog: CatalogDatabase
    let user: UserDatabase

    static let searchLimit = 500

    func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case let .search(query):
                return [.searchResults(query: query, positions: try catalog.search(query, limit: Self.searchLimit))]
            case let .saveRating(id, rating):
                try user.setRating(rating, for: id)
            case let .saveWatchlist(id, on):
                try user.setOnWatchlist(on, id: id)
            case let .saveHidden(id, hidden):
                try user.setHidden(hidden, id: id)
            case let .saveMood(setting):
                try user.saveMoodSetting(setting)
            case .quit:
                break
            }
            return []
        } catch {
            // Show what is really on disk rather than a change that was not saved.
            var actions: [Action] = [.effectFailed("Could not save: \(error)")]
            if let signals = try? UserSignals(ratings: user.ratings(), watchlist: user.watchlist(), hidden: user.hidden()) {
                actions.insert(.signalsReloaded(signals), at: 0)
            }
            return actions
        }
    }
}
