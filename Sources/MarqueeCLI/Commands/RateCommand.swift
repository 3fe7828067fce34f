import ArgumentParser
import Catalog

struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate a title from 0.5 to 5 stars in half steps; 0 clears the rating.")

    @Argument(help: "The title's id.")
    var id: String

    @Argument(help: "Stars: 0.5, 1, 1.5 … 5, or 0 to clear.")
    var stars: String

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard let value = Double(stars), value == 0 || Rating(stars: value) != nil else {
            throw ValidationError("stars must be 0 (clear) or 0.5 to 5 in half steps, got '\(stars)'")
        }
    }

    func run() throws {
        let environment = try AppEnvironment(options: options)
        let (_, title) = try environment.title(id)
        let rating = Double(stars).flatMap { Rating(stars: $0) }
        try environment.user.setRating(rating, for: title.id)
        if json {
            var object = TitleJSON(title)
            object.myRating = .some(rating?.stars)
            try Output.json(object)
        } else if let rating {
            print(SafeText.display("rated \(title.name) (\(title.year)) \(rating.starText)"))
        } else {
            print(SafeText.display("cleared your rating of \(title.name) (\(title.year))"))
        }
    }
}
