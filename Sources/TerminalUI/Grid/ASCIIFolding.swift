import Foundation

/// ASCII stand-ins for what the screens draw, for a locale that is not UTF-8
/// (LANG=C), where curses drops every other character: borders become
/// `+-|`, stars `*`, bars `#`, so ratings and mood bars stay on screen.
/// Every stand-in is one column wide, so the layout is unchanged.
enum ASCIIFolding {
    static let table: [Character: Character] = [
        // Borders and the mood map's axes.
        "─": "-", "━": "-", "┄": "-", "┈": "-", "│": "|", "┃": "|", "┆": ":", "┊": ":",
        "╭": "+", "╮": "+", "╰": "+", "╯": "+", "┌": "+", "┐": "+", "└": "+", "┘": "+", "┼": "+",
        "├": "+", "┤": "+", "┬": "+", "┴": "+",
        // Ratings: ★★★½☆ reads ***/.
        "★": "*", "☆": ".", "½": "/", "¼": "/",
        // Bars and gauges: full, more than half, less than half, empty.
        "█": "#", "▉": "#", "▊": "+", "▋": "+", "▌": "+", "▍": "-", "▎": "-", "▏": "-",
        "▰": "#", "▱": ".", "·": ".",
        // Markers and arrows.
        "▸": ">", "▾": "v", "◆": "@", "•": "o", "●": "o", "✓": "x", "❤": "*",
        "→": ">", "←": "<", "↑": "^", "↓": "v", "›": ">", "‹": "<",
        "…": "~", "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "−": "-",
        "×": "x", "≤": "<", "≥": ">", "\u{A0}": " ",
    ]

    /// The ASCII stand-in for one character: the table, then the letter
    /// without its accent (é → e), else `?`.
    static func fold(_ character: Character) -> Character {
        if character.isASCII { return character }
        if let stand = table[character] { return stand }
        if (0x2800...0x28FF).contains(character.unicodeScalars.first!.value) {
            // Braille dots of the mood map: a blank pattern stays blank.
            return character == "\u{2800}" ? " " : "."
        }
        let plain = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if plain.count == 1, let first = plain.first, first.isASCII { return first }
        return "?"
    }
}

extension CellGrid {
    /// Replaces every character with its ASCII stand-in; a wide character
    /// becomes `??` so the columns after it do not move.
    public mutating func foldToASCII() {
        for index in cells.indices {
            let cell = cells[index]
            if cell.width == 0 {
                cells[index] = Cell(character: "?", width: 1, style: cell.style)
            } else if !cell.character.isASCII {
                cells[index] = Cell(character: cell.width == 2 ? "?" : ASCIIFolding.fold(cell.character), width: 1,
                                    style: cell.style)
            }
        }
    }
}
