import Catalog
import Recommender
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Random keys, clicks and terminal sizes through reducer and renderer
/// together: every frame has exactly the terminal's size, every row is
/// exactly as wide as the terminal, and the cursor is on the screen.
@Suite struct RenderPropertyTests {
    @Test(arguments: [11, 12])
    func everyFrameFitsTheTerminal(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let keys: [Key] = [.up, .down, .left, .right, .pageDown, .enter, .escape, .tab, .backspace]
            + "jkhlG/sm?[]!aWRSx2u0foFc r".map { Key.character($0) }
        var state = AppState(library: Fixtures.library, moodSetting: MoodSetting(mood: NamedMood.curious.mood))
        state.reduceRunningJobs(.launched)
        let renderers = [Renderer(theme: .colored), Renderer(theme: .monochrome)]
        for step in 0..<1_500 {
            if generator.next() % 25 == 0 {
                _ = state.reduceRunningJobs(.resize(width: 1 + Int(generator.next() % 220), height: 1 + Int(generator.next() % 70)))
            }
            if generator.next() % 6 == 0 {
                let kinds: [MouseEvent.Kind] = [.click, .doubleClick, .wheelUp, .wheelDown]
                _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: kinds[Int(generator.next() % 4)], x: Int(generator.next() % 230) - 5,
                                                   y: Int(generator.next() % 80) - 5)))
            }
            let key = keys[Int(generator.next() % UInt64(keys.count))]
            for effect in state.reduceRunningJobs(.key(key)) {
                if case let .query(query) = effect {
                    _ = state.reduceRunningJobs(.queryResults(query, positions: Array(0..<min(query.text.count * 3, state.library.count))))
                }
            }
            if !state.isRunning {
                state = AppState(library: Fixtures.library, width: state.width, height: state.height)
                state.reduceRunningJobs(.launched)
            }
            let frame = renderers[step % 2].render(state)
            #expect(frame.grid.width == state.width && frame.grid.height == state.height)
            for line in frame.grid.lines() { #expect(DisplayWidth.of(line) == state.width, "step \(step)") }
            if let cursor = frame.cursor {
                #expect(cursor.x >= 0 && cursor.x < state.width && cursor.y >= 0 && cursor.y < state.height, "step \(step) \(state.width)x\(state.height) \(cursor) \(state.screen) \(String(describing: state.overlay)) editing \(state.search.isEditing)")
            }
        }
    }

    @Test func hostileTitlesAreHarmlessOnScreen() {
        var titles = try! Fixtures.fixtureTitles()
        titles[0].name = "Evil\u{1B}[31mRed\u{1B}]0;pwned\u{07}"
        titles[0].cast = ["\u{1B}[2JWiper"]
        var state = AppState(library: Library(titles: titles), width: 100, height: 30)
        state.reduceRunningJobs(.launched)
        while state.selectedTitle?.id != titles[0].id { _ = state.reduceRunningJobs(.key(.down)) }
        _ = state.reduceRunningJobs(.key(.enter))
        let top = Renderer().render(state).grid.text
        _ = state.reduceRunningJobs(.key(.character("G")))
        let bottom = Renderer().render(state).grid.text
        #expect(top.contains("Evil␛[31mRed␛]0;pwned␇"))
        #expect(bottom.contains("␛[2JWiper"))
        for text in [top, bottom] { #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }) }
    }
}
