import ViewModel

/// Shown instead of a broken layout when the terminal is below 40×10.
enum TooSmallView {
    static func draw(_ state: AppState, into frame: inout Frame, theme: Theme) {
        let lines = [
            "Terminal too small",
            "\(state.width)×\(state.height), needs \(Viewport.minimumWidth)×\(Viewport.minimumHeight)",
            "q quits",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.width - line.count) / 2)
            frame.grid.put(line, x: x, y: top + index, style: index == 0 ? theme.strong : theme.dim)
        }
        frame.cursor = (0, 0)
    }
}
