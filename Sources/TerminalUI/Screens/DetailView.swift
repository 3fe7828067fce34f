import Catalog
import ViewModel

/// A title's detail, as a full screen or as the pane beside the browse list.
enum DetailView {
    static func drawScreen(_ state: AppState, context: DetailContext, in body: Rect, into frame: inout Frame, theme: Theme) {
        let title = state.library.title(context.id)?.name ?? context.id.rawValue
        let inner = Box.draw(body, in: &frame.grid, title: title, focused: true, theme: theme)
        let textWidth = Viewport.detailScreenTextWidth(width: state.width)
        let textRect = Rect(x: inner.x + 1, y: inner.y, width: min(textWidth, inner.width - 2), height: inner.height)
        let lines = state.detailLines(context)
        drawLines(lines, scroll: context.scroll, in: textRect, into: &frame.grid, theme: theme)
        // The chosen version or similar title is marked and highlighted like a list row.
        let start = min(max(0, context.scroll), max(0, lines.count - textRect.height))
        var cursorRow = textRect.y
        if let chosen = context.chosen, let line = lines.firstIndex(where: { $0.kind.choice == chosen }),
           line >= start, line < start + textRect.height {
            let y = textRect.y + line - start
            frame.grid.put("▸", x: inner.x, y: y, style: theme.accent)
            frame.grid.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: theme.selection)
            cursorRow = y
        }
        if lines.count > inner.height {
            let shown = min(lines.count, context.scroll + inner.height)
            frame.grid.put(" \(shown)/\(lines.count) ", x: body.maxX - 10, y: body.maxY - 1, style: theme.dim)
        }
        frame.cursor = (context.chosen == nil ? textRect.x : inner.x, cursorRow)
    }

    /// The detail pane beside a list (browse and home): the selected title's lines.
    static func drawPane(_ state: AppState, in rect: Rect, focused: Bool, into frame: inout Frame, theme: Theme) {
        let inner = Box.draw(rect, in: &frame.grid, title: "Detail", focused: focused, theme: theme)
        let textRect = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        drawLines(state.detailPaneLines, scroll: state.detailPaneScroll, in: textRect, into: &frame.grid, theme: theme)
        if focused { frame.cursor = (textRect.x, textRect.y) }
    }

    static func drawLines(_ lines: [DetailLine], scroll: Int, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        guard !rect.isEmpty else { return }
        let start = min(max(0, scroll), max(0, lines.count - rect.height))
        for row in 0..<rect.height {
            let index = start + row
            guard index < lines.count else { break }
            grid.put(styled(lines[index], width: rect.width, theme: theme), x: rect.x, y: rect.y + row, maxWidth: rect.width)
        }
    }

    static func styled(_ line: DetailLine, width: Int, theme: Theme) -> StyledLine {
        let labelWidth = DetailDocument.labelWidth
        func label(_ text: String) -> Span {
            Span(text + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(text))), theme.label)
        }
        switch line.kind {
        case .title: return [Span(line.text, theme.strong)]
        case .facts: return [Span(line.text, theme.dim)]
        case .genres: return [Span(line.text, theme.accent)]
        case .blank: return []
        case .reason: return [Span(line.text, theme.reason)]
        case .section: return [Span(line.text, theme.label)]
        case .version, .similar: return [Span("  " + line.text, theme.text)]
        case .logline: return [Span(line.text, theme.text)]
        case .badge: return [Span(line.text, theme.outsideUsual)]
        case let .field(name): return [label(name), Span(line.text, theme.text)]
        case let .stars(rating):
            return [label("My rating"), Span(line.text, rating == nil ? theme.dim : theme.stars)]
        case let .tone(_, weight):
            let nameWidth = 21
            let name = "  " + line.text
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            return [Span(padded, theme.text)] + Bars.spans(value: weight, width: max(4, min(16, width - nameWidth - 1)), theme: theme)
        }
    }
}
