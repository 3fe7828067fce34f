import ArgumentParser
import Catalog
import CatalogStore

extension MoodStrategy: ExpressibleByArgument {}
extension Audience: ExpressibleByArgument {}

struct MoodCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mood",
        abstract: "Set how you feel and what tonight allows; with no name, show the current setting.",
        discussion: "Moods: \(NamedMood.allCases.map(\.rawValue).joined(separator: ", ")).")

    @Argument(help: "A named mood.")
    var name: String?

    @Option(name: .long, help: "match: titles that feel like you do; lift: steer toward a better mood.")
    var strategy: MoodStrategy?

    // `.unconditional` so that `--time -5` is refused for its sign, not as a missing value.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Minutes available tonight, up to \(Self.longestEvening); 0 for no limit.", valueName: "minutes"))
    var time: Int?

    /// A day: beyond it a time limit means nothing.
    static let longestEvening = 24 * 60

    @Option(name: .customLong("with"), help: "Who is watching: alone, partner, friends, family (grown-ups with children; as safe as kids) or kids.")
    var audience: Audience?

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Let titles you watched come back in suggestions, or with --no-rewatches leave them out (remembered, like the browser's r key).")
    var rewatches: Bool?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if let time, !(0...Self.longestEvening).contains(time) {
            throw ValidationError("--time must be ≥ 0 and at most \(Self.longestEvening) minutes (0 for no limit), got \(time)")
        }
    }

    func run() throws {
        if let name { _ = try NamedMood.parse(name) }
        // Only user.sqlite is read: a setting needs no titles.
        let environment = try StoreEnvironment(options: options)
        var setting = try environment.user.moodSetting() ?? .default
        let changing = name != nil || strategy != nil || time != nil || audience != nil
        if let name, let mood = Mood.named(name) { setting.mood = mood }
        if let strategy { setting.strategy = strategy }
        if let time { setting.minutesAvailable = time == 0 ? nil : time }
        if let audience { setting.audience = audience }
        if changing { try environment.user.saveMoodSetting(setting) }
        if let rewatches { try environment.user.saveRewatches(rewatches) }
        if json {
            try Output.json(MoodSettingJSON(setting))
        } else {
            print("mood: \(setting.summary)")
            if try environment.user.rewatches() { print("rewatches: on (titles you watched may be suggested)") }
        }
    }
}

/// `mood --json` prints the setting as an export stores it.
typealias MoodSettingJSON = MarqueeExport.MoodEntry

extension NamedMood {
    /// The mood with this name, or a one-line usage error naming it and the choices.
    static func parse(_ name: String) throws -> Mood {
        guard let mood = Mood.named(name) else {
            throw UsageError("unknown mood '\(SafeText.display(name))'; moods are \(NamedMood.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return mood
    }
}
