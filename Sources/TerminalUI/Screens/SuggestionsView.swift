import Catalog
import ViewModel

/// "For you": ranked titles, each with the reason it is there, under the
/// diversity gauge.
enum SuggestionsView {
    static func draw(_ state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        func key(_ command: Command) -> String { Keymap.keyName(command, in: state.keymap) }
        let items = state.suggestions.items
        let counter = state.suggestions.waitingFor != nil ? "updating…"
            : items.isEmpty ? "0" : "\(state.suggestions.list.selection + 1)/\(items.count)"
        let inner = Box.draw(body, in: &frame.grid, title: "For you · \(state.moodSetting.mood.displayName)",
                             trailing: counter, focused: true, theme: theme)
        let rewatches = state.suggestions.rewatches
        let gauge: StyledLine = [
            Span("Diversity ", theme.label),
            Span(DiversityGauge.text(state.suggestions.diversity), theme.bar),
            Span("   \(key(.lessDiversity)) less  \(key(.moreDiversity)) more  \(key(.surprise)) surprise me", theme.dim),
            // Whether watched titles may be in the list, which the list cannot show by itself.
            Span("  \(key(.toggleRewatches)) ", theme.dim),
            Span(rewatches ? "rewatches on" : "rewatches off", rewatches ? theme.accent : theme.dim),
        ]
        frame.grid.put(gauge, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2)
        if items.isEmpty && state.suggestions.waitingFor != nil {
            frame.grid.put("Finding titles for your mood…", x: inner.x + 1, y: inner.y + 2, style: theme.dim, maxWidth: inner.width - 2)
            return
        }
        if items.isEmpty {
            frame.grid.put("Nothing fits tonight's limits. Press \(key(.moodPicker)) to change mood, time or company.",
                           x: inner.x + 1, y: inner.y + 2, style: theme.dim, maxWidth: inner.width - 2)
            return
        }
        let rankWidth = String(items.count).count + 1
        for row in 0..<Viewport.visibleItems(state) {
            let index = state.suggestions.list.offset + row
            guard index < items.count else { break }
            let y = inner.y + 2 + row * 2
            guard y + 1 < inner.maxY else { break }
            let suggestion = items[index]
            let title = state.library.titles[suggestion.position]
            let rank = String(index + 1)
            let prefix = String(repeating: " ", count: rankWidth - rank.count) + rank + " "
            let selected = index == state.suggestions.list.selection
            TitleRow.draw(title, state: state, x: inner.x, y: y, width: inner.width, selected: selected, focused: true,
                          into: &frame.grid, theme: theme, prefix: prefix)
            var reason: StyledLine = [Span(String(repeating: " ", count: rankWidth + 1), theme.dim)]
            for (number, phrase) in suggestion.phrases.enumerated() {
                if number > 0 { reason.append(Span(" · ", theme.dim)) }
                reason.append(Span(phrase.text, phrase.kind == .outsideUsual ? theme.outsideUsual : theme.reason))
            }
            frame.grid.put(reason, x: inner.x + 1, y: y + 1, maxWidth: inner.width - 2)
            if selected { frame.cursor = (inner.x, y) }
        }
    }
}
