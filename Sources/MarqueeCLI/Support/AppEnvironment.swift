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

    /// Problems that did not stop the command (a damaged community file,
    /// ignored): said on stderr, and in the browser's status line.
    private(set) var warnings: [String] = []

    /// `inferredProfilesOnly` ignores curated profiles (keeping their
    /// standing and audience), so `eval moods` can judge inference alone.
    init(options: GlobalOptions, inferredProfilesOnly: Bool = false) throws {
        let dataDirectory = try options.usableDataDirectory()
        let files = CatalogFiles(directory: try options.catalogDirectory())
        do {
            let loaded = try Self.loadCatalog(in: dataDirectory, files: files)
            catalog = loaded.catalog
            user = try UserDatabase(directory: dataDirectory)
            let curated = loaded.curated
            library = Library(titles: loaded.titles, profileOverrides: inferredProfilesOnly ? [:] : curated.mapValues(\.profile),
                              loglines: curated.compactMapValues(\.logline), standings: curated.compactMapValues(\.standing),
                              audiences: curated.mapValues(\.madeFor), cues: loaded.cues,
                              curationMethods: inferredProfilesOnly ? [:] : curated.compactMapValues(\.method))
            index = TitleIndex(titles: loaded.titles, titleRanks: loaded.ranks)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        // Imported ratings only add reasons: a damaged file must not block rating or exporting.
        do {
            community = try CommunityDatabase.links(in: dataDirectory)
        } catch {
            community = .empty
            warnings.append("ignored: \((error as? StoreError)?.description ?? "\(error)")")
        }
        for warning in warnings { FileHandle.standardError.write(Data((SafeText.display("warning: \(warning)") + "\n").utf8)) }
    }

    private struct LoadedCatalog {
        var catalog: CatalogDatabase
        var titles: [Title]
        var curated: [TitleID: CuratedMood]
        var cues: [TitleID: [String]]
        var ranks: [Int32]
    }

    /// The catalog database and what the library needs from it; a file found
    /// damaged while reading is rebuilt from the catalog files, once.
    private static func loadCatalog(in dataDirectory: URL, files: CatalogFiles) throws -> LoadedCatalog {
        func load(_ catalog: CatalogDatabase) throws -> LoadedCatalog {
            LoadedCatalog(catalog: catalog, titles: try catalog.loadTitles(), curated: try catalog.loadCuratedMoods(),
                          cues: try catalog.loadCues(), ranks: try catalog.loadTitleRanks())
        }
        do {
            return try load(try CatalogDatabase.open(in: dataDirectory, files: files))
        } catch where StoreError.fault(of: error) == .damaged {
            return try load(try CatalogDatabase.rebuild(in: dataDirectory, files: files))
        }
    }

    var query: CatalogQuery { CatalogQuery(database: catalog, index: index) }

    func signals() throws -> UserSignals {
        try user.signals()
    }

    func moodSetting() throws -> MoodSetting {
        try user.moodSetting() ?? .default
    }

    /// The title with this id, or a one-line error naming it.
    func title(_ id: String) throws -> (position: Int, title: Title) {
        guard let position = library.position(of: TitleID(id)) else {
            throw MarqueeError("unknown title id '\(SafeText.display(id))' (try `marquee search`)")
        }
        return (position, library.titles[position])
    }
}
