import Catalog
import ViewModel

/// Stats: star histogram, ratings by genre, the mood map of rated titles,
/// and the variety of the current suggestions, as one scrolling page.
enum StatsView {
    static func draw(_ state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let inner = Box.draw(body, in: &frame.grid, title: "Stats", focused: true, theme: theme)
        let width = min(Viewport.statsTextWidth(width: state.width), inner.width - 2)
        let lines = state.statsLines
        let start = min(max(0, state.statsScroll), max(0, lines.count - inner.height))
        for row in 0..<inner.height {
            let index = start + row
            guard index < lines.count else { break }
            frame.grid.put(styled(lines[index], width: width, theme: theme), x: inner.x + 1, y: inner.y + row, maxWidth: width)
        }
        if lines.count > inner.height {
            frame.grid.put(" \(min(lines.count, start + inner.height))/\(lines.count) ", x: body.maxX - 10, y: body.maxY - 1,
                           style: theme.dim)
        }
        frame.cursor = (inner.x + 1, inner.y)
    }

    static func styled(_ line: StatsLine, width: Int, theme: Theme) -> StyledLine {
        switch line.kind {
        case .heading: return [Span(line.text, theme.paneTitle)]
        case .text: return [Span(line.text, theme.text)]
        case .blank: return []
        case let .map(text): return [Span(text, theme.mapMood)]
        case let .bar(label, value, figure):
            let labelWidth = StatsDocument.labelWidth
            var name = label
            if DisplayWidth.of(name) > labelWidth - 1 {
                while DisplayWidth.of(name) > labelWidth - 2, !name.isEmpty { name.removeLast() }
                name += "…"
            }
            let padded = name + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(name)))
            let barWidth = max(4, min(30, width - labelWidth - DisplayWidth.of(figure) - 2))
            return [Span(padded, label.hasPrefix("★") ? theme.stars : theme.label)]
                + Bars.spans(value: value, width: barWidth, theme: theme) + [Span(" " + figure, theme.dim)]
        }
    }
}
