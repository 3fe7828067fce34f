/// One row of a keymap: the keys, what they do, and how help describes it.
public struct KeyBinding<Intent: Hashable & Sendable>: Sendable {
    public var keys: [Key]
    public var intent: Intent
    public var summary: String

    public init(_ keys: [Key], _ intent: Intent, _ summary: String) {
        self.keys = keys
        self.intent = intent
        self.summary = summary
    }
}

/// A titled group of bindings in the help overlay.
public struct HelpSection: Sendable {
    public var title: String
    public var rows: [(keys: String, summary: String)]
}

/// The one table of keys. Input handling looks keys up here and the help
/// overlay is printed from here, so the two cannot disagree.
public enum Keymap {
    public static let main: [KeyBinding<Command>] = [
        KeyBinding([.character("j"), .down], .moveDown, "move down"),
        KeyBinding([.character("k"), .up], .moveUp, "move up"),
        KeyBinding([.character("l"), .right, .tab], .nextPane, "next row / pane"),
        KeyBinding([.character("h"), .left, .backTab], .previousPane, "previous row / pane"),
        KeyBinding([.character("g"), .home], .first, "first"),
        KeyBinding([.character("G"), .end], .last, "last"),
        KeyBinding([.pageDown, .control("d")], .pageDown, "page down"),
        KeyBinding([.pageUp, .control("u")], .pageUp, "page up"),
        KeyBinding([.enter], .open, "open detail"),
        KeyBinding([.escape], .back, "back / clear search"),
        KeyBinding([.character("/")], .search, "search"),
        KeyBinding([.character("f")], .filters, "filters"),
        KeyBinding([.character("o")], .sort, "sort order"),
        KeyBinding([.character("F")], .clearFilters, "clear filters and order"),
        KeyBinding([.character("1")], .rate(1), "rate 1 to 5 stars"),
        KeyBinding([.character("2")], .rate(2), "rate 1 to 5 stars"),
        KeyBinding([.character("3")], .rate(3), "rate 1 to 5 stars"),
        KeyBinding([.character("4")], .rate(4), "rate 1 to 5 stars"),
        KeyBinding([.character("5")], .rate(5), "rate 1 to 5 stars"),
        KeyBinding([.character(">")], .halfStarUp, "half a star more (unrated: ½)"),
        KeyBinding([.character("<")], .halfStarDown, "half a star less"),
        KeyBinding([.character("0")], .clearRating, "clear my rating"),
        KeyBinding([.character("u")], .undo, "undo rating, watchlist or not-for-me"),
        KeyBinding([.character("a")], .toggleWatchlist, "add to / remove from watchlist"),
        KeyBinding([.character("x")], .notForMe, "not for me (hide from suggestions)"),
        KeyBinding([.character("c")], .correctMood, "correct the mood profile"),
        KeyBinding([.character("m")], .moodPicker, "mood picker"),
        KeyBinding([.character("s")], .suggestions, "suggestions for my mood"),
        KeyBinding([.character("[")], .lessDiversity, "less diversity"),
        KeyBinding([.character("]")], .moreDiversity, "more diversity"),
        KeyBinding([.character("!")], .surprise, "surprise me"),
        KeyBinding([.character("r")], .toggleRewatches, "rewatches: let titles you watched back into suggestions"),
        KeyBinding([.character("b")], .browse, "browse"),
        KeyBinding([.character("W")], .watchlist, "watchlist"),
        KeyBinding([.character("R")], .ratings, "my ratings"),
        KeyBinding([.character("X")], .notForMeList, "not-for-me list (x there unhides)"),
        KeyBinding([.character("S")], .stats, "stats: your ratings and suggestions in plots"),
        KeyBinding([.character("?")], .help, "this help"),
        KeyBinding([.character("q")], .quit, "quit (closes an overlay first)"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let searchLine: [KeyBinding<SearchLineCommand>] = [
        KeyBinding([.enter], .accept, "accept and focus results"),
        KeyBinding([.escape], .cancel, "cancel search"),
        KeyBinding([.backspace, .delete], .deleteBackward, "delete a character"),
        KeyBinding([.control("w")], .deleteWord, "delete the word before the cursor"),
        KeyBinding([.control("u")], .deleteToStart, "delete to the start of the line (all of it at the end)"),
        KeyBinding([.left, .control("b")], .cursorLeft, "move the cursor left"),
        KeyBinding([.right, .control("f")], .cursorRight, "move the cursor right"),
        KeyBinding([.control("a"), .home], .cursorToStart, "cursor to the start"),
        KeyBinding([.control("e"), .end], .cursorToEnd, "cursor to the end"),
        KeyBinding([.down, .control("n")], .moveDown, "next result"),
        KeyBinding([.up, .control("p")], .moveUp, "previous result"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let moodPicker: [KeyBinding<MoodPickerCommand>] = [
        KeyBinding([.tab], .nextField, "next field"),
        KeyBinding([.backTab], .previousField, "previous field"),
        KeyBinding([.character("k"), .up], .up, "previous mood / move up on the map / previous field"),
        KeyBinding([.character("j"), .down], .down, "next mood / move down on the map / next field"),
        KeyBinding([.character("h"), .left], .left, "change value / move left on the map"),
        KeyBinding([.character("l"), .right], .right, "change value / move right on the map"),
        KeyBinding([.enter], .apply, "apply and show suggestions"),
        KeyBinding([.escape, .character("q")], .cancel, "cancel"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let filterForm: [KeyBinding<FilterFormCommand>] = [
        KeyBinding([.character("j"), .down, .tab], .nextField, "next filter"),
        KeyBinding([.character("k"), .up, .backTab], .previousField, "previous filter"),
        KeyBinding([.character("h"), .left], .previousValue, "previous choice (genres: previous genre)"),
        KeyBinding([.character("l"), .right], .nextValue, "next choice (genres: next genre)"),
        KeyBinding([.character(" ")], .toggle, "pick or drop the genre under the cursor"),
        KeyBinding([.character("c")], .clearAll, "clear every filter"),
        KeyBinding([.enter], .apply, "apply"),
        KeyBinding([.escape, .character("q")], .cancel, "cancel"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let sortMenu: [KeyBinding<SortMenuCommand>] = [
        KeyBinding([.character("j"), .down], .down, "next order"),
        KeyBinding([.character("k"), .up], .up, "previous order"),
        KeyBinding([.enter], .apply, "apply"),
        KeyBinding([.escape, .character("q"), .character("o")], .cancel, "cancel"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let correction: [KeyBinding<CorrectionCommand>] = [
        KeyBinding([.character("j"), .down], .down, "next tone"),
        KeyBinding([.character("k"), .up], .up, "previous tone"),
        KeyBinding([.character("h"), .left], .less, "less of this tone"),
        KeyBinding([.character("l"), .right], .more, "more of this tone"),
        KeyBinding([.character("0")], .zero, "none of this tone"),
        KeyBinding([.character("r")], .reset, "back to the catalog's profile"),
        KeyBinding([.enter], .save, "save my correction"),
        KeyBinding([.escape, .character("q")], .cancel, "cancel"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let welcome: [KeyBinding<WelcomeCommand>] = [
        KeyBinding([.character("j"), .down], .down, "next title"),
        KeyBinding([.character("k"), .up], .up, "previous title"),
        KeyBinding([.character("1")], .rate(1), "rate the title 1 to 5 stars"),
        KeyBinding([.character("2")], .rate(2), "rate the title 1 to 5 stars"),
        KeyBinding([.character("3")], .rate(3), "rate the title 1 to 5 stars"),
        KeyBinding([.character("4")], .rate(4), "rate the title 1 to 5 stars"),
        KeyBinding([.character("5")], .rate(5), "rate the title 1 to 5 stars"),
        KeyBinding([.character("0")], .clearRating, "clear the rating"),
        KeyBinding([.character("u")], .undo, "undo the last rating"),
        KeyBinding([.character("m")], .moodPicker, "how you feel: the mood picker (Enter there applies)"),
        KeyBinding([.escape, .enter, .character("q")], .close, "start browsing (the welcome does not come back)"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static let help: [KeyBinding<HelpCommand>] = [
        KeyBinding([.character("j"), .down], .scrollDown, "scroll down"),
        KeyBinding([.character("k"), .up], .scrollUp, "scroll up"),
        KeyBinding([.pageDown, .control("d"), .character(" ")], .pageDown, "page down"),
        KeyBinding([.pageUp, .control("u")], .pageUp, "page up"),
        KeyBinding([.character("/")], .find, "find: type to keep only the matching lines (Enter keeps, Esc clears)"),
        KeyBinding([.escape, .character("q"), .character("?")], .close, "close help (Esc clears a find first)"),
        KeyBinding([.control("c")], .forceQuit, "quit at once"),
    ]

    public static func lookup<Intent>(_ key: Key, in table: [KeyBinding<Intent>]) -> Intent? {
        table.first { $0.keys.contains(key) }?.intent
    }

    /// The first key bound to `intent`, as hints print it ("?" when unbound):
    /// every hint on every screen names keys through this, so a rebinding in
    /// config.toml shows everywhere.
    public static func keyName<Intent: Equatable>(_ intent: Intent, in table: [KeyBinding<Intent>]) -> String {
        table.first { $0.intent == intent }?.keys.first?.description ?? "?"
    }

    /// `preferred` when it is among the keys bound to `intent` (Tab says
    /// "into the list" better than `l`), else the first key bound.
    public static func keyName<Intent: Equatable>(_ intent: Intent, in table: [KeyBinding<Intent>], preferring preferred: Key) -> String {
        let keys = table.first { $0.intent == intent }?.keys ?? []
        return keys.contains(preferred) ? preferred.description : keyName(intent, in: table)
    }

    /// The help overlay's content, generated from the tables above.
    public static var helpSections: [HelpSection] { helpSections(main: main) }

    /// Help rows of a table: neighbouring rows that do the same thing share
    /// a line ("1 2 3 4 5  rate 1 to 5 stars").
    static func rows<Intent>(_ table: [KeyBinding<Intent>], where include: (Intent) -> Bool = { _ in true })
        -> [(keys: String, summary: String)] {
        var merged: [(keys: String, summary: String)] = []
        for binding in table where include(binding.intent) {
            let keys = binding.keys.map(\.description).joined(separator: " ")
            if let last = merged.last, last.summary == binding.summary {
                merged[merged.count - 1].keys += " " + keys
            } else {
                merged.append((keys, binding.summary))
            }
        }
        return merged
    }

    /// What a screen's own keys are, for the top of the help: the ones its
    /// hint line names, and the few more it answers to.
    public static func screenCommands(_ screen: Screen) -> [Command] {
        let move: [Command] = [.moveDown, .moveUp, .first, .last, .pageDown, .pageUp, .open]
        let rate: [Command] = [.rate(1), .rate(2), .rate(3), .rate(4), .rate(5), .halfStarUp, .halfStarDown, .clearRating, .undo]
        switch screen {
        case .home:
            return move + [.nextPane, .previousPane, .search, .browse] + rate + [.toggleWatchlist, .notForMe, .moodPicker, .suggestions]
        case .browse:
            return move + [.nextPane, .previousPane, .search, .filters, .sort, .clearFilters] + rate
                + [.toggleWatchlist, .notForMe, .back]
        case .suggestions:
            return move + rate + [.notForMe, .toggleWatchlist, .lessDiversity, .moreDiversity, .surprise, .toggleRewatches,
                                  .moodPicker, .back]
        case .watchlist:
            return move + [.toggleWatchlist] + rate + [.back]
        case .ratings:
            return move + [.sort] + rate + [.back]
        case .hidden:
            return move + [.notForMe, .undo, .back]
        case .stats:
            return [.moveDown, .moveUp, .suggestions, .lessDiversity, .moreDiversity, .back]
        case .detail:
            return rate + [.toggleWatchlist, .notForMe, .correctMood, .moveDown, .moveUp, .nextPane, .previousPane, .open, .back]
        }
    }

    /// The help with the current screen's keys first.
    public static func helpSections(main: [KeyBinding<Command>], screen: Screen) -> [HelpSection] {
        let own = screenCommands(screen)
        let first = HelpSection(title: "On this screen (\(screen.title))", rows: rows(main) { own.contains($0) })
        return [first] + helpSections(main: main)
    }

    /// The same with the person's own main table (config.toml key overrides).
    public static func helpSections(main: [KeyBinding<Command>]) -> [HelpSection] {        let move: Set<Command> = [.moveDown, .moveUp, .nextPane, .previousPane, .first, .last, .pageDown, .pageUp, .open, .back]
        let titles: Set<Command> = [.search, .filters, .sort, .clearFilters, .rate(1), .rate(2), .rate(3), .rate(4), .rate(5),
                                    .halfStarUp, .halfStarDown, .clearRating, .undo, .toggleWatchlist, .notForMe, .correctMood]
        let mood: Set<Command> = [.moodPicker, .suggestions, .lessDiversity, .moreDiversity, .surprise, .toggleRewatches]
        return [
            HelpSection(title: "Move", rows: rows(main) { move.contains($0) }),
            HelpSection(title: "Titles", rows: rows(main) { titles.contains($0) }),
            HelpSection(title: "Mood & suggestions", rows: rows(main) { mood.contains($0) }),
            HelpSection(title: "Screens & app", rows: rows(main) { !move.contains($0) && !titles.contains($0) && !mood.contains($0) }),
            HelpSection(title: "In the search line", rows: [("letters", "type the query; results update as you type")] + rows(searchLine)),
            HelpSection(title: "In the mood picker", rows: rows(moodPicker)),
            HelpSection(title: "In the filters", rows: rows(filterForm)),
            HelpSection(title: "In the sort menu", rows: rows(sortMenu)),
            HelpSection(title: "Correcting a mood profile", rows: rows(correction)),
            HelpSection(title: "In the welcome (first launch)", rows: rows(welcome)),
            HelpSection(title: "In this help", rows: rows(help)),
            HelpSection(title: "Mouse", rows: [
                ("click", "select a title (on home, a row heading opens that row)"),
                ("double-click", "open the title"),
                ("wheel", "scroll the list, the detail pane or this help"),
            ]),
            HelpSection(title: "Your settings", rows: [
                ("config.toml", "theme, colours and your own keys: ~/.config/marquee/config.toml (docs/keymap.md)"),
                ("NO_COLOR", "set it for a monochrome screen"),
            ]),
        ]
    }
}
