import ViewModel

/// A plain list of titles in a frame: the watchlist and my ratings.
enum TitleListView {
    static func draw(_ state: AppState, items: [Int], list: ListState, title: String, empty: String,
                     in body: Rect, into frame: inout Frame, theme: Theme, prefix: (Int) -> String = { _ in "" }) {
        let counter = items.isEmpty ? "0" : "\(list.selection + 1)/\(items.count)"
        let inner = Box.draw(body, in: &frame.grid, title: title, trailing: counter, focused: true, theme: theme)
        if items.isEmpty {
            frame.grid.put(empty, x: inner.x + 1, y: inner.y, style: theme.dim, maxWidth: inner.width - 2)
            return
        }
        for row in 0..<inner.height {
            let index = list.offset + row
            guard index < items.count else { break }
            let selected = index == list.selection
            TitleRow.draw(state.library.titles[items[index]], state: state, x: inner.x, y: inner.y + row,
                          width: inner.width, selected: selected, focused: true, into: &frame.grid, theme: theme,
                          prefix: prefix(items[index]))
            if selected { frame.cursor = (inner.x, inner.y + row) }
        }
    }
}
