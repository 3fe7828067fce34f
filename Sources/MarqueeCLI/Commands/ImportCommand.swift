import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring your history from Letterboxd, IMDb, Netflix or Trakt, restore an export, or import community ratings.",
        subcommands: [ImportLetterboxdCommand.self, ImportIMDbRatingsCommand.self, ImportNetflixHistoryCommand.self,
                      ImportTraktCommand.self, ImportMarqueeCommand.self, ImportMovieLensCommand.self]
    )
}

/// `marquee import movielens`: community ratings → "people who liked X liked this".
struct ImportMovieLensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "movielens",
        abstract: "Import MovieLens-format ratings and learn which catalog titles go together.",
        discussion: """
            Films are matched to catalog titles by normalised title and year (a year either side \
            when that is unambiguous). Every film, matched or not, trains the model (EASE); the \
            links between matched titles join suggestions. The ratings and links are stored in \
            community.sqlite in the data directory, replacing an earlier import; your own ratings \
            are not touched. See docs/recommender.md.
            """)

    @Option(name: .long, help: "ratings.csv (userId,movieId,rating,timestamp).")
    var ratings: String
    @Option(name: .long, help: "movies.csv (movieId,title,genres).")
    var movies: String
    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    /// What `--json` prints.
    struct Report: Encodable {
        var summary: CommunityDatabase.Summary
        /// The most-rated films that matched no catalog title.
        var unmatched: [String]
    }

    func run() throws {
        let environment = try AppEnvironment(options: options)
        // Big files take a while: say which step is running (on a terminal only).
        let progress = ProgressLine.standardError(json: json)
        defer { progress.finish() }
        progress.update("Reading \(SafeText.display(URL(fileURLWithPath: ratings).lastPathComponent)) and movies…")
        let dataset: CommunityDataset
        do {
            dataset = try MovieLensReader().read(ratings: URL(fileURLWithPath: ratings), movies: URL(fileURLWithPath: movies))
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        progress.update("Matching \(AppEnvironment.grouped(dataset.items.count)) films to catalog titles…")
        let matcher = CommunityTitleMatcher(titles: environment.library.titles)
        var matches: [Int: TitleID] = [:]
        for item in dataset.items { if let title = matcher.match(item) { matches[item.id] = title } }
        progress.update("Learning which titles go together from \(AppEnvironment.grouped(dataset.ratings.count)) ratings…")
        let learned = CommunityModel.learn(from: dataset, matches: matches)
        progress.update("Writing community.sqlite…")
        let summary: CommunityDatabase.Summary
        do {
            summary = try CommunityDatabase.write(dataset: dataset, matches: matches, links: learned.links,
                                                  model: learned.description, in: options.dataDirectory())
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        let unmatched = mostRatedUnmatched(dataset, matches: matches, count: 10)
        progress.finish()
        if json {
            try Output.json(Report(summary: summary, unmatched: unmatched))
            return
        }
        print("Read \(summary.ratings) ratings by \(summary.people) people of \(summary.films) films.")
        print("Matched \(summary.matched) films to catalog titles; the other \(summary.films - summary.matched) still train the model.")
        print("Model: \(summary.model); \(summary.links) links between catalog titles.")
        if !unmatched.isEmpty {
            print("Most-rated films with no catalog title: " + unmatched.map(SafeText.display).joined(separator: "; "))
        }
    }

    private func mostRatedUnmatched(_ dataset: CommunityDataset, matches: [Int: TitleID], count: Int) -> [String] {
        var ratingCounts: [Int: Int] = [:]
        for rating in dataset.ratings where matches[rating.item] == nil { ratingCounts[rating.item, default: 0] += 1 }
        let names = Dictionary(dataset.items.map { item in (item.id, item.year.map { "\(item.title) (\($0))" } ?? item.title) },
                               uniquingKeysWith: { first, _ in first })
        return ratingCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map { names[$0.key] ?? "movie \($0.key)" }
    }
}
