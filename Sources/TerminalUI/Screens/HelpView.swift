import Catalog
import ViewModel

/// Every key, generated from the keymap tables that input handling uses.
enum HelpView {
    static func draw(_ state: AppState, scroll: Int, in body: Rect, into frame: inout Frame, theme: Theme) {
        let rect = body.centered(width: body.width <= 90 ? body.width : 76, height: body.height)
        let lines = state.helpLines
        // A find shows where the box names its closing key: "/watch▏".
        let find = state.helpFind
        let trailing = find.isActive ? "/" + SafeText.display(find.query) + (find.isEditing ? "▏" : "") : "Esc closes"
        let inner = Box.drawFloating(rect, in: &frame.grid, bounds: body, title: "Keys", trailing: trailing, theme: theme)
        if lines.isEmpty {
            frame.grid.put("No key matches “\(SafeText.display(find.query))”: Backspace or Esc", x: inner.x + 1, y: inner.y,
                           style: theme.dim, maxWidth: inner.width - 2)
        }
        let keysWidth = min(24, max(10, inner.width / 3))
        let start = min(max(0, scroll), HelpDocument.maxScroll(height: state.height, lines: lines))
        for row in 0..<inner.height {
            let index = start + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = inner.y + row
            switch line.kind {
            case .blank: break
            case .section: frame.grid.put(line.text, x: inner.x + 1, y: y, style: theme.label, maxWidth: inner.width - 2)
            case .binding:
                frame.grid.put(line.keys, x: inner.x + 3, y: y, style: theme.keyHint, maxWidth: keysWidth - 3)
                frame.grid.put(line.text, x: inner.x + keysWidth + 1, y: y, style: theme.text,
                               maxWidth: inner.width - keysWidth - 2)
            }
        }
        if lines.count > inner.height {
            let shown = min(lines.count, start + inner.height)
            frame.grid.put(" \(shown)/\(lines.count) ", x: rect.maxX - 10, y: rect.maxY - 1, style: theme.dim)
        }
        frame.cursor = (inner.x, inner.y)
    }
}
