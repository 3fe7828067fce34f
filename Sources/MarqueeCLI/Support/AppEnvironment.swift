import Catalog
import CatalogStore
import Foundation
import Recommender
import Runtime

/// The opened stores and the in-memory library: what every command works on.
final class AppEnvironment {
    let catalog: CatalogDatabase
    let user: UserDatabase
    let library: Library
    let index: TitleIndex
    /// Links learned from imported community ratings (empty when none).
    let community: CommunityLinks

    /// What a start is busy with, for a progress line or screen.
    enum LoadStep: Equatable {
        /// The first start (or a changed catalog): the index is being built.
        case building(CatalogDatabase.BuildStep)
        /// Titles read into memory and their moods worked out.
        case loading
    }

    /// Problems that did not stop the command (a damaged community file,
    /// ignored): said on stderr, and in the browser's status line.
    private(set) var warnings: [String] = []

    /// `inferredProfilesOnly` ignores curated profiles (keeping their
    /// standing and audience), so `eval moods` can judge inference alone.
    /// `progress` hears each step; by default a line on stderr when it is a
    /// terminal (see `ProgressLine`).
    init(options: GlobalOptions, inferredProfilesOnly: Bool = false, progress: ((LoadStep) -> Void)? = nil) throws {
        let opened = try Self.openCatalog(options: options, progress: progress) { catalog in
            progress?(.loading)
            return try LaunchLoad(from: catalog, inferredProfilesOnly: inferredProfilesOnly)
        }
        let dataDirectory = opened.dataDirectory
        let loaded = opened.loaded
        catalog = opened.catalog
        do {
            user = try UserDatabase(directory: dataDirectory)
            library = loaded.library
            index = loaded.index
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        let (imported, communityWarnings) = Self.importedCommunity(in: dataDirectory)
        warnings += communityWarnings
        // A catalog's own ratings (ratings.tsv, from IMDb) are the standing prior
        // where no imported community rated the title.
        let catalogStandings: [TitleID: CommunityStanding]
        do { catalogStandings = RatingsFile.standings(try catalog.loadRatings()) } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        community = catalogStandings.isEmpty ? imported
            : CommunityLinks(outgoing: imported.outgoing, standings: catalogStandings.merging(imported.standings) { _, own in own })
        Self.say(warnings)
    }

    /// Links learned from imported community ratings. Imported ratings only
    /// add reasons: a damaged file must not block a command, so it is a
    /// warning and no links.
    static func importedCommunity(in dataDirectory: URL) -> (links: CommunityLinks, warnings: [String]) {
        do { return (try CommunityDatabase.links(in: dataDirectory), []) } catch {
            return (.empty, ["ignored: \((error as? StoreError)?.description ?? "\(error)")"])
        }
    }

    /// Problems that did not stop a command, one line each on stderr.
    static func say(_ warnings: [String]) {
        for warning in warnings { FileHandle.standardError.write(Data((SafeText.display("warning: \(warning)") + "\n").utf8)) }
    }

    /// Opens the catalog index for `options` — building it when the catalog
    /// changed, and rebuilding it from the catalog files, once, when it is
    /// found damaged while `load` reads it — and hands it to `load`. Steps go
    /// to `progress`, by default a line on stderr when it is a terminal, which
    /// ends with "Built the catalog index: …" after a build. Every command
    /// opens the catalog here, whether it loads the library or one title.
    static func openCatalog<Loaded>(options: GlobalOptions, progress: ((LoadStep) -> Void)?,
                                    load: (CatalogDatabase) throws -> Loaded) throws
        -> (dataDirectory: URL, catalog: CatalogDatabase, loaded: Loaded) {
        let dataDirectory = try options.usableDataDirectory()
        let files = CatalogFiles(directory: try options.catalogDirectory())
        let line = progress == nil ? ProgressLine.standardError() : .silent
        let report = progress ?? { step in Self.show(step, on: line) }
        defer { line.finish() }
        var built = 0
        let building: (CatalogDatabase.BuildStep) -> Void = { step in
            if case let .writing(_, total) = step { built = total }
            report(.building(step))
        }
        do {
            var catalog: CatalogDatabase
            var loaded: Loaded
            do {
                catalog = try CatalogDatabase.open(in: dataDirectory, files: files, progress: building)
                loaded = try load(catalog)
            } catch where StoreError.fault(of: error) == .damaged {
                catalog = try CatalogDatabase.rebuild(in: dataDirectory, files: files, progress: building)
                loaded = try load(catalog)
            }
            if catalog.wasBuilt {
                line.finish(String(format: "Built the catalog index: %@ titles in %.1f s", Self.grouped(built), line.elapsed))
            }
            return (dataDirectory, catalog, loaded)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }

    /// "Building the catalog index (first start)… 40%" and the like.
    static func describe(_ step: LoadStep) -> (message: String, fraction: Double?) {
        switch step {
        case .building(.reading): ("Building the catalog index: reading the catalog files…", nil)
        case let .building(.writing(done, total)):
            ("Building the catalog index: \(grouped(done)) of \(grouped(total)) titles…", total > 0 ? Double(done) / Double(total) : nil)
        case .loading: ("Loading the catalog and working out moods…", nil)
        }
    }

    static func show(_ step: LoadStep, on line: ProgressLine) {
        // Loading is quick once the index exists: only a build is worth a line.
        guard case .building = step else { return }
        let (message, fraction) = describe(step)
        line.update(message, fraction: fraction, force: step == .building(.reading))
    }

    /// 8800 → "8,800".
    static func grouped(_ number: Int) -> String { NumberText.grouped(number) }

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

    /// Whether watched titles may come back in suggestions, as last set in the browser.
    func rewatches() throws -> Bool {
        try user.rewatches()
    }

    /// The title with this id, or a one-line error naming it.
    static func unknownTitle(_ id: String) -> MarqueeError {
        MarqueeError("unknown title id '\(SafeText.display(id))' (try `marquee search`)")
    }

    func title(_ id: String) throws -> (position: Int, title: Title) {
        guard let position = library.position(of: TitleID(id)) else { throw Self.unknownTitle(id) }
        return (position, library.titles[position])
    }
}
