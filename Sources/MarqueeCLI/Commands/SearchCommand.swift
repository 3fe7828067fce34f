import ArgumentParser
import Catalog

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, people and genres (accent- and case-insensitive, prefix and small typos).")

    @Argument(help: "Words to search for.")
    var query: [String]

    @Option(name: .long, help: "Most results to print.")
    var limit = 20

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let environment = try AppEnvironment(options: options)
        let positions = try environment.catalog.search(query.joined(separator: " "), limit: limit)
        let titles = positions.map { environment.library.titles[$0] }
        if json {
            try Output.json(titles.map(TitleJSON.init))
        } else if titles.isEmpty {
            print("no titles match '\(SafeText.display(query.joined(separator: " ")))'")
        } else {
            titles.forEach { print(Output.line($0)) }
        }
    }
}
