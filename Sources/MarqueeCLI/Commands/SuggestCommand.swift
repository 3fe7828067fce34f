import ArgumentParser
import Catalog
import Recommender
import Runtime

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest titles for your current mood (or --mood), each with the reason it is there.")

    @Option(name: .long, help: "Use this mood instead of the saved one (not saved).")
    var mood: String?

    @Option(name: .long, parsing: .unconditional, help: "How many suggestions (up to \(Self.mostSuggestions)).")
    var limit = 10

    /// As deep as `eval moods --depth` judges; the diversity pass grows with the square of the limit.
    static let mostSuggestions = 200

    @Option(name: .long, parsing: .unconditional,
            help: "Diversity from 0 (most relevant) to 1 (most varied); without it, the dial as last set in the browser.")
    var diversity: Float?

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Let titles you watched or rated 3 stars or more come back (--no-rewatches: leave them out); without either, as last set in the browser (off at first).")
    var rewatches: Bool?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard (1...Self.mostSuggestions).contains(limit) else {
            throw ValidationError("--limit must be ≥ 1 and at most \(Self.mostSuggestions), got \(limit)")
        }
        if let diversity, !(0...1).contains(diversity) { throw ValidationError("--diversity must be ≥ 0 and at most 1, got \(diversity)") }
    }

    func run() throws {
        let override = try mood.map(NamedMood.parse)
        let environment = try AppEnvironment(options: options)
        var setting = try environment.moodSetting()
        if let override { setting.mood = override }
        let request = Recommender.Request(setting: setting, diversity: try diversity ?? environment.diversity(), limit: limit,
                                          rewatches: try rewatches ?? environment.rewatches())
        let suggestions = Recommender(library: environment.library, community: environment.community).suggest(request, signals: try environment.signals())
        if json {
            try Output.json(suggestions.map { suggestion in
                var object = TitleJSON(environment.library.titles[suggestion.position])
                object.score = (suggestion.score * 1000).rounded() / 1000
                object.reason = suggestion.reason
                object.outsideUsual = suggestion.isOutsideUsual
                return object
            })
            return
        }
        print("For \(setting.summary)\(request.rewatches ? " · rewatches on" : ""):")
        for (rank, suggestion) in suggestions.enumerated() {
            let title = environment.library.titles[suggestion.position]
            print(SafeText.display("\(rank + 1). \(title.nameAndYear) [\(title.id)]"))
            print(SafeText.display("   \(suggestion.reason)"))
        }
    }
}
