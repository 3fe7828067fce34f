import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// The help starts with the current screen's keys, and `/` narrows it to
/// the lines that match.
@Suite struct HelpFindTests {
    @Test func theCurrentScreensKeysComeFirst() {
        var driver = Driver()
        driver.press(.character("W"), .character("?"))
        let lines = driver.state.helpLines
        #expect(lines.first?.text == "On this screen (Watchlist)")
        let own = lines.prefix { $0.kind != .blank }.map(\.text)
        #expect(own.contains("add to / remove from watchlist"))
        #expect(!own.contains("surprise me"))
        driver.press(.escape, .character("s"), .character("?"))
        let suggestions = driver.state.helpLines.prefix { $0.kind != .blank }.map(\.text)
        #expect(suggestions.first == "On this screen (For you)")
        #expect(suggestions.contains("surprise me") && suggestions.contains("more diversity"))
    }

    @Test func slashFindsAsYouType() {
        var driver = Driver()
        driver.press(.character("?"), .character("/"))
        driver.type("Watch")
        let lines = driver.state.helpLines
        let bindings = lines.filter { $0.kind == .binding }
        #expect(!bindings.isEmpty)
        #expect(bindings.allSatisfy { "\($0.keys) \($0.text)".lowercased().contains("watch") })
        // Each match under its section title: the watchlist key on this screen and among all titles' keys.
        #expect(lines.contains { $0.kind == .section && $0.text == "Titles" })
        #expect(bindings.contains { $0.keys == "W" && $0.text == "watchlist" })
        // Typing q, j or ? goes into the find, not to the help's own keys.
        driver.type("q")
        #expect(driver.state.overlay != nil)
        #expect(driver.state.helpLines.isEmpty)
        driver.press(.backspace, .enter)
        #expect(driver.state.helpFind == { var find = HelpFind(); find.query = "Watch"; return find }())
        // After Enter, j scrolls again; Esc clears the find, a second Esc closes.
        driver.press(.escape)
        #expect(driver.state.helpFind.query.isEmpty)
        #expect(driver.state.overlay == .help(scroll: 0))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func accentsAndCaseDoNotMatter() {
        let lines = HelpDocument.filtered(HelpDocument.lines, query: "DIVERSITÉ")
        #expect(lines.isEmpty)
        let found = HelpDocument.filtered(HelpDocument.lines, query: "ÚNDO")
        #expect(found.contains { $0.text == "undo rating, watchlist or not-for-me" })
    }
}
