import Catalog
import ViewModel

/// Bottom line: the last message, or key hints for where you are. Hints
/// take their keys from the keymap, so they always name the right key.
enum StatusBarView {
    struct Hint {
        var keys: String
        var label: String
    }

    static func draw(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let y = state.height - 1
        if let status = state.status {
            grid.put(status.text, x: 1, y: y, style: status.kind == .error ? theme.error : theme.text,
                     maxWidth: state.width - 2)
            return
        }
        var line: StyledLine = []
        for (index, hint) in hints(for: state).enumerated() {
            if index > 0 { line.append(Span("  ", theme.dim)) }
            line.append(Span(hint.keys, theme.keyHint))
            line.append(Span(" " + hint.label, theme.dim))
        }
        grid.put(line, x: 1, y: y, maxWidth: state.width - 2)
    }

    static func key(_ command: Command) -> String {
        Keymap.main.first { $0.intent == command }?.keys.first?.description ?? "?"
    }

    static func key<Intent>(_ intent: Intent, in table: [KeyBinding<Intent>]) -> String {
        table.first { $0.intent == intent }?.keys.first?.description ?? "?"
    }

    static func hints(for state: AppState) -> [Hint] {
        let move = Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: "move")
        let rate = Hint(keys: "\(key(.rate(1)))-\(key(.rate(5)))", label: "rate")
        let help = Hint(keys: key(.help), label: "help")
        let back = Hint(keys: key(.back), label: "back")
        switch state.overlay {
        case .help:
            return [Hint(keys: "\(key(.scrollDown, in: Keymap.help))/\(key(.scrollUp, in: Keymap.help))", label: "scroll"),
                    Hint(keys: key(.close, in: Keymap.help), label: "close")]
        case .moodPicker:
            return [Hint(keys: key(.nextField, in: Keymap.moodPicker), label: "next field"),
                    Hint(keys: "\(key(.down, in: Keymap.moodPicker))/\(key(.up, in: Keymap.moodPicker))", label: "choose"),
                    Hint(keys: "\(key(.left, in: Keymap.moodPicker))/\(key(.right, in: Keymap.moodPicker))", label: "change"),
                    Hint(keys: key(.apply, in: Keymap.moodPicker), label: "apply"),
                    Hint(keys: key(.cancel, in: Keymap.moodPicker), label: "cancel")]
        case nil:
            break
        }
        if state.search.isEditing {
            return [Hint(keys: "type", label: "to search"),
                    Hint(keys: "\(key(.moveDown, in: Keymap.searchLine))/\(key(.moveUp, in: Keymap.searchLine))", label: "results"),
                    Hint(keys: key(.accept, in: Keymap.searchLine), label: "accept"),
                    Hint(keys: key(.cancel, in: Keymap.searchLine), label: "cancel")]
        }
        switch state.screen {
        case .browse:
            var hints = [move, Hint(keys: key(.open), label: "open"), Hint(keys: key(.search), label: "search"), rate,
                         Hint(keys: key(.moodPicker), label: "mood"),
                         Hint(keys: key(.suggestions), label: "for you"), help, Hint(keys: key(.quit), label: "quit")]
            if state.search.results != nil { hints.insert(Hint(keys: key(.back), label: "clear search"), at: 3) }
            return hints
        case .suggestions:
            return [move, Hint(keys: key(.open), label: "detail"), rate, Hint(keys: key(.notForMe), label: "not for me"),
                    Hint(keys: "\(key(.lessDiversity)) \(key(.moreDiversity))", label: "diversity"),
                    Hint(keys: key(.surprise), label: "surprise"), Hint(keys: key(.moodPicker), label: "mood"), back, help]
        case .watchlist:
            return [move, Hint(keys: key(.open), label: "open"), Hint(keys: key(.toggleWatchlist), label: "remove"), rate, back, help]
        case .ratings:
            return [move, Hint(keys: key(.open), label: "open"), rate, Hint(keys: key(.clearRating), label: "clear"),
                    Hint(keys: key(.undo), label: "undo"), back, help]
        case .detail:
            return [rate, Hint(keys: key(.clearRating), label: "clear"), Hint(keys: key(.undo), label: "undo"),
                    Hint(keys: key(.toggleWatchlist), label: "watchlist"), Hint(keys: key(.notForMe), label: "not for me"),
                    Hint(keys: "\(key(.moveDown))/\(key(.moveUp))", label: "scroll"), back, help]
        }
    }
}
