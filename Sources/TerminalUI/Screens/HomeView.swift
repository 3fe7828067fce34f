import Catalog
import ViewModel

/// Home: rows to scan (every heading, the focused row opened under its own)
/// with the detail pane of the selected title beside them.
enum HomeView {
    static func draw(_ state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let (listRect, paneRect) = body.splitColumns(Viewport.browseListWidth(width: state.width))
        let home = state.home
        let counter = home.rows.isEmpty ? "" : "row \(home.row + 1)/\(home.rows.count)"
        let inner = Box.draw(listRect, in: &frame.grid, title: "Home", trailing: counter, focused: true, theme: theme)
        let layout = Viewport.homeLayout(state)
        var y = inner.y
        for (index, row) in home.rows.enumerated() where layout.showsAllHeadings || index == home.row {
            guard y < inner.maxY else { break }
            let focused = index == home.row
            drawHeading(row, focused: focused, selection: home.selection, x: inner.x, y: y, width: inner.width,
                        into: &frame.grid, theme: theme)
            y += 1
            guard focused, home.lists.indices.contains(index) else { continue }
            let list = home.lists[index]
            for line in 0..<layout.items {
                let item = list.offset + line
                guard item < row.positions.count, y < inner.maxY else { break }
                let selected = item == list.selection
                TitleRow.draw(state.library.titles[row.positions[item]], state: state, x: inner.x, y: y,
                              width: inner.width, selected: selected, focused: true, into: &frame.grid, theme: theme,
                              prefix: " ")
                if selected { frame.cursor = (inner.x, y) }
                y += 1
            }
        }
        if home.rows.isEmpty {
            frame.grid.put("Nothing to show yet: press b to browse every title.", x: inner.x + 1, y: inner.y,
                           style: theme.dim, maxWidth: inner.width - 2)
        }
        if Viewport.showsDetailPane(width: state.width) {
            DetailView.drawPane(state, in: paneRect, focused: false, into: &frame, theme: theme)
        }
    }

    /// "▾ For your mood · Tense      3/20" for the open row, "▸ Comedy   20" for the others.
    private static func drawHeading(_ row: HomeRow, focused: Bool, selection: Int, x: Int, y: Int, width: Int,
                                    into grid: inout CellGrid, theme: Theme) {
        let count = focused ? "\(selection + 1)/\(row.positions.count)" : "\(row.positions.count)"
        let countWidth = DisplayWidth.of(count)
        let marker = focused ? "▾ " : "▸ "
        grid.put(marker + row.heading, x: x + 1, y: y, style: focused ? theme.paneTitle : theme.label,
                 maxWidth: max(1, width - countWidth - 3))
        grid.put(count, x: x + width - countWidth - 1, y: y, style: theme.dim)
    }
}
