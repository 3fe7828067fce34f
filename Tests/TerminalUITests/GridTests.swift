import Catalog
@testable import TerminalUI
import Testing

@Suite struct CellGridTests {
    @Test func longTextEndsInAnEllipsisAtTheRightWidth() {
        var grid = CellGrid(width: 10, height: 1)
        let used = grid.put("The Haunting of Hill House", x: 0, y: 0)
        #expect(used == 10)
        #expect(grid.text == "The Haunt…")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var grid = CellGrid(width: 7, height: 1)
        grid.put("千と千尋の", x: 0, y: 0)
        // Four wide characters do not fit in seven columns: three and the ellipsis do.
        #expect(grid.lines() == ["千と千…"])
        #expect(DisplayWidth.of(grid.lines()[0]) == 7)
        #expect(grid[1, 0].width == 0)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("千千", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines() == [" x千"])
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = CellGrid(width: 20, height: 1)
        grid.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0)
        #expect(grid.text == "a␛[2Jb␇")
        for x in 0..<grid.width { #expect(grid[x, 0].character.unicodeScalars.allSatisfy { $0.value >= 0x20 }) }
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var grid = CellGrid(width: 10, height: 1)
        let used = grid.put("Ame\u{301}lie", x: 0, y: 0)
        #expect(used == 6)
        #expect(grid.text == "Ame\u{301}lie")
    }

    @Test func styledLinesTruncateAcrossSpans() {
        var grid = CellGrid(width: 8, height: 1)
        grid.put([Span("abcde"), Span("fghij")], x: 0, y: 0, maxWidth: 8)
        #expect(grid.text == "abcdefg…")
        var exact = CellGrid(width: 5, height: 1)
        exact.put([Span("abcde"), Span("fg")], x: 0, y: 0, maxWidth: 5)
        #expect(exact.text == "abcd…")
    }

    @Test func barsShowEighths() {
        let spans = Bars.spans(value: 0.5, width: 4, theme: .monochrome)
        #expect(spans.map(\.text).joined() == "██··")
        #expect(Bars.spans(value: 1, width: 3, theme: .monochrome).map(\.text).joined() == "███")
    }
}
