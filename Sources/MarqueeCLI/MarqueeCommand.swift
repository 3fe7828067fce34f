import ArgumentParser

/// `marquee`: the TUI with no arguments, data commands otherwise.
public struct MarqueeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "marquee",
        abstract: "Browse a streaming catalog, rate titles and get mood-based suggestions, in the terminal.",
        discussion: """
            With no subcommand Marquee opens the full-screen browser. Everything stays on this \
            machine: ratings, watchlist and mood live in one SQLite file under \
            $XDG_DATA_HOME/marquee (override with --data-dir or MARQUEE_DATA_DIR).
            """,
        version: MarqueeVersion.current,
        subcommands: [
            BrowseCommand.self, SearchCommand.self, ShowCommand.self, RateCommand.self,
            MoodCommand.self, SuggestCommand.self, ImportCommand.self, ExportCommand.self, EraseCommand.self, CatalogCommand.self, EvalCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    public init() {}
}
