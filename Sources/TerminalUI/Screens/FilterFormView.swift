import Catalog
import ViewModel

/// The filter form: one row per filter; the genres row shows every genre
/// as a chip with the cursor on one of them.
enum FilterFormView {
    static func draw(_ form: FilterFormState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let height = body.height <= 24 ? body.height : min(body.height, FilterFormState.Field.allCases.count * 2 + 5)
        let rect = body.centered(width: body.width <= 90 ? body.width : 84, height: height)
        let inner = Box.drawFloating(rect, in: &frame.grid, bounds: body, title: "Filters", trailing: "Enter applies", theme: theme)
        guard inner.height > 0 else { return }
        let labelWidth = 11
        var y = inner.y
        for field in FilterFormState.Field.allCases {
            guard y < inner.maxY - 1 else { break }
            let focused = form.field == field
            frame.grid.put(field.label, x: inner.x + 1, y: y, style: focused ? theme.paneTitle : theme.label, maxWidth: labelWidth)
            let x = inner.x + 1 + labelWidth
            let width = inner.maxX - x - 1
            if field == .genres {
                drawGenres(form, focused: focused, x: x, y: y, width: width, into: &frame, theme: theme)
            } else {
                let value = "‹ \(form.valueLabel(field)) ›"
                frame.grid.put(value, x: x, y: y, style: focused ? theme.selection : theme.text, maxWidth: width)
                if focused { frame.cursor = (x, y) }
            }
            y += inner.height >= FilterFormState.Field.allCases.count * 2 + 1 ? 2 : 1
        }
        let summary = form.filter.isEmpty ? "No filters: every title." : "Shows: " + form.filter.summary
        frame.grid.put(summary, x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, maxWidth: inner.width - 2)
    }

    /// Genre chips from the cursor's neighbourhood, chosen ones marked ✓.
    private static func drawGenres(_ form: FilterFormState, focused: Bool, x: Int, y: Int, width: Int,
                                   into frame: inout Frame, theme: Theme) {
        let genres = Genre.allCases
        var chips: [(text: String, index: Int)] = genres.enumerated().map { index, genre in
            ((form.filter.genres.contains(genre) ? "✓" : "·") + genre.displayName, index)
        }
        // Start early enough that the cursor's chip is on screen.
        var start = 0
        while start < form.genreCursor {
            let used = chips[start...form.genreCursor].reduce(0) { $0 + DisplayWidth.of($1.text) + 1 }
            if used <= width { break }
            start += 1
        }
        chips = Array(chips[start...])
        var column = x
        if start > 0 { column += frame.grid.put("…", x: column, y: y, style: theme.dim) }
        for chip in chips {
            let chipWidth = DisplayWidth.of(chip.text)
            guard column + chipWidth < x + width else {
                frame.grid.put("…", x: column, y: y, style: theme.dim)
                break
            }
            let chosen = form.filter.genres.contains(genres[chip.index])
            let underCursor = focused && chip.index == form.genreCursor
            let style = underCursor ? theme.selection : chosen ? theme.accent : theme.dim
            frame.grid.put(chip.text, x: column, y: y, style: style)
            if underCursor { frame.cursor = (column, y) }
            column += chipWidth + 1
        }
    }
}
