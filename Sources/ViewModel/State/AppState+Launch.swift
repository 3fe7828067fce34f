import Catalog
import Recommender

/// What the state works out from the whole catalog once, at launch. The
/// reducer never walks the catalog: what needs it is here or a `Job`
/// (`ReducerCostTests` hold both to that).
extension AppState {
    /// How many countries the filter form offers.
    static let countryCount = 40

    /// One row per work, newest additions first (undated last), then by name.
    static func newestFirst(_ library: Library) -> [Int] {
        library.newestFirst.lazy.map(Int.init).filter { library.works[$0] == $0 }
    }

    /// The countries with the most titles, ties by name.
    static func commonCountries(_ library: Library) -> [String] {
        var counts: [String: Int] = [:]
        for title in library.titles { for country in title.countries { counts[country, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(countryCount).map(\.key)
    }

    /// The first-launch welcome with well-known titles to rate.
    static func welcome(library: Library, community: CommunityLinks) -> WelcomeState {
        WelcomeState(picks: WellKnownTitles.picks(library: library, community: community, count: WelcomeState.count))
    }
}
