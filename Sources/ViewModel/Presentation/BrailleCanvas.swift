/// A plot drawn with Unicode braille: each character cell holds 2 × 4 dots,
/// so a small terminal area can show many points at once.
public struct BrailleCanvas: Sendable {
    public let columns: Int
    public let rows: Int
    private var bits: [UInt8]

    public init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Dot bit for (column within the cell 0…1, row within the cell 0…3), per the Unicode braille layout.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot nearest to (x, y), both in 0…1 with y = 0 at the top.
    public mutating func plot(x: Float, y: Float) {
        let dotX = min(columns * 2 - 1, max(0, Int((x * Float(columns * 2 - 1)).rounded())))
        let dotY = min(rows * 4 - 1, max(0, Int((y * Float(rows * 4 - 1)).rounded())))
        bits[(dotY / 4) * columns + dotX / 2] |= Self.dotBits[dotX % 2][dotY % 4]
    }

    /// True when some dot of the cell is set.
    public func isSet(column: Int, row: Int) -> Bool { bits[row * columns + column] != 0 }

    /// The cell's braille character (U+2800 + its dots).
    public func character(column: Int, row: Int) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits[row * columns + column]))!)
    }
}
