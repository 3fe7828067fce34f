import Foundation
import Catalog
import ViewModel

/// The mood picker overlay: named moods, the valence × energy map, and the
/// strategy / time / company fields.
enum MoodPickerView {
    static func draw(_ state: AppState, picker: MoodPickerState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let rect = body.centered(width: body.width <= 90 ? body.width : 80, height: body.height <= 24 ? body.height : 22)
        let inner = Box.drawFloating(rect, in: &frame.grid, bounds: body, title: "How do you feel tonight?", theme: theme)
        guard inner.height >= 3, inner.width >= 20 else { return }
        let fieldsRow = inner.maxY - 2
        let summaryRow = inner.maxY - 1
        let upper = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - 3))
        let listWidth = 16
        let (listRect, mapArea) = upper.splitColumns(listWidth)
        drawMoodList(picker, in: listRect, into: &frame, theme: theme)
        if mapArea.width >= 24 && mapArea.height >= 5 {
            drawMap(picker, dots: state.moodMap,
                    in: Rect(x: mapArea.x + 1, y: mapArea.y, width: mapArea.width - 2, height: mapArea.height),
                    into: &frame, theme: theme)
        }
        drawFields(picker, y: fieldsRow, x: inner.x + 1, width: inner.width - 2, into: &frame, theme: theme)
        frame.grid.put(picker.aimSummary, x: inner.x + 1, y: summaryRow, style: theme.dim, maxWidth: inner.width - 2)
    }

    private static func drawMoodList(_ picker: MoodPickerState, in rect: Rect, into frame: inout Frame, theme: Theme) {
        let moods = NamedMood.allCases
        let focused = picker.field == .mood
        frame.grid.put("Moods", x: rect.x + 1, y: rect.y, style: focused ? theme.paneTitle : theme.label)
        let rows = max(1, rect.height - 1)
        let selected = picker.namedIndex ?? 0
        let offset = min(max(0, selected - rows + 1), max(0, moods.count - rows))
        for row in 0..<rows {
            let index = offset + row
            guard index < moods.count else { break }
            let y = rect.y + 1 + row
            let isSelected = picker.namedIndex == index
            frame.grid.put((isSelected ? "▸ " : "  ") + moods[index].rawValue, x: rect.x + 1, y: y,
                           style: theme.text, maxWidth: rect.width - 1)
            if isSelected {
                frame.grid.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1),
                                   with: focused ? theme.selection : theme.inactiveSelection)
                if focused { frame.cursor = (rect.x, y) }
            }
        }
    }

    private static func drawMap(_ picker: MoodPickerState, dots: MoodMapDots, in area: Rect, into frame: inout Frame, theme: Theme) {
        let focused = picker.field == .map
        let mapRect = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        frame.grid.put("Mood map", x: area.x, y: area.y, style: focused ? theme.paneTitle : theme.label)
        frame.grid.put("energy ↑", x: area.maxX - 8, y: area.y, style: theme.dim)
        let plot = Box.draw(mapRect, in: &frame.grid, focused: focused, theme: theme)
        guard plot.width >= 10, plot.height >= 3 else { return }
        // Where the catalog's titles sit, in braille dots: the texture of the plane.
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        dots.forEachDot { x, y in canvas.plot(x: x, y: y) }
        let midX = plot.x + plot.width / 2, midY = plot.y + plot.height / 2
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                let (x, y) = (plot.x + column, plot.y + row)
                if canvas.isSet(column: column, row: row) {
                    frame.grid.put(String(canvas.character(column: column, row: row)), x: x, y: y, style: theme.barEmpty)
                } else if x == midX || y == midY {
                    // Axes through the centre, where no title sits.
                    frame.grid.put(x == midX && y == midY ? "┼" : x == midX ? "┆" : "┄", x: x, y: y, style: theme.border)
                }
            }
        }
        func cell(_ point: MoodPoint) -> (x: Int, y: Int) {
            let x = plot.x + Int(((point.valence + 1) / 2 * Float(plot.width - 1)).rounded())
            let y = plot.y + Int(((1 - point.energy) / 2 * Float(plot.height - 1)).rounded())
            return (x, y)
        }
        // Dots first, then words where they fit: a word never covers a dot or
        // another word, and keeps a blank cell from the next one, so at 60
        // columns no two names run together (a mood left unnamed here is
        // still named in the list beside the map). The chosen mood is named first.
        let chosenMood = picker.namedIndex.map { NamedMood.allCases[$0] }
        let moods = NamedMood.allCases.sorted { ($0 == chosenMood ? 0 : 1) < ($1 == chosenMood ? 0 : 1) }
        let dots = Dictionary(NamedMood.allCases.map { mood in let (x, y) = cell(mood.point); return (y * 1000 + x, mood) },
                              uniquingKeysWith: { first, _ in first })
        var occupied = Set(dots.keys)
        /// Draws a word where its cells and the cells at `margins` are free.
        func place(_ word: String, x: Int, y: Int, style: Style, margins: [Int]) -> Bool {
            let width = DisplayWidth.of(word)
            guard x >= plot.x, x + width <= plot.maxX else { return false }
            let cells = (x..<(x + width)).map { y * 1000 + $0 }
            guard occupied.isDisjoint(with: cells + margins.map { y * 1000 + $0 }) else { return false }
            frame.grid.put(word, x: x, y: y, style: style)
            occupied.formUnion(cells)
            return true
        }
        for mood in moods {
            let (x, y) = cell(mood.point)
            frame.grid.put("•", x: x, y: y, style: mood == chosenMood ? theme.mapCursor : theme.mapMood)
        }
        for mood in moods {
            let (x, y) = cell(mood.point)
            let label = mood.rawValue, width = DisplayWidth.of(label)
            let style = mood == chosenMood ? theme.mapCursor : theme.dim
            // Right of the dot, else left of it; a blank cell on the far side.
            _ = place(label, x: x + 1, y: y, style: style, margins: [x + 1 + width])
                || place(label, x: x - width, y: y, style: style, margins: [x - width - 1])
        }
        // The axes' names last, where the moods left room.
        for (word, x, y) in [("unpleasant", plot.x, plot.maxY - 1), ("pleasant", plot.maxX - 8, plot.maxY - 1),
                             ("calm", midX + 1, plot.maxY - 1), ("excited", midX + 1, plot.y)] {
            _ = place(word, x: x, y: y, style: theme.dim, margins: [x - 1, x + DisplayWidth.of(word)])
        }
        let (cx, cy) = cell(picker.point)
        frame.grid.put("◆", x: cx, y: cy, style: theme.mapCursor)
        if focused { frame.cursor = (cx, cy) }
    }

    private static func drawFields(_ picker: MoodPickerState, y: Int, x: Int, width: Int, into frame: inout Frame, theme: Theme) {
        let fields: [(MoodPickerState.Field, String, String)] = [
            (.strategy, picker.strategy == .match ? "match my mood" : "lift my mood", picker.strategy.rawValue),
            (.time, DurationText.available(picker.minutes), picker.minutes.map(DurationText.minutes) ?? "any"),
            (.audience, picker.audience.displayName, picker.audience.rawValue),
        ]
        // Labels and long values when there is room, bare short values when not.
        let full = fields.reduce(0) { $0 + $1.0.label.count + DisplayWidth.of($1.1) + 8 }
        let compact = full > width
        var column = x
        for (field, value, short) in fields {
            let focused = picker.field == field
            if !compact {
                column += frame.grid.put(field.label + " ", x: column, y: y, style: theme.label, maxWidth: x + width - column)
            }
            let start = column
            guard start < x + width else { break }
            column += frame.grid.put("‹ \(compact ? short : value) ›", x: column, y: y,
                                     style: focused ? theme.selection : theme.text, maxWidth: x + width - column)
            if focused { frame.cursor = (start, y) }
            column += compact ? 1 : 3
        }
    }
}
