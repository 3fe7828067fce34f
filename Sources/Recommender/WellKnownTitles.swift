import Catalog

/// Titles a newcomer most likely knows and can rate at once, for the first
/// launch. Only titles not known to be poorly regarded are offered (the
/// curator's standing "liked" or better, else the imported community's; a
/// title with neither must carry a curated logline). The better known come
/// first: the more imported community ratings, then the titles the catalog
/// wrote a logline for (its curators started with the best-known works),
/// the better regarded (acclaimed before liked), then the more works of the
/// catalog its best-known lead or director appears in. One per
/// work, nothing made for young children, no promotional pieces, and at most
/// two sharing a first genre or a first country, and no one in two of them, so
/// the first ratings tell more than one taste.
/// Chosen from the library, never a written-in list, so any catalog works.
public enum WellKnownTitles {
    /// Standings below this are not offered: "liked" and better.
    static let lowestPrior: Float = Standing.liked.prior
    static let mostPerGenre = 2

    public static func picks(library: Library, community: CommunityLinks = .empty, count: Int) -> [Int] {
        struct Candidate {
            var position: Int
            var prior: Float
            var ratings: Int
            var hasLogline: Bool
        }
        var candidates: [Candidate] = []
        for position in library.titles.indices where library.works[position] == position {
            switch library.madeFor[position] {
            case .youngChildren, .promotion: continue
            case .everyone, .family, .children: break
            }
            let id = library.titles[position].id
            let known = community.standings[id]
            let hasLogline = library.loglines[id] != nil
            let stated = library.standings[position]?.prior ?? known?.prior
            if let stated, stated < lowestPrior { continue }
            guard stated != nil || hasLogline else { continue }
            candidates.append(Candidate(position: position, prior: stated ?? lowestPrior, ratings: known?.count ?? 0,
                                        hasLogline: hasLogline))
        }
        let fame = Self.fame(library, positions: candidates.map(\.position))
        candidates.sort { a, b in
            if a.ratings != b.ratings { return a.ratings > b.ratings }
            if a.hasLogline != b.hasLogline { return a.hasLogline }
            if a.prior != b.prior { return a.prior > b.prior }
            if fame[a.position] != fame[b.position] { return fame[a.position, default: 0] > fame[b.position, default: 0] }
            return library.titles[a.position].name < library.titles[b.position].name
        }
        var picks: [Int] = []
        var perGenre: [Genre: Int] = [:], perCountry: [String: Int] = [:]
        var people: Set<String> = []
        for candidate in candidates where picks.count < count {
            let title = library.titles[candidate.position]
            let genre = title.genres.first, country = title.countries.first
            let names = Set(title.cast.prefix(castCounted) + title.directors)
            // Variety: two of a genre or a country at most, and no one twice.
            if let genre, perGenre[genre, default: 0] >= mostPerGenre { continue }
            if let country, perCountry[country, default: 0] >= mostPerGenre { continue }
            guard people.isDisjoint(with: names) else { continue }
            if let genre { perGenre[genre, default: 0] += 1 }
            if let country { perCountry[country, default: 0] += 1 }
            people.formUnion(names)
            picks.append(candidate.position)
        }
        return picks
    }

    /// How familiar each candidate's people are: for its first three cast
    /// members and its directors, how many works of the catalog each appears in.
    static func fame(_ library: Library, positions: [Int]) -> [Int: Int] {
        var works: [String: Int] = [:]
        for position in library.titles.indices where library.works[position] == position {
            let title = library.titles[position]
            for person in Set(title.cast.prefix(castCounted) + title.directors) { works[person, default: 0] += 1 }
        }
        var fame: [Int: Int] = [:]
        for position in positions {
            let title = library.titles[position]
            // Only others' works count: a name seen once says nothing.
            fame[position] = Set(title.cast.prefix(castCounted) + title.directors).map { works[$0, default: 1] - 1 }.max() ?? 0
        }
        return fame
    }

    static let castCounted = 3
}
