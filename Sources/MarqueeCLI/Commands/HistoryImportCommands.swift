import ArgumentParser
import CatalogStore

// `marquee import SERVICE PATH`: a person's own history from another
// service, or Marquee's own export. The rules are in docs/import-export.md.

private let matchingDiscussion = """
    Each row is matched to a catalog title by folded name (case, accents, punctuation, a leading \
    article and a bracketed qualifier do not count), kind, and year: a film the same year or one \
    either side, a series when its first year is not after the catalog's. Rows that fit no title or \
    several are listed, never guessed. The import is one transaction; importing the same file again \
    changes nothing. See docs/import-export.md.
    """

/// What every history import subcommand is: an input, the shared options, one run.
protocol HistoryImportSubcommand: ParsableCommand {
    static var source: HistorySource { get }
    var input: String { get }
    var importing: HistoryImportOptions { get }
    var options: GlobalOptions { get }
    /// Netflix only: whose ratings to read from an account's Ratings.csv.
    var profile: String? { get }
}

extension HistoryImportSubcommand {
    var profile: String? { nil }

    func run() throws {
        try HistoryImportRun(source: Self.source, path: input, options: importing, global: options, profile: profile).run()
    }
}

struct ImportLetterboxdCommand: HistoryImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "letterboxd",
        abstract: "Import your Letterboxd export: ratings, diary, watched films, watchlist and likes.",
        discussion: "PATH is the export's .zip, its unpacked folder, or any one of its CSV files (recognised by its header). "
            + "Ratings keep their half stars. " + matchingDiscussion)

    @Argument(help: ArgumentHelp("The export .zip, its folder, or one of its CSV files.", valueName: "path"))
    var path: String
    @OptionGroup var importing: HistoryImportOptions
    @OptionGroup var options: GlobalOptions

    static let source = HistorySource.letterboxd
    var input: String { path }
}

struct ImportIMDbRatingsCommand: HistoryImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "imdb-ratings",
        abstract: "Import IMDb's \"Your ratings\" export (or its watchlist export).",
        discussion: "Ten-point ratings become half stars: stars = rating ÷ 2 (10 → 5, 7 → 3½, 1 → ½). "
            + "TV episodes and games are passed over. " + matchingDiscussion)

    @Argument(help: ArgumentHelp("ratings.csv or the watchlist's CSV.", valueName: "file"))
    var file: String
    @OptionGroup var importing: HistoryImportOptions
    @OptionGroup var options: GlobalOptions

    static let source = HistorySource.imdb
    var input: String { file }
}

struct ImportNetflixHistoryCommand: HistoryImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "netflix-history",
        abstract: "Import Netflix viewing activity (NetflixViewingHistory.csv) or its ratings (thumbs).",
        discussion: "Viewings are what you watched, not ratings: they shape your taste and are left out of "
            + "suggestions. Episodes (\"Show: Season 2: …\") count for their series. Thumbs: down → 1, up → 4, "
            + "two up → 5 stars. " + matchingDiscussion)

    @Argument(help: ArgumentHelp("NetflixViewingHistory.csv or Ratings.csv.", valueName: "file"))
    var file: String
    @Option(name: .long, help: ArgumentHelp(
        "Ratings.csv holds every profile of the account: read only this profile's ratings.", valueName: "name"))
    var profile: String?
    @OptionGroup var importing: HistoryImportOptions
    @OptionGroup var options: GlobalOptions

    static let source = HistorySource.netflix
    var input: String { file }
}

struct ImportTraktCommand: HistoryImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "trakt",
        abstract: "Import a Trakt export: watched, ratings and watchlist, films and shows.",
        discussion: "DIR holds watched-movies.json, watched-shows.json, ratings-movies.json, ratings-shows.json, "
            + "watchlist-movies.json and watchlist-shows.json (any of them). Ten-point ratings become half stars "
            + "(rating ÷ 2). " + matchingDiscussion)

    @Argument(help: ArgumentHelp("The export folder, or one of its JSON files.", valueName: "dir"))
    var dir: String
    @OptionGroup var importing: HistoryImportOptions
    @OptionGroup var options: GlobalOptions

    static let source = HistorySource.trakt
    var input: String { dir }
}

struct ImportMarqueeCommand: HistoryImportSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "marquee",
        abstract: "Restore a `marquee export` file: ratings, viewings, watchlist, not-for-me, likes, mood corrections and settings.",
        discussion: "Titles are found by id, or by name, year and kind in a catalog that lacks the id. Dates and "
            + "origins are kept, so export → erase → import → export gives the same file.")

    @Argument(help: ArgumentHelp("The JSON file `marquee export` wrote.", valueName: "file"))
    var file: String
    @OptionGroup var importing: HistoryImportOptions
    @OptionGroup var options: GlobalOptions

    static let source = HistorySource.marquee
    var input: String { file }
}
