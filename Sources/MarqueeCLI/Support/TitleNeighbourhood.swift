import Catalog
import CatalogStore
import Foundation
import Recommender

/// One title and the few it is shown beside — its versions and the titles
/// that may be similar to it (`SimilarCandidates`) — as a small library read
/// from the index, so that `marquee show` answers without loading the
/// catalog. Profiles, provenance and likeness are worked out per title, so
/// they come out as the full library would give them; only titles the rule
/// leaves out are missing, and those are never similar anyway.
struct TitleNeighbourhood {
    let library: Library
    /// The title's place in `library`.
    let position: Int
    /// Imported community links, with the catalog's rating of the title as its standing prior.
    let community: CommunityLinks
    /// Problems that did not stop the command (a damaged community file).
    let warnings: [String]

    init(id: String, environment: StoreEnvironment) throws {
        do { try self.init(id: TitleID(id), catalog: environment.catalog, dataDirectory: environment.dataDirectory) } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }

    init(id: TitleID, catalog: CatalogDatabase, dataDirectory: URL) throws {
        guard let (global, title) = try catalog.positionedTitle(id: id) else { throw AppEnvironment.unknownTitle(id.rawValue) }
        let (imported, warnings) = AppEnvironment.importedCommunity(in: dataDirectory)
        let linked = imported.outgoing[title.id]?.map(\.target) ?? []
        let positions = Set(try catalog.versionPositions(of: global))
            .union(try catalog.similarCandidatePositions(to: title, linked: linked)).union([global]).sorted()
        let titles = try catalog.titles(at: positions)
        let representatives = try catalog.works(at: positions)
        // Works are named by the catalog position of their representative;
        // here by its place, or by the first of its titles that is here
        // (the title's own work is always whole: its versions were read).
        let places = Dictionary(uniqueKeysWithValues: positions.enumerated().map { ($1, $0) })
        var firstOfWork: [Int: Int] = [:]
        let works = positions.indices.map { place -> Int in
            guard let work = representatives[positions[place]] else { return place }
            if let representative = places[work] { return representative }
            if let first = firstOfWork[work] { return first }
            firstOfWork[work] = place
            return place
        }
        let curated = try catalog.loadCuratedMoods(at: positions)
        library = Library(titles: titles, profileOverrides: curated.mapValues(\.profile), loglines: curated.compactMapValues(\.logline),
                          standings: curated.compactMapValues(\.standing), audiences: curated.mapValues(\.madeFor),
                          cues: try catalog.loadCues(at: positions), curationMethods: curated.compactMapValues(\.method), works: works)
        position = positions.firstIndex(of: global)!
        var standings = imported.standings
        // The catalog's mean reads every rating: only for a title that has one.
        if standings[title.id] == nil, case let rating = try catalog.loadRatings(at: [global]), !rating.isEmpty,
           let mean = try catalog.meanCommunityRating() {
            standings.merge(RatingsFile.standings(rating, globalMean: mean)) { imported, _ in imported }
        }
        community = CommunityLinks(outgoing: imported.outgoing, standings: standings)
        self.warnings = warnings
    }
}
