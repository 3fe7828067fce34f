/// What must be written to turn the screen showing one grid into the next:
/// a pure function of the two grids, so it is tested without a terminal and
/// every backend writes the same cells.
public enum FrameDiff {
    /// Cells to write on one row from `x`, all in one style. `text` holds the
    /// characters in order (the right half of a wide character is not one);
    /// `columns` is how many cells the run covers.
    public struct Run: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var style: Style
        public var text: String
        public var columns: Int
    }

    /// The runs that change `previous` into `grid`. With no previous grid, or
    /// one of another size (a resize), every cell is written. Each row's
    /// changed span runs from its first to its last changed cell (cheaper for
    /// a terminal than many small jumps), starts on a whole character and is
    /// cut into runs of one style. `visible` leaves out cells beyond the
    /// screen, when the grid was drawn for a size the terminal has since left.
    public static func runs(from previous: CellGrid?, to grid: CellGrid,
                            visible: (width: Int, height: Int)? = nil) -> [Run] {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        let rows = min(grid.height, visible?.height ?? grid.height)
        let columns = min(grid.width, visible?.width ?? grid.width)
        var runs: [Run] = []
        for y in 0..<max(0, rows) {
            var first = 0, last = grid.width - 1
            if !full, let previous {
                while first < grid.width && previous[first, y] == grid[first, y] { first += 1 }
                if first == grid.width { continue }
                while last > first && previous[last, y] == grid[last, y] { last -= 1 }
            }
            // Start on a whole character, never on the right half of a wide one.
            while first > 0 && grid[first, y].width == 0 { first -= 1 }
            runs += styledRuns(of: grid, y: y, from: first, through: min(last, columns - 1))
        }
        return runs
    }

    private static func styledRuns(of grid: CellGrid, y: Int, from first: Int, through last: Int) -> [Run] {
        var runs: [Run] = []
        var x = first
        while x <= last {
            let style = grid[x, y].style
            let start = x
            var text = ""
            // A wide character's right half goes with it, whatever its style.
            while x <= last, grid[x, y].style == style || grid[x, y].width == 0 {
                let cell = grid[x, y]
                if cell.width != 0 { text.append(cell.character) }
                x += 1
            }
            runs.append(Run(x: start, y: y, style: style, text: text, columns: x - start))
        }
        return runs
    }
}
