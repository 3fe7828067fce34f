import ArgumentParser
import Catalog
import Foundation
import Recommender

/// `marquee eval genres`: each named mood's first 20 suggestions, with no
/// ratings, checked against the genre families of docs/moods.md — a smoke
/// check only; the reviewer panel (`eval moods`) is the measure of record.
struct EvalGenresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "genres",
        abstract: "Smoke-check each named mood's suggestions (no ratings) against the genres that suit it.",
        discussion: """
            For every named mood (match, watching alone) and for kids watching, the first 20 \
            suggestions are checked: precision@20 is the share with a genre that suits the mood, \
            and no title may carry a genre that must never appear (for kids: nothing above the \
            kids' maturity ratings). Exits 1 when a row shows a forbidden title or has fewer \
            than 20 suggestions; precision is reported only. The table is in docs/moods.md. The genres cannot \
            see whether a title really suits a mood; `marquee eval moods` judges that against the \
            reviewer panel.
            """)

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Flag(name: .long, help: "List the titles that missed each row's genres.")
    var verbose = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let environment = try AppEnvironment(options: options)
        let results = MoodEvaluation.run(library: environment.library)
        if json {
            try Output.json(results)
        } else {
            print("mood          P@20  forbidden  result")
            for result in results {
                print(result.name.padding(toLength: 12, withPad: " ", startingAt: 0)
                      + String(format: "%6.2f", result.precision20)
                      + String(result.forbidden).leftPadded(to: 11)
                      + "  " + (result.passes ? (result.precision20 >= MoodEvaluation.target ? "ok" : "ok (off-genre titles)") : "FAIL"))
                if result.shown < MoodEvaluation.depth { print("    only \(result.shown) suggestions") }
                let offGenre = verbose ? result.misses : []
                for title in result.offenders { print(SafeText.display("    never here: \(title)")) }
                for title in offGenre { print(SafeText.display("    off-genre: \(title)")) }
            }
            let passed = results.filter(\.passes).count
            print("\(passed) of \(results.count) rows are full with nothing forbidden (precision is shown, not gated: the panel judges fit).")
        }
        let failed = results.filter { !$0.passes }
        if !failed.isEmpty {
            throw MarqueeError("below the mood target: \(failed.map(\.name).joined(separator: ", "))")
        }
    }
}
