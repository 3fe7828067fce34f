import Catalog

/// Where the catalog's titles sit on the mood plane, as the cells of a fine
/// grid that hold at least one: worked out once at launch, so drawing the
/// mood picker's map costs at most the grid's size, never the catalog's.
///
/// 1,024 cells a side is finer than any terminal's braille dots (two a
/// column, four a row), so the map looks as if every title were plotted.
public struct MoodMapDots: Sendable, Equatable {
    public static let side = 1024
    /// One bit per cell, row after row; row 0 is the most energetic.
    private var words: [UInt64]

    public init(points: some Sequence<MoodPoint>) {
        words = [UInt64](repeating: 0, count: Self.side * Self.side / 64)
        for point in points {
            let cell = Self.cell((point.valence + 1) / 2) + Self.cell((1 - point.energy) / 2) * Self.side
            words[cell >> 6] |= 1 << UInt64(cell & 63)
        }
    }

    private static func cell(_ fraction: Float) -> Int { min(side - 1, max(0, Int(fraction * Float(side)))) }

    /// Each held cell's centre, `x` from unpleasant (0) to pleasant (1) and
    /// `y` from most energetic (0) to calmest (1).
    public func forEachDot(_ body: (_ x: Float, _ y: Float) -> Void) {
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let cell = index << 6 + bits.trailingZeroBitCount
                bits &= bits - 1
                body((Float(cell % Self.side) + 0.5) / Float(Self.side), (Float(cell / Self.side) + 0.5) / Float(Self.side))
            }
        }
    }
}
