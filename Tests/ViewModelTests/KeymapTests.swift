import Foundation
import TestSupport
import Testing
@testable import ViewModel

@Suite struct KeymapTests {
    @Test func noKeyIsBoundTwice() {
        func check<Intent>(_ table: [KeyBinding<Intent>], _ name: String) {
            var seen: [Key: String] = [:]
            for binding in table {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(name): \(key) bound to '\(seen[key] ?? "")' and '\(binding.summary)'")
                    seen[key] = binding.summary
                }
            }
        }
        check(Keymap.main, "main")
        check(Keymap.searchLine, "search line")
        check(Keymap.moodPicker, "mood picker")
        check(Keymap.filterForm, "filters")
        check(Keymap.sortMenu, "sort menu")
        check(Keymap.correction, "correction")
        check(Keymap.help, "help")
        check(Keymap.welcome, "welcome")
    }

    @Test func theCanonicalKeysOfTheBrief() {
        let expected: [(Key, Command)] = [
            (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
            (.character("h"), .previousPane), (.character("l"), .nextPane), (.tab, .nextPane), (.backTab, .previousPane),
            (.character("g"), .first), (.character("G"), .last), (.home, .first), (.end, .last),
            (.pageDown, .pageDown), (.pageUp, .pageUp), (.control("d"), .pageDown), (.control("u"), .pageUp),
            (.enter, .open), (.escape, .back), (.character("/"), .search),
            (.character("1"), .rate(1)), (.character("5"), .rate(5)), (.character("0"), .clearRating),
            (.character("u"), .undo), (.character("a"), .toggleWatchlist), (.character("x"), .notForMe),
            (.character("m"), .moodPicker), (.character("s"), .suggestions), (.character("["), .lessDiversity),
            (.character("]"), .moreDiversity), (.character("!"), .surprise), (.character("b"), .browse),
            (.character("W"), .watchlist), (.character("R"), .ratings), (.character("?"), .help),
            (.character("q"), .quit), (.control("c"), .forceQuit),
        ]
        for (key, command) in expected {
            #expect(Keymap.lookup(key, in: Keymap.main) == command, "\(key)")
        }
    }

    /// Help is printed from the same tables input uses: every bound key
    /// appears in it.
    @Test func helpListsEveryBinding() {
        let helpText = HelpDocument.lines.map { "\($0.keys) \($0.text)" }.joined(separator: "\n")
        let tables: [[String]] = [
            Keymap.main.flatMap { $0.keys.map(\.description) },
            Keymap.searchLine.flatMap { $0.keys.map(\.description) },
            Keymap.moodPicker.flatMap { $0.keys.map(\.description) },
            Keymap.filterForm.flatMap { $0.keys.map(\.description) },
            Keymap.sortMenu.flatMap { $0.keys.map(\.description) },
            Keymap.correction.flatMap { $0.keys.map(\.description) },
            Keymap.welcome.flatMap { $0.keys.map(\.description) },
        ]
        for key in tables.flatMap({ $0 }) {
            #expect(helpText.contains(key), "\(key) missing from help")
        }
        for binding in Keymap.main { #expect(helpText.contains(binding.summary)) }
    }

    /// docs/keymap.md is written by hand; this keeps it true.
    @Test func theKeymapDocumentListsEveryBinding() throws {
        let document = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/keymap.md"), encoding: .utf8)
        func check<Intent>(_ table: [KeyBinding<Intent>]) {
            for binding in table {
                #expect(document.contains("| \(binding.summary) |"), "docs/keymap.md lacks '\(binding.summary)'")
                for key in binding.keys { #expect(document.contains("`\(key.description)`"), "docs/keymap.md lacks `\(key)`") }
            }
        }
        check(Keymap.main)
        check(Keymap.searchLine)
        check(Keymap.moodPicker)
        check(Keymap.filterForm)
        check(Keymap.sortMenu)
        check(Keymap.correction)
        check(Keymap.help)
        check(Keymap.welcome)
    }
}
