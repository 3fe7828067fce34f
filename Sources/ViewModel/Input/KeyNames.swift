/// Keys and commands by the names a config file uses.
extension Key {
    /// "j", "G", "Space", "Ctrl-d", "Enter", "Esc", "Tab", "Shift-Tab", "Up", "↑", "PgDn"…
    /// (the spellings of help, plus plain-ASCII ones for arrows).
    public init?(name: String) {
        let named: [String: Key] = [
            "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "shift-tab": .backTab, "backspace": .backspace, "delete": .delete, "del": .delete,
            "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right,
            "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        ]
        if let key = named[name.lowercased()] {
            self = key
        } else if name.lowercased().hasPrefix("ctrl-"), name.count == 6, let letter = name.last?.lowercased().first,
                  letter.isASCII, letter.isLetter {
            self = .control(letter)
        } else if name.count == 1, let character = name.first, !character.isWhitespace,
                  character.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value != 127 }) {
            self = .character(character)
        } else {
            return nil
        }
    }
}

extension Command {
    /// The name a config file's `[keys]` table uses; nil for Ctrl-C's quit,
    /// which always works and cannot be moved.
    public var configName: String? {
        switch self {
        case .moveDown: "move-down"
        case .moveUp: "move-up"
        case .nextPane: "next-pane"
        case .previousPane: "previous-pane"
        case .first: "first"
        case .last: "last"
        case .pageDown: "page-down"
        case .pageUp: "page-up"
        case .open: "open"
        case .back: "back"
        case .search: "search"
        case .filters: "filters"
        case .sort: "sort"
        case .clearFilters: "clear-filters"
        case .correctMood: "correct-mood"
        case let .rate(stars): "rate-\(stars)"
        case .halfStarUp: "half-star-up"
        case .halfStarDown: "half-star-down"
        case .clearRating: "clear-rating"
        case .undo: "undo"
        case .toggleWatchlist: "toggle-watchlist"
        case .notForMe: "not-for-me"
        case .moodPicker: "mood-picker"
        case .suggestions: "suggestions"
        case .lessDiversity: "less-diversity"
        case .moreDiversity: "more-diversity"
        case .surprise: "surprise"
        case .toggleRewatches: "toggle-rewatches"
        case .browse: "browse"
        case .watchlist: "watchlist"
        case .ratings: "ratings"
        case .notForMeList: "not-for-me-list"
        case .stats: "stats"
        case .help: "help"
        case .quit: "quit"
        case .forceQuit: nil
        }
    }

    /// Every command a config file may bind, by name.
    public static let configurable: [String: Command] = Dictionary(
        uniqueKeysWithValues: Keymap.main.compactMap { binding in binding.intent.configName.map { ($0, binding.intent) } })
}

extension Keymap {
    /// Why a set of key overrides cannot be used.
    public enum OverrideError: Error, Equatable, CustomStringConvertible {
        /// The same key would do two things.
        case clash(Key, String, String)
        /// Ctrl-C must always quit.
        case reserved(Key)

        public var description: String {
            switch self {
            case let .clash(key, first, second): "\(key) would be bound to both \(first) and \(second); give the other one new keys too"
            case let .reserved(key): "\(key) always quits and cannot be bound"
            }
        }
    }

    /// The main table with some commands' keys replaced. A replaced command
    /// loses its old keys; a key taken from another command must be given up
    /// there too, or the override is refused.
    public static func main(overriding overrides: [Command: [Key]]) throws(OverrideError) -> [KeyBinding<Command>] {
        var table = main
        for index in table.indices {
            if let keys = overrides[table[index].intent] { table[index].keys = keys }
        }
        var owner: [Key: String] = [:]
        for binding in table {
            for key in binding.keys {
                if key == .control("c") && binding.intent != .forceQuit { throw .reserved(key) }
                let name = binding.intent.configName ?? "quit at once"
                if let first = owner[key], first != name { throw .clash(key, first, name) }
                owner[key] = name
            }
        }
        return table
    }
}
