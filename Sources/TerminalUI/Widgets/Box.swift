import Catalog

/// A rounded-corner frame with a title, returning the area inside it.
enum Box {
    /// A frame over other content, with a one-cell blank margin so that what
    /// is underneath never runs into its border.
    @discardableResult
    static func drawFloating(_ rect: Rect, in grid: inout CellGrid, bounds: Rect, title: String = "", trailing: String = "",
                             theme: Theme) -> Rect {
        let margin = Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height)
        grid.fill(Rect(x: max(bounds.x, margin.x), y: margin.y,
                       width: min(bounds.maxX, margin.maxX) - max(bounds.x, margin.x), height: margin.height))
        return draw(rect, in: &grid, title: title, trailing: trailing, focused: true, theme: theme)
    }

    @discardableResult
    static func draw(_ rect: Rect, in grid: inout CellGrid, title: String = "", trailing: String = "",
                     focused: Bool = false, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = focused ? theme.focusedBorder : theme.border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.put("╭" + horizontal + "╮", x: rect.x, y: rect.y, style: style)
        grid.put("╰" + horizontal + "╯", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        let inner = rect.inset(by: 1)
        grid.fill(inner)
        var titleEnd = rect.x + 1
        if !title.isEmpty, rect.width > 6 {
            titleEnd += grid.put(" \(title) ", x: rect.x + 2, y: rect.y,
                                 style: focused ? theme.paneTitle : theme.strong, maxWidth: rect.width - 4) + 1
        }
        if !trailing.isEmpty {
            let trailingWidth = DisplayWidth.of(trailing) + 2
            let start = rect.maxX - 2 - trailingWidth
            if start > titleEnd + 1 { grid.put(" \(trailing) ", x: start, y: rect.y, style: theme.dim) }
        }
        return inner
    }
}
