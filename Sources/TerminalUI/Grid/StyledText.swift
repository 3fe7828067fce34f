import Catalog

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A line made of spans, as detail screens and help are built.
public typealias StyledLine = [Span]

extension CellGrid {
    /// Draws spans one after another, truncating the line at `maxWidth`.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, maxWidth: Int) -> Int {
        let widths = line.map { DisplayWidth.of(SafeText.display($0.text)) }
        var column = x
        let limit = min(self.width, x + maxWidth)
        for (index, span) in line.enumerated() {
            guard column < limit else { break }
            let after = widths[(index + 1)...].reduce(0, +)
            // The span that reaches the edge shows the cut when more follows.
            let cut = after > 0 && column + widths[index] >= limit
            column += put(span.text, x: column, y: y, style: span.style, maxWidth: limit - column, forceEllipsis: cut)
        }
        return column - x
    }
}

