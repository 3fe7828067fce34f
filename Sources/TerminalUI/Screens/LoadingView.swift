import Catalog

/// What the screen shows while Marquee starts, before its first frame: the
/// first start builds the catalog index, which takes seconds, and a blank
/// screen for that long looks like a hang.
public enum LoadingView {
    /// A frame of `width`×`height` with `message` and, when the share done is
    /// known, a bar and a percentage.
    public static func frame(width: Int, height: Int, message: String, fraction: Double?, theme: Theme) -> Frame {
        var frame = Frame(grid: CellGrid(width: width, height: height), cursor: nil, showsCursor: false)
        let boxWidth = min(max(20, width - 4), 64)
        let rect = frame.grid.bounds.centered(width: boxWidth, height: fraction == nil ? 4 : 5)
        let inner = Box.draw(rect, in: &frame.grid, title: "Marquee", focused: true, theme: theme)
        if inner.height > 0 {
            frame.grid.put(message, x: inner.x + 1, y: inner.y, style: theme.text, maxWidth: inner.width - 2)
            if let fraction, inner.height > 2 {
                let percent = " \(Int((min(max(fraction, 0), 1) * 100).rounded()))%"
                let barWidth = max(1, inner.width - 2 - percent.count)
                frame.grid.put(Bars.spans(value: Float(fraction), width: barWidth, theme: theme) + [Span(percent, theme.dim)],
                               x: inner.x + 1, y: inner.y + 2, maxWidth: inner.width - 2)
            }
        } else {
            // Too small for a box: the message alone.
            frame.grid.put(message, x: 0, y: 0, style: theme.text)
        }
        if theme.ascii { frame.grid.foldToASCII() }
        return frame
    }
}
