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
        library.titles.indices.filter { library.works[$0] == $0 }.sorted { a, b in
            let dateA = library.titles[a].dateAdded, dateB = library.titles[b].dateAdded
            if dateA != dateB {
                guard let dateA else { return false }
                guard let dateB else { return true }
                return dateA > dateB
            }
            return library.titles[a].name < library.titles[b].name
        }
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
