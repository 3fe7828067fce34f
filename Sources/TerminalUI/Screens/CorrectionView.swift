import Catalog
import ViewModel

/// Correcting a title's mood profile: a bar per tone, adjusted in tenths.
enum CorrectionView {
    static func draw(_ correction: CorrectionState, state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let tones = Tone.allCases
        let rect = body.centered(width: min(body.width, 60), height: min(body.height, tones.count + 5))
        let name = state.library.title(correction.id)?.name ?? correction.id.rawValue
        let inner = Box.drawFloating(rect, in: &frame.grid, bounds: body, title: "Mood of \(name)", theme: theme)
        guard inner.height > 0 else { return }
        frame.grid.put("Now: \(correction.original.source.displayName)", x: inner.x + 1, y: inner.y,
                       style: theme.dim, maxWidth: inner.width - 2)
        let nameWidth = 20
        for (index, tone) in tones.enumerated() {
            let y = inner.y + 2 + index
            guard y < inner.maxY - 1 else { break }
            let selected = index == correction.selected
            let weight = correction.tones[tone]
            let label = (selected ? "▸ " : "  ") + tone.adjective
            var line: StyledLine = [Span(label + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(label))), theme.text)]
            line += Bars.spans(value: weight, width: max(4, min(20, inner.width - nameWidth - 8)), theme: theme)
            line.append(Span(" " + DiversityGauge.number(weight), theme.dim))
            frame.grid.put(line, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            if selected { frame.cursor = (inner.x + 1, y) }
        }
        frame.grid.put("h/l adjust · 0 none · r the catalog's · Enter saves", x: inner.x + 1, y: inner.maxY - 1,
                       style: theme.dim, maxWidth: inner.width - 2)
    }
}
