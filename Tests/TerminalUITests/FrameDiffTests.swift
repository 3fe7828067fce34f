import Catalog
@testable import TerminalUI
import Testing

@Suite struct FrameDiffTests {
    private let bold = Style(bold: true)

    private func grid(_ rows: [String], width: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y) }
        return grid
    }

    /// Writes runs onto a screen of plain rows, as a terminal would, so the
    /// result can be read back as text.
    private func apply(_ runs: [FrameDiff.Run], to screen: [String], width: Int) -> [String] {
        var cells = screen.map { row -> [Character?] in
            var cells: [Character?] = []
            for character in row {
                cells.append(character)
                if DisplayWidth.of(character) == 2 { cells.append(nil) }
            }
            return cells + Array(repeating: " ", count: max(0, width - cells.count))
        }
        for run in runs {
            var x = run.x
            for character in run.text {
                cells[run.y][x] = character
                if DisplayWidth.of(character) == 2 { cells[run.y][x + 1] = nil; x += 2 } else { x += 1 }
            }
        }
        return cells.map { String($0.compactMap { $0 }) }
    }

    @Test func identicalGridsNeedNothing() {
        let frame = grid(["Fargo", "Heat"], width: 10)
        #expect(FrameDiff.runs(from: frame, to: frame).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let before = grid(["Heat", "Jaws"], width: 8)
        let after = grid(["Heat", "Java"], width: 8)
        let runs = FrameDiff.runs(from: before, to: after)
        // "Jaws" → "Java": the span runs from the first to the last changed cell.
        #expect(runs == [FrameDiff.Run(x: 2, y: 1, style: .plain, text: "va", columns: 2)])
        let single = FrameDiff.runs(from: grid(["Heat"], width: 8), to: grid(["Heal"], width: 8))
        #expect(single == [FrameDiff.Run(x: 3, y: 0, style: .plain, text: "l", columns: 1)])
    }

    @Test func noPreviousGridOrANewSizeRedrawsEverything() {
        let after = grid(["Up", "Her"], width: 4)
        for previous in [nil, grid(["Up"], width: 4), grid(["Up", "Her"], width: 5)] {
            let runs = FrameDiff.runs(from: previous, to: after)
            #expect(runs.map(\.y) == [0, 1])
            #expect(runs.allSatisfy { $0.x == 0 && $0.columns == 4 })
            #expect(runs.map(\.text) == ["Up  ", "Her "])
        }
    }

    @Test func aChangeOfStyleSplitsTheRun() {
        var after = grid(["Alien"], width: 5)
        after.restyle(Rect(x: 2, y: 0, width: 2, height: 1), with: bold)
        var before = grid(["Alien"], width: 5)
        before.put("X", x: 0, y: 0)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs.map(\.text) == ["Al", "ie"])
        #expect(runs.map(\.style) == [.plain, after[2, 0].style])
        #expect(runs.map(\.x) == [0, 2])
    }

    @Test func aChangeInTheRightHalfOfAWideCharacterStartsOnItsLeftHalf() {
        let before = grid(["ab千cd"], width: 6)
        var after = before
        after.restyle(Rect(x: 3, y: 0, width: 1, height: 1), with: bold)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs.first?.x == 2)
        #expect(runs.map(\.text).joined() == "千")
        #expect(runs.map(\.columns).reduce(0, +) == 2)
    }

    @Test func wideCharactersAreWrittenOnceAndCoverTwoColumns() {
        let runs = FrameDiff.runs(from: grid(["Ran"], width: 6), to: grid(["乱 Ran"], width: 6))
        #expect(runs.count == 1)
        #expect(runs[0].text == "乱 Ran")
        #expect(runs[0].columns == 6)
    }

    @Test func cellsBeyondTheVisibleScreenAreLeftOut() {
        let runs = FrameDiff.runs(from: nil, to: grid(["Vertigo", "Psycho"], width: 8), visible: (width: 4, height: 1))
        #expect(runs.map(\.text) == ["Vert"])
    }

    @Test func applyingTheRunsToTheOldScreenGivesTheNewOne() {
        var random = SplitMix64(seed: 7)
        let words = ["Heat", "千と千尋", "Jaws", "乱", "Up", "", "Léon", "Amélie"]
        for _ in 0..<300 {
            let width = 12, height = 3
            let rows = { (0..<height).map { _ in words[Int(random.next() % UInt64(words.count))] + " " + words[Int(random.next() % UInt64(words.count))] } }
            let before = grid(rows(), width: width), after = grid(rows(), width: width)
            let screen = apply(FrameDiff.runs(from: before, to: after), to: before.lines(), width: width)
            #expect(screen == after.lines())
        }
    }
}
