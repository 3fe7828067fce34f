import Catalog
import ViewModel

/// The sort menu: every order, the chosen one highlighted.
enum SortMenuView {
    static func draw(selection: Int, current: TitleSort, in body: Rect, into frame: inout Frame, theme: Theme) {
        let orders = TitleSort.allCases
        let rect = body.centered(width: min(body.width, 44), height: min(body.height, orders.count + 2))
        let inner = Box.drawFloating(rect, in: &frame.grid, bounds: body, title: "Order", theme: theme)
        for (index, order) in orders.enumerated() where index < inner.height {
            let y = inner.y + index
            let mark = order == current ? "● " : "  "
            frame.grid.put(mark + order.displayName, x: inner.x + 1, y: y, style: theme.text, maxWidth: inner.width - 2)
            if index == selection {
                frame.grid.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: theme.selection)
                frame.cursor = (inner.x, y)
            }
        }
    }
}
