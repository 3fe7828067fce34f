import Catalog

/// One screen cell. A wide character fills its own cell and marks the next
/// one as its continuation (`width == 0`), which is never drawn by itself.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(character: " ", width: 1, style: .plain)
    static func continuation(_ style: Style) -> Cell { Cell(character: " ", width: 0, style: style) }
}

/// The in-memory screen that every view draws into. Tests read it as text;
/// the terminal backend copies it to the real screen.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes one character, keeping wide characters whole: a character that
    /// would straddle `limit` is replaced by a space, and anything it
    /// overwrites half of is blanked.
    @discardableResult
    mutating func set(_ character: Character, width characterWidth: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard y >= 0, y < height, x >= 0, x < min(limit, width) else { return 0 }
        if characterWidth == 2 && x + 1 >= min(limit, width) {
            place(Cell(character: " ", width: 1, style: style), x: x, y: y)
            return 1
        }
        place(Cell(character: character, width: UInt8(characterWidth), style: style), x: x, y: y)
        if characterWidth == 2 { place(.continuation(style), x: x + 1, y: y) }
        return characterWidth
    }

    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        // Overwriting the left half of a wide character orphans its right half, and vice versa.
        if cells[index].width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = Cell(character: " ", width: 1, style: cells[index + 1].style)
        }
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(character: " ", width: 1, style: cells[index - 1].style)
        }
        cells[index] = cell
    }

    /// Draws `text` from (x, y) within `maxWidth` columns, replacing control
    /// characters first; text that does not fit ends in `…`. Returns the
    /// columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        put(text, x: x, y: y, style: style, maxWidth: maxWidth, forceEllipsis: false)
    }

    /// `forceEllipsis` marks the text as cut even when it fits, because more
    /// text that does not fit follows it on the line.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int?, forceEllipsis: Bool) -> Int {
        let limit = min(width, x + (maxWidth ?? width))
        guard y >= 0, y < height, x < limit else { return 0 }
        let safe = SafeText.display(text)
        let available = limit - x
        let needsEllipsis = forceEllipsis || DisplayWidth.of(safe) > available
        let textLimit = needsEllipsis ? limit - 1 : limit
        var column = x
        for character in safe {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > textLimit {
                break
            }
            column += set(character, width: characterWidth, x: column, y: y, style: style, limit: textLimit)
        }
        if needsEllipsis {
            while column < limit - 1 { column += set(" ", width: 1, x: column, y: y, style: style, limit: limit) }
            column += set("…", width: 1, x: column, y: y, style: style, limit: limit)
        }
        return column - x
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                place(Cell(character: " ", width: 1, style: style), x: x, y: y)
            }
        }
    }

    /// Lays `style` over every cell of a rectangle (for selection bars).
    public mutating func restyle(_ rect: Rect, with style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: style)
            }
        }
    }

    /// The grid as plain text, one string per row, wide characters once.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].width != 0 { line.append(self[x, y].character) }
            return line
        }
    }

    /// Rows as text with trailing spaces removed, joined by newlines.
    public var text: String {
        lines().map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
