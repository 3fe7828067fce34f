import ArgumentParser
import Catalog
import Foundation

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
            MoodCommand.self, SuggestCommand.self, HiddenCommand.self, ImportCommand.self, ExportCommand.self, EraseCommand.self, CatalogCommand.self, EvalCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    public init() {}

    /// ArgumentParser's `main`, except that the message it prints goes
    /// through `SafeText` (errors echo arguments and config text, which must
    /// not reach the terminal raw: `rate ID $'\e]0;pwned\a'`), and that a
    /// `UsageError` exits 64 (the parser gives every error type it does not
    /// know exit status 1).
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UsageError {
            FileHandle.standardError.write(Data((SafeText.displayLines("Error: \(error.description)") + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            let code = exitCode(for: error)
            let text = SafeText.displayLines(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success { print(text) } else { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
