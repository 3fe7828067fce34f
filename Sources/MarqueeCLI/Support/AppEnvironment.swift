import Catalog
import CatalogStore
import Foundation
import Recommender

/// The opened stores and the in-memory library: what every command works on.
final class AppEnvironment {
    let catalog: CatalogDatabase
    let user: UserDatabase
    let library: Library
    let index: TitleIndex
    /// Links learned from imported community ratings (empty when none).
    let community: CommunityLinks

    /// `inferredProfilesOnly` ignores curated profiles (keeping their
    /// standing and audience), so `eval moods` can judge inference alone.
    init(options: GlobalOptions, inferredProfilesOnly: Bool = false) throws {
        let dataDirectory = try options.usableDataDirectory()
        let files = CatalogFiles(directory: try options.catalogDirectory())
        do {
            catalog = try CatalogDatabase.open(in: dataDirectory, files: files)
            user = try UserDatabase(directory: dataDirectory)
            let titles = try catalog.loadTitles()
            let curated = try catalog.loadCuratedMoods()
            library = Library(titles: titles, profileOverrides: inferredProfilesOnly ? [:] : curated.mapValues(\.profile),
                              loglines: curated.compactMapValues(\.logline), standings: curated.compactMapValues(\.standing),
                              audiences: curated.mapValues(\.madeFor), cues: try catalog.loadCues(),
                              curationMethods: inferredProfilesOnly ? [:] : curated.compactMapValues(\.method))
            index = TitleIndex(titles: titles, titleRanks: try catalog.loadTitleRanks())
            community = try CommunityDatabase.links(in: dataDirectory)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }

    var query: CatalogQuery { CatalogQuery(database: catalog, index: index) }

    func signals() throws -> UserSignals {
        try user.signals()
    }

    func moodSetting() throws -> MoodSetting {
        try user.moodSetting() ?? .default
    }

    /// The diversity dial as the person last left it, else the default.
    func diversity() throws -> Float {
        try user.diversity() ?? Recommender.defaultDiversity
    }

    /// The title with this id, or a one-line error naming it.
    func title(_ id: String) throws -> (position: Int, title: Title) {
        guard let position = library.position(of: TitleID(id)) else {
            throw MarqueeError("unknown title id '\(SafeText.display(id))' (try `marquee search`)")
        }
        return (position, library.titles[position])
    }
}
