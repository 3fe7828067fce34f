import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

/// `marquee eval`: measuring suggestions offline.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure suggestions offline: rankers on ratings data, or the named moods.",
        subcommands: [EvalRatingsCommand.self, EvalMoodsCommand.self, EvalGenresCommand.self],
        defaultSubcommand: EvalRatingsCommand.self)
}

/// `marquee eval [ratings]`: the rankers on MovieLens-format data.
struct EvalRatingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratings",
        abstract: "Measure the rankers offline on MovieLens-format ratings (the default of eval).",
        discussion: """
            Either --ratings F --movies F (a per-user random split) or --train F --test F --movies F.
            Positives are ratings of 4 or more; people with at least 5 positives are tested; every \
            item is ranked, each person's training items excluded. See docs/recommender.md. \
            `marquee eval moods` measures the named moods instead.
            """)

    @Option(name: .long, help: "ratings.csv to split (userId,movieId,rating,timestamp).")
    var ratings: String?
    @Option(name: .long, help: "Training ratings of a given split.")
    var train: String?
    @Option(name: .long, help: "Test ratings of a given split.")
    var test: String?
    @Option(name: .long, help: "movies.csv (movieId,title,genres).")
    var movies: String
    @Option(name: .long, help: "Optional tags.csv (userId,movieId,tag,timestamp).")
    var tags: String?
    @Option(name: .long, help: "Share of each person's ratings held out (with --ratings).")
    var testFraction: Double = 0.2
    @Option(name: .long, help: "Seed of the random split.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Write userId,movieId,rank (top 20 per tested person, Marquee's ranker) to this file.")
    var recsOut: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Diversity dial settings to measure Marquee's ranker at (0…1).")
    var dial: [Double] = EvalRatingsCommand.defaultDialSettings
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    static let defaultDialSettings = [0, 0.1, 0.2, 0.3, 0.5, 0.7]

    /// What `--json` prints.
    struct Report: Encodable {
        var people: Int
        var items: Int
        var rankers: [OfflineEvaluation.Result]
        /// Marquee's ranker re-ranked by each method at each dial setting.
        var dial: [OfflineEvaluation.Result]
    }

    func validate() throws {
        guard (ratings != nil) != (train != nil && test != nil), (train == nil) == (test == nil) else {
            throw ValidationError("give either --ratings, or both --train and --test")
        }
        guard testFraction > 0, testFraction < 1 else { throw ValidationError("--test-fraction must be between 0 and 1") }
        guard dial.allSatisfy({ (0...1).contains($0) }) else { throw ValidationError("--dial settings must be between 0 and 1") }
    }

    func run() throws {
        // Each ranker ranks every item for every person: say how far it has got (on a terminal only).
        let progress = ProgressLine.standardError(json: json)
        defer { progress.finish() }
        progress.update("Reading ratings and movies…")
        let reader = MovieLensReader()
        let url = { (path: String) in URL(fileURLWithPath: path) }
        let split: EvaluationSplit
        let dataset: CommunityDataset
        do {
            let items = try reader.readMovies(url(movies))
            let tagTable = try tags.map { try reader.readTags(url($0)) } ?? [:]
            if let ratings {
                let all = try reader.readRatings(url(ratings))
                split = .random(all, testFraction: testFraction, seed: seed)
                dataset = CommunityDataset(ratings: all, items: items, tags: tagTable)
            } else {
                split = EvaluationSplit(train: try reader.readRatings(url(train!)), test: try reader.readRatings(url(test!)))
                dataset = CommunityDataset(ratings: split.train + split.test, items: items, tags: tagTable)
            }
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        progress.update("Preparing \(AppEnvironment.grouped(dataset.ratings.count)) ratings…")
        let evaluation = OfflineEvaluation(data: InteractionData(dataset: dataset), split: split)
        guard !evaluation.testedUsers.isEmpty else { throw MarqueeError("no one to test: nobody has \(OfflineEvaluation.minimumPositives) positives with one held out") }
        // Marquee's ranker is the last of the standard ones.
        let rankers = evaluation.standardRankers()
        var measured: [(result: OfflineEvaluation.Result, lists: [Int: [Int32]])] = []
        for (number, ranker) in rankers.enumerated() {
            progress.update("Measuring ranker \(number + 1) of \(rankers.count + 1) on \(evaluation.testedUsers.count) people…",
                            fraction: Double(number) / Double(rankers.count + 1))
            let outcome = evaluation.measure(ranker)
            measured.append((outcome.result, outcome.lists))
        }
        let results = measured.map(\.result)
        let marqueeLists = measured.last!.lists
        progress.update("Measuring the diversity dial at \(dial.count) settings…", fraction: Double(rankers.count) / Double(rankers.count + 1))
        let dialRows = evaluation.dialResults(rankers.last!, settings: dial)
        progress.finish()
        if let recsOut { try writeRecommendations(marqueeLists, evaluation: evaluation, to: url(recsOut)) }
        if json {
            try Output.json(Report(people: evaluation.testedUsers.count, items: evaluation.data.itemCount, rankers: results, dial: dialRows))
            return
        }
        print("\(evaluation.testedUsers.count) people tested, \(evaluation.data.itemCount) items ranked")
        printTable(results, heading: "ranker")
        print("")
        print("Marquee's ranker with the diversity dial (top 100 re-ranked; mmr = genre MMR, calibrated = Steck greedy C_KL):")
        printTable(dialRows, heading: "dial")
    }

    private func printTable(_ rows: [OfflineEvaluation.Result], heading: String) {
        print(heading.padding(toLength: 16, withPad: " ", startingAt: 0) + "  HR@10  NDCG@10  Recall@20  Coverage@10  ILD@10  C_KL@10")
        for row in rows {
            print(row.ranker.padding(toLength: 16, withPad: " ", startingAt: 0)
                + [row.hitRate10, row.ndcg10, row.recall20, row.coverage10, row.diversity10, row.calibrationKL10]
                .map { String(format: "%8.4f", $0) }.joined(separator: " "))
        }
    }

    private func writeRecommendations(_ lists: [Int: [Int32]], evaluation: OfflineEvaluation, to url: URL) throws {
        var text = "userId,movieId,rank\n"
        for user in lists.keys.sorted(by: { evaluation.userIDs[$0] < evaluation.userIDs[$1] }) {
            for (rank, item) in lists[user]!.enumerated() {
                text += "\(evaluation.userIDs[user]),\(evaluation.data.items[Int(item)].id),\(rank + 1)\n"
            }
        }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw MarqueeError("\(url.path): cannot write (\(error.localizedDescription))")
        }
    }
}
