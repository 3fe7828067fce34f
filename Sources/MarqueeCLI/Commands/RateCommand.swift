import ArgumentParser
import Catalog

struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate a title from 0.5 to 5 stars in half steps; 0 clears the rating.",
        // Written out: the generated one would show the stars as a list (see `starsArguments`).
        usage: "marquee rate <id> <stars> [--json] [--data-dir <dir>] [--catalog <dir>]")

    @Argument(help: "The title's id.")
    var id: String

    // Collected as "all unrecognized" so that `-1` reaches the check below
    // instead of being read as an option (which said "missing argument").
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Stars: 0.5, 1, 1.5 … 5, or 0 to clear.", valueName: "stars"))
    var starsArguments: [String] = []

    /// Without the `--` a person may type before `-1`.
    var givenStars: [String] { starsArguments.filter { $0 != "--" } }
    var stars: String { givenStars.first ?? "" }

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard givenStars.count == 1 else {
            throw ValidationError("give one number of stars (0.5 to 5 in half steps, or 0 to clear), got "
                                  + (givenStars.isEmpty ? "none" : "'\(SafeText.display(givenStars.joined(separator: " ")))'"))
        }
        if stars.hasPrefix("-"), Self.stars(String(stars.dropFirst())) != nil {
            throw ValidationError("stars must be ≥ 0 (0 clears, else 0.5 to 5 in half steps), got '\(SafeText.display(stars))'")
        }
        guard let value = Self.stars(stars), value == 0 || Rating(stars: value) != nil else {
            throw ValidationError("stars must be 0 (clear) or 0.5 to 5 in half steps, got '\(SafeText.display(stars))'")
        }
    }

    /// Plain decimals only: `Double` would also take 0x4, 4e0, inf and nan.
    static func stars(_ text: String) -> Double? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Double(text)
    }

    func run() throws {
        // The index alone: rating one title must not load them all.
        let environment = try StoreEnvironment(options: options)
        let title = try environment.title(id)
        let rating = Self.stars(stars).flatMap { Rating(stars: $0) }
        try environment.user.setRating(rating, for: title.id)
        // Rated means seen, as in the browser: the title leaves the watchlist.
        let offWatchlist = try rating != nil && environment.user.watchlist().contains(title.id)
        if offWatchlist { try environment.user.setOnWatchlist(false, id: title.id) }
        if json {
            var object = TitleJSON(title)
            object.myRating = .some(rating?.stars)
            if offWatchlist { object.onWatchlist = false }
            try Output.json(object)
        } else if let rating {
            print(SafeText.display("rated \(title.nameAndYear) \(rating.starText)" + (offWatchlist ? " (off your watchlist)" : "")))
        } else {
            print(SafeText.display("cleared your rating of \(title.nameAndYear)"))
        }
    }
}
