import Catalog
import TestSupport
import Testing
@testable import ViewModel

/// The search line edits as in a shell and fzf: a cursor inside the query,
/// words and the line deleted with Ctrl-W and Ctrl-U.
@Suite struct SearchLineTests {
    static func typing(_ text: String) -> Driver {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type(text)
        return driver
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var driver = Self.typing("the dark  knight")
        let effects = driver.press(.control("w"))
        #expect(driver.state.search.query == "the dark  ")
        #expect(effects.contains { if case .query = $0 { true } else { false } })
        driver.press(.control("w"))
        #expect(driver.state.search.query == "the ")
        driver.press(.control("w"), .control("w"))
        #expect(driver.state.search.query == "")
    }

    @Test func ctrlUDeletesToTheStartOfTheLine() {
        var driver = Self.typing("stranger things")
        driver.press(.left, .left, .left, .left, .left, .left, .control("u"))
        #expect(driver.state.search.query == "things")
        #expect(driver.state.search.cursor == 0)
        driver.press(.control("e"), .control("u"))
        #expect(driver.state.search.query == "")
    }

    @Test func theCursorMovesAndTypingGoesWhereItIs() {
        var driver = Self.typing("strangr")
        driver.press(.left)
        #expect(driver.state.search.cursor == 6)
        driver.type("e")
        #expect(driver.state.search.query == "stranger")
        #expect(driver.state.search.cursor == 7)
        driver.press(.control("a"))
        driver.type("x ")
        #expect(driver.state.search.query == "x stranger")
        driver.press(.backspace)
        #expect(driver.state.search.query == "xstranger")
        #expect(driver.state.search.cursor == 1)
        driver.press(.control("e"))
        driver.type("s")
        #expect(driver.state.search.query == "xstrangers")
        // The cursor stays inside the query.
        driver.press(.right, .right, .control("a"), .left, .backspace)
        #expect(driver.state.search.query == "xstrangers")
        #expect(driver.state.search.cursor == 0)
    }

    @Test func ctrlWBeforeTheCursorKeepsTheRest() {
        var driver = Self.typing("dark knight rises")
        driver.press(.control("a"), .right, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right)
        driver.press(.control("w"))
        #expect(driver.state.search.query == "dark rises")
        #expect(driver.state.search.cursor == 5)
    }

    @Test func reopeningTheSearchPutsTheCursorAtTheEnd() {
        var driver = Self.typing("stranger")
        driver.press(.control("a"), .enter, .character("/"))
        #expect(driver.state.search.cursor == 8)
    }
}
