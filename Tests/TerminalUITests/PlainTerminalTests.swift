import Catalog
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Terminals without colours (TERM=vt100) and locales without UTF-8
/// (LANG=C): the theme the app adapts to them keeps every selection visible
/// and every rating and bar on screen.
@Suite struct PlainTerminalTests {
    typealias Screens = ScreenSnapshotTests

    /// The styles of the cells of the first row whose text contains `marker`.
    static func styles(of frame: Frame, rowContaining marker: String, from start: String? = nil) -> [Style] {
        let lines = frame.grid.lines()
        guard let y = lines.firstIndex(where: { $0.contains(marker) }) else { return [] }
        let from = start.flatMap { lines[y].range(of: $0) }.map { DisplayWidth.of(String(lines[y][..<$0.lowerBound])) } ?? 0
        return (from..<frame.grid.width).map { frame.grid[$0, y].style }
    }

    static let noColour = Theme.colored.adapted(color: false, unicode: true)

    @Test func noColourThemeHasNoColours() {
        #expect(!Self.noColour.usesColor)
        let frame = Renderer(theme: Self.noColour).render(Screens.state(width: 80, height: 24, keys: [.down], signals: Screens.rated))
        #expect(frame.grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        // A colour terminal keeps its theme.
        #expect(Theme.warm.adapted(color: true, unicode: true) == Theme.warm)
    }

    @Test func selectedRowIsReversedWithoutColours() {
        let state = Screens.state(width: 80, height: 24, keys: [.down], signals: Screens.rated)
        let row = Self.styles(of: Renderer(theme: Self.noColour).render(state), rowContaining: "▸ Kingdom", from: "▸")
        #expect(row.first?.reverse == true, "the selected row must stand out in reverse video")
    }

    @Test func focusedFilterFieldStandsOutWithoutColours() {
        let state = Screens.state(width: 80, height: 24, keys: [.character("b"), .character("f")])
        let frame = Renderer(theme: Self.noColour).render(state)
        let focused = Self.styles(of: frame, rowContaining: "Type", from: "‹")
        #expect(focused.first.map { $0.reverse || $0.bold } == true, "\(frame.grid.text)")
    }

    @Test func focusedPickerFieldStandsOutWithoutColours() {
        let state = Screens.state(width: 80, height: 24, keys: [.character("m"), .tab, .tab])
        let frame = Renderer(theme: Self.noColour).render(state)
        let field = Self.styles(of: frame, rowContaining: "Strategy ‹", from: "‹")
        #expect(field.first.map { $0.reverse || $0.bold } == true, "\(frame.grid.text)")
    }

    static let ascii = Theme.colored.adapted(color: true, unicode: false)

    @Test(arguments: [(80, 24), (120, 40)])
    func asciiScreensKeepRatingsAndBars(width: Int, height: Int) {
        let screens: [(String, [Key])] = [
            ("home", [.down]), ("browse", [.character("b")]), ("detail", [.down, .enter]), ("mood picker", [.character("m")]),
            ("stats", [.character("S")]), ("filters", [.character("b"), .character("f")]),
        ]
        for (name, keys) in screens {
            let state = Screens.state(width: width, height: height, keys: keys, signals: Screens.manyRatings)
            let unicode = Renderer(theme: .colored).render(state).grid
            let plain = Renderer(theme: Self.ascii).render(state).grid
            #expect(plain.lines().allSatisfy { line in line.allSatisfy(\.isASCII) && line.count == width }, "\(name)\n\(plain.text)")
            // Nothing vanishes: every cell drawn in Unicode has something in ASCII.
            for (cell, folded) in zip(unicode.cells, plain.cells) where cell.character != " " && cell.width != 0 {
                #expect(folded.character != " ", "\(name): \(cell.character) vanished")
            }
            #expect(plain.text.contains("+-"), "\(name): ASCII borders")
        }
        let ratings = Renderer(theme: Self.ascii).render(Screens.state(width: width, height: height, keys: [.character("R")],
                                                                       signals: Screens.rated)).grid.text
        #expect(ratings.contains("*****"), "Mindhunter's five stars\n\(ratings)")
        #expect(ratings.contains("***/."), "The Office's three and a half\n\(ratings)")
        let browse = Renderer(theme: Self.ascii).render(Screens.state(width: 120, height: 40, keys: [.character("b")])).grid.text
        #expect(browse.contains("Amelie") && browse.contains("Pokemon"), "accents fold to their letters\n\(browse)")
        let detail = Renderer(theme: Self.ascii).render(Screens.state(width: width, height: height, keys: [.down, .enter])).grid.text
        #expect(detail.contains("####"), "mood bars as #\n\(detail)")
    }
}

/// The screen a start shows before its first frame.
@Suite struct LoadingViewTests {
    @Test func showsTheMessageAndTheShareDone() {
        let frame = LoadingView.frame(width: 80, height: 24, message: "Building the catalog index: 3,520 of 8,802 titles…",
                                      fraction: 0.4, theme: .colored)
        let text = frame.grid.text
        #expect(text.contains("Building the catalog index: 3,520 of 8,802 titles…"), "\(text)")
        #expect(text.contains("█") && text.contains(" 40%"), "\(text)")
        #expect(frame.grid.lines().allSatisfy { DisplayWidth.of($0) == 80 })
        let plain = LoadingView.frame(width: 40, height: 10, message: "Loading the catalog…", fraction: nil,
                                      theme: Theme.colored.adapted(color: false, unicode: false)).grid.text
        #expect(plain.contains("Loading the catalog~"), "the ellipsis in ASCII\n\(plain)")
        let allASCII = plain.allSatisfy { $0.isASCII }
        #expect(allASCII, "\(plain)")
    }
}
