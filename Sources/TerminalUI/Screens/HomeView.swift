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
        // The same lines the mouse hits: one heading per row, the focused row's titles under it.
        for (offset, line) in Viewport.homeLines(state).enumerated() {
            let y = inner.y + offset
            guard y < inner.maxY else { break }
            switch line {
            case let .heading(index):
                drawHeading(home.rows[index], focused: index == home.row, selection: home.selection, x: inner.x, y: y,
                            width: inner.width, into: &frame.grid, theme: theme)
            case let .item(index, item):
                let selected = item == home.lists[index].selection
                TitleRow.draw(state.library.titles[home.rows[index].positions[item]], state: state, x: inner.x, y: y,
                              width: inner.width, selected: selected, focused: true, into: &frame.grid, theme: theme,
                              prefix: " ")
                if selected { frame.cursor = (inner.x, y) }
            }
        }
        if home.rows.isEmpty && home.waitingFor != nil {
            frame.grid.put("Finding titles for your mood…", x: inner.x + 1, y: inner.y, style: theme.dim, maxWidth: inner.width - 2)
        } else if home.rows.isEmpty {
            frame.grid.put("Nothing to show yet: press \(Keymap.keyName(Command.browse, in: state.keymap)) to browse every title.", x: inner.x + 1, y: inner.y,
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
