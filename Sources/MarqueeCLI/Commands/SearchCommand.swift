import ArgumentParser
import Catalog

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, people and genres, with filters and sorting.",
        discussion: """
            Words match accent- and case-insensitively, each as the start of a word, with small \
            typos forgiven. Without words, the filters alone choose the titles.
            """)

    @Argument(help: "Words to search for.")
    var query: [String] = []

    @OptionGroup var filters: FilterOptions

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
        let text = query.joined(separator: " ")
        let filter = try filters.filter(countries: environment.index.countryNames)
        let request = TitleQuery(text: text, filter: filter, sort: filters.sort)
        let positions = try environment.query.run(request, ratings: try environment.user.ratings(), limit: limit)
        let titles = positions.map { environment.library.titles[$0] }
        if json {
            try Output.json(titles.map(TitleJSON.init))
        } else if titles.isEmpty {
            print("no titles match" + (text.isEmpty ? "" : " '\(SafeText.display(text))'") + (filter.isEmpty ? "" : " with \(filter.summary)"))
        } else {
            titles.forEach { print(Output.line($0)) }
        }
    }
}
