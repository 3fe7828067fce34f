import Catalog
import ViewModel

/// Bottom line: the last message, or key hints for where you are. Hints
/// take their keys from the keymap, so they always name the right key.
/// When the line is too narrow, hints are dropped from the end, but the
/// pinned ones (help, quit, back, and an overlay's apply and cancel) always show.
enum StatusBarView {
    struct Hint {
        var keys: String
        var label: String
        var pinned = false

        var width: Int { DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) }
    }

    static let separator = "  "

    static func draw(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let y = state.height - 1
        if let status = state.status {
            grid.put(status.text, x: 1, y: y, style: status.kind == .error ? theme.error : theme.text,
                     maxWidth: state.width - 2)
            return
        }
        let available = state.width - 2
        let hints = hints(for: state)
        var used = 0
        // While filters or an order shape the list, say so first, in the room the pinned hints leave.
        if state.overlay == nil, !state.search.isEditing, !state.search.filter.isEmpty || state.search.sort != .relevance {
            var parts: [String] = []
            if !state.search.filter.isEmpty { parts.append("Filter: " + state.search.filter.summary) }
            if state.search.sort != .relevance { parts.append("Order: " + state.search.sort.displayName) }
            let prefix: StyledLine = [Span(parts.joined(separator: " · "), theme.accent),
                                      Span("  \(Self.key(.clearFilters, in: state.keymap))", theme.keyHint),
                                      Span(" clears   ", theme.dim)]
            let room = max(0, available - width(of: hints.filter(\.pinned)))
            let whole = prefix.map { DisplayWidth.of($0.text) }.reduce(0, +)
            // A cut summary keeps a gap before the hints.
            used = whole <= room ? grid.put(prefix, x: 1, y: y, maxWidth: room)
                : grid.put(prefix, x: 1, y: y, maxWidth: max(0, room - DisplayWidth.of(separator))) + DisplayWidth.of(separator)
        }
        var line: StyledLine = []
        for (index, hint) in fitted(hints, width: available - used).enumerated() {
            if index > 0 { line.append(Span(separator, theme.dim)) }
            line.append(Span(hint.keys, theme.keyHint))
            line.append(Span(" " + hint.label, theme.dim))
        }
        grid.put(line, x: 1 + used, y: y, maxWidth: available - used)
    }

    static func width(of hints: [Hint]) -> Int {
        hints.map(\.width).reduce(0, +) + DisplayWidth.of(separator) * max(0, hints.count - 1)
    }

    /// Drops unpinned hints from the end until the rest fit; pinned ones stay.
    static func fitted(_ hints: [Hint], width available: Int) -> [Hint] {
        var kept = hints
        while width(of: kept) > available, let last = kept.lastIndex(where: { !$0.pinned }) {
            kept.remove(at: last)
        }
        return kept
    }

    static func key<Intent: Equatable>(_ intent: Intent, in table: [KeyBinding<Intent>]) -> String {
        Keymap.keyName(intent, in: table)
    }

    static func hints(for state: AppState) -> [Hint] {
        // The person's own keys, after config.toml.
        let key = { (command: Command) in Self.key(command, in: state.keymap) }
        let move = Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: "move")
        let rate = Hint(keys: "\(key(.rate(1)))-\(key(.rate(5)))", label: "rate")
        let help = Hint(keys: key(.help), label: "help", pinned: true)
        let quit = Hint(keys: key(.quit), label: "quit", pinned: true)
        let back = Hint(keys: key(.back), label: "back", pinned: true)
        switch state.overlay {
        case .help:
            if state.helpFind.isEditing {
                return [Hint(keys: "type", label: "to find"), Hint(keys: "Enter", label: "keep", pinned: true),
                        Hint(keys: "Esc", label: "clear", pinned: true)]
            }
            return [Hint(keys: "\(Self.key(.scrollDown, in: Keymap.help))/\(Self.key(.scrollUp, in: Keymap.help))", label: "scroll"),
                    Hint(keys: Self.key(.find, in: Keymap.help), label: "find", pinned: true),
                    Hint(keys: Self.key(.close, in: Keymap.help), label: state.helpFind.query.isEmpty ? "close" : "clear find",
                         pinned: true)]
        case .moodPicker:
            return [Hint(keys: Self.key(.nextField, in: Keymap.moodPicker), label: "next field"),
                    Hint(keys: "\(Self.key(.down, in: Keymap.moodPicker))/\(Self.key(.up, in: Keymap.moodPicker))", label: "choose"),
                    Hint(keys: "\(Self.key(.left, in: Keymap.moodPicker))/\(Self.key(.right, in: Keymap.moodPicker))", label: "change"),
                    Hint(keys: Self.key(.apply, in: Keymap.moodPicker), label: "apply", pinned: true),
                    Hint(keys: Self.key(.cancel, in: Keymap.moodPicker), label: "cancel", pinned: true)]
        case .filters:
            let table = Keymap.filterForm
            return [Hint(keys: "\(Self.key(.nextField, in: table))/\(Self.key(.previousField, in: table))", label: "filter"),
                    Hint(keys: "\(Self.key(.previousValue, in: table))/\(Self.key(.nextValue, in: table))", label: "change"),
                    Hint(keys: Self.key(.toggle, in: table), label: "pick genre"),
                    Hint(keys: Self.key(.clearAll, in: table), label: "clear all"),
                    Hint(keys: Self.key(.apply, in: table), label: "apply", pinned: true), Hint(keys: Self.key(.cancel, in: table), label: "cancel", pinned: true)]
        case .sortMenu:
            let table = Keymap.sortMenu
            return [Hint(keys: "\(Self.key(.down, in: table))/\(Self.key(.up, in: table))", label: "choose"),
                    Hint(keys: Self.key(.apply, in: table), label: "apply", pinned: true), Hint(keys: Self.key(.cancel, in: table), label: "cancel", pinned: true)]
        case .correction:
            let table = Keymap.correction
            return [Hint(keys: "\(Self.key(.down, in: table))/\(Self.key(.up, in: table))", label: "tone"),
                    Hint(keys: "\(Self.key(.less, in: table))/\(Self.key(.more, in: table))", label: "adjust"),
                    Hint(keys: Self.key(.reset, in: table), label: "catalog's"),
                    Hint(keys: Self.key(.save, in: table), label: "save", pinned: true), Hint(keys: Self.key(.cancel, in: table), label: "cancel", pinned: true)]
        case .welcome:
            let table = Keymap.welcome
            return [Hint(keys: "\(Self.key(.down, in: table))/\(Self.key(.up, in: table))", label: "title"),
                    Hint(keys: "\(Self.key(.rate(1), in: table))-\(Self.key(.rate(5), in: table))", label: "rate", pinned: true),
                    Hint(keys: Self.key(.moodPicker, in: table), label: "mood", pinned: true),
                    Hint(keys: Self.key(.close, in: table), label: "start", pinned: true)]
        case nil:
            break
        }
        if state.search.isEditing {
            return [Hint(keys: "type", label: "to search"),
                    Hint(keys: "\(Self.key(.moveDown, in: Keymap.searchLine))/\(Self.key(.moveUp, in: Keymap.searchLine))", label: "results"),
                    Hint(keys: Self.key(.accept, in: Keymap.searchLine), label: "accept"),
                    Hint(keys: Self.key(.cancel, in: Keymap.searchLine), label: "cancel", pinned: true)]
        }
        switch state.screen {
        case .home:
            return [move, Hint(keys: "\(key(.previousPane))/\(key(.nextPane))", label: "row"), Hint(keys: key(.open), label: "open"),
                    Hint(keys: key(.search), label: "search"), Hint(keys: key(.browse), label: "browse"), rate,
                    Hint(keys: key(.moodPicker), label: "mood"), Hint(keys: key(.suggestions), label: "for you"), help, quit]
        case .browse:
            var hints = [move, Hint(keys: key(.open), label: "open"), Hint(keys: key(.search), label: "search"),
                         Hint(keys: key(.filters), label: "filter"), Hint(keys: key(.sort), label: "sort"), rate,
                         Hint(keys: key(.moodPicker), label: "mood"),
                         Hint(keys: key(.suggestions), label: "for you"), help, quit]
            if state.search.titleQuery.hasText { hints.insert(Hint(keys: key(.back), label: "clear search"), at: 3) }
            return hints
        case .suggestions:
            return [move, Hint(keys: key(.open), label: "detail"), rate, Hint(keys: key(.notForMe), label: "not for me"),
                    Hint(keys: "\(key(.lessDiversity)) \(key(.moreDiversity))", label: "diversity"),
                    Hint(keys: key(.surprise), label: "surprise"), Hint(keys: key(.moodPicker), label: "mood"),
                    Hint(keys: key(.toggleRewatches), label: "rewatches"), back, help, quit]
        case .watchlist:
            return [move, Hint(keys: key(.open), label: "open"), Hint(keys: key(.toggleWatchlist), label: "remove"), rate, back, help, quit]
        case .ratings:
            return [move, Hint(keys: key(.open), label: "open"), rate, Hint(keys: key(.sort), label: "order"),
                    Hint(keys: key(.clearRating), label: "clear"),
                    Hint(keys: key(.undo), label: "undo"), back, help, quit]
        case .hidden:
            return [move, Hint(keys: key(.open), label: "open"), Hint(keys: key(.notForMe), label: "unhide"),
                    Hint(keys: key(.undo), label: "undo"), back, help, quit]
        case .stats:
            return [Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: "scroll"), Hint(keys: key(.suggestions), label: "for you"),
                    Hint(keys: "\(key(.lessDiversity)) \(key(.moreDiversity))", label: "diversity"), back, help, quit]
        case let .detail(context):
            if let chosen = context.chosen {
                let what = if case .version = chosen { "version" } else { "similar title" }
                return [Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: what), Hint(keys: key(.open), label: "open it"),
                        Hint(keys: Keymap.keyName(Command.previousPane, in: state.keymap, preferring: .backTab), label: "back to text"),
                        rate, back, help, quit]
            }
            return [rate, Hint(keys: key(.clearRating), label: "clear"), Hint(keys: key(.undo), label: "undo"),
                    Hint(keys: key(.toggleWatchlist), label: "watchlist"), Hint(keys: key(.notForMe), label: "not for me"),
                    Hint(keys: key(.correctMood), label: "correct mood"),
                    Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: "scroll"),
                    Hint(keys: Keymap.keyName(Command.nextPane, in: state.keymap, preferring: .tab),
                         label: context.versions.isEmpty ? "similar titles" : "versions"), back, help, quit]
        }
    }
}
