import Catalog
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// The hint line drops hints to fit, but never the ones that say how to get
/// help and how to leave.
@Suite struct StatusBarTests {
    static let screens: [(String, [Key])] = [
        ("home", []), ("browse", [.character("b")]), ("detail", [.character("b"), .enter]),
        ("suggestions", [.character("s")]), ("watchlist", [.character("W")]), ("ratings", [.character("R")]),
        ("stats", [.character("S")]),
        ("filtered browse", [.character("b"), .character("f"), .character("l"), .down, .down, .character("l"), .enter, .down]),
    ]

    @Test(arguments: [80, 60, 40]) func helpAndQuitAlwaysShow(width: Int) {
        for (name, keys) in Self.screens {
            let state = ScreenSnapshotTests.state(width: width, height: 24, keys: keys, signals: ScreenSnapshotTests.rated)
            let line = Renderer(theme: .colored).render(state).grid.lines().last ?? ""
            #expect(line.contains("? help") && line.contains("q quit"), "\(name) at \(width): \(line)")
            // Hints are whole or absent; only a long filter summary may be cut, before them.
            let hints = line.components(separatedBy: "…").last ?? ""
            #expect(hints.contains("? help") && !hints.contains("…"), "\(name) at \(width) cuts a hint: \(line)")
            #expect(!line.contains("…?"), "\(name) at \(width) has no gap before the hints: \(line)")
        }
    }
}

/// The terminal cursor is drawn where the search line's cursor is.
@Suite struct SearchLineCursorTests {
    @Test func theCursorIsDrawnInsideTheQuery() {
        let keys: [Key] = [.character("/")] + ScreenSnapshotTests.type("strangr")
        let atEnd = Renderer(theme: .colored).render(ScreenSnapshotTests.state(width: 80, height: 24, keys: keys))
        let moved = Renderer(theme: .colored).render(ScreenSnapshotTests.state(width: 80, height: 24, keys: keys + [.left, .left]))
        #expect(atEnd.showsCursor && moved.showsCursor)
        #expect(moved.cursor?.x == (atEnd.cursor?.x ?? 0) - 2)
        let start = Renderer(theme: .colored).render(ScreenSnapshotTests.state(width: 80, height: 24, keys: keys + [.control("a")]))
        #expect(start.cursor?.x == (atEnd.cursor?.x ?? 0) - 7)
        #expect(start.grid.text.contains("/ strangr"))
    }

    /// A long query keeps the cursor in view, wherever it is.
    @Test func aLongQueryKeepsTheCursorInView() {
        let long = String(repeating: "abcdefghij ", count: 9)
        let keys: [Key] = [.character("/")] + ScreenSnapshotTests.type(long) + [.control("a")]
        let frame = Renderer(theme: .colored).render(ScreenSnapshotTests.state(width: 40, height: 10, keys: keys))
        #expect(frame.grid.text.contains("/ abcdefghij abc"), "\(frame.grid.text)")
        #expect((frame.cursor?.x ?? -1) >= 0 && (frame.cursor?.x ?? 99) < 40)
    }
}

/// A search list cut short says how many matched: "200 of 247".
@Suite struct CappedResultCountTests {
    static func frame(matched: MatchCount?) -> (AppState, String) {
        var state = AppState(library: Fixtures.library, width: 80, height: 24)
        state.reduceRunningJobs(.launched)
        var query: TitleQuery?
        for key in [Key.character("/"), .character("t")] {
            for case let .query(asked) in state.reduceRunningJobs(.key(key)) { query = asked }
        }
        _ = state.reduceRunningJobs(.queryResults(query!, positions: [0, 1, 2], matched: matched))
        let line = Renderer(theme: .colored).render(state).grid.lines()[1]
        return (state, line)
    }

    @Test func theCountSaysWhenTheListWasCut() {
        let (state, line) = Self.frame(matched: MatchCount(total: 247))
        #expect(state.search.matched == MatchCount(total: 247))
        #expect(line.hasSuffix("3 of 247 results "), "\(line)")
        #expect(Self.frame(matched: MatchCount(total: 400, isLowerBound: true)).1.hasSuffix("3 of 400+ results "))
    }

    @Test func closestTitlesAreNotPassedOffAsMatches() {
        var state = AppState(library: Fixtures.library, width: 80, height: 24)
        state.reduceRunningJobs(.launched)
        var query: TitleQuery?
        for key in [Key.character("/"), .character("x")] {
            for case let .query(asked) in state.reduceRunningJobs(.key(key)) { query = asked }
        }
        _ = state.reduceRunningJobs(.queryResults(query!, positions: [0, 1], closest: true))
        #expect(state.search.isClosest)
        let line = Renderer(theme: .colored).render(state).grid.lines()[1]
        #expect(line.hasSuffix("no exact match · 2 closest "), "\(line)")
        // The next answer that matches as typed drops the note.
        _ = state.reduceRunningJobs(.key(.character("y")))
        _ = state.reduceRunningJobs(.queryResults(state.search.pending!, positions: [0]))
        #expect(!state.search.isClosest)
    }

    @Test func titlesFoundByWhatTheyAreAboutSaySo() {
        var state = AppState(library: Fixtures.library, width: 80, height: 24)
        state.reduceRunningJobs(.launched)
        var query: TitleQuery?
        for key in [Key.character("/"), .character("z")] {
            for case let .query(asked) in state.reduceRunningJobs(.key(key)) { query = asked }
        }
        _ = state.reduceRunningJobs(.queryResults(query!, positions: [0], closest: true, about: true))
        let line = Renderer(theme: .colored).render(state).grid.lines()[1]
        #expect(line.hasSuffix("by what it is about · 1 "), "\(line)")
    }

    @Test func aWholeListSaysOnlyItsCount() {
        let (state, line) = Self.frame(matched: nil)
        #expect(state.search.matched == nil)
        #expect(line.hasSuffix(" 3 results "), "\(line)")
        #expect(Self.frame(matched: MatchCount(total: 3)).1.hasSuffix(" 3 results "))
    }
}


/// Every hint names the keys the person bound, not the default ones
/// (config.toml `[keys]` rebinds `[`, `]`, `!` and the rest).
@Suite struct ReboundKeyHintTests {
    static func rebound(_ keys: [Command: Key]) -> [KeyBinding<Command>] {
        Keymap.main.map { binding in
            guard let key = keys[binding.intent] else { return binding }
            return KeyBinding([key], binding.intent, binding.summary)
        }
    }

    @Test func theSuggestionsHeaderAndEmptyScreensNameTheBoundKeys() {
        let keymap = Self.rebound([.lessDiversity: .character("-"), .moreDiversity: .character("+"),
                                   .surprise: .character("z"), .suggestions: .character("y"),
                                   .toggleWatchlist: .character("w"), .nextPane: .character("n")])
        var state = AppState(library: Fixtures.library, moodSetting: MoodSetting(mood: NamedMood.tense.mood),
                             width: 120, height: 40, keymap: keymap)
        state.reduceRunningJobs(.launched)
        _ = state.reduceRunningJobs(.key(.character("y")))
        let header = Renderer(theme: .colored).render(state).grid.lines().first { $0.contains("Diversity") } ?? ""
        #expect(header.contains("- less  + more  z surprise me"), "\(header)")
        #expect(!header.contains("[ less"))

        var watchlist = AppState(library: Fixtures.library, width: 120, height: 40, keymap: keymap)
        watchlist.reduceRunningJobs(.launched)
        _ = watchlist.reduceRunningJobs(.key(.character("W")))
        #expect(Renderer(theme: .colored).render(watchlist).grid.text.contains("press w on any title"))

        // The detail screen names the keys that move into its lists.
        var detail = AppState(library: Fixtures.library, width: 180, height: 40, keymap: keymap)
        detail.reduceRunningJobs(.launched)
        for key: Key in [.character("b"), .enter] { _ = detail.reduceRunningJobs(.key(key)) }
        let screen = Renderer(theme: .colored).render(detail).grid
        #expect(screen.text.contains("Similar titles · n to choose, Enter to open"))
        #expect(screen.lines().last?.contains("n similar titles") == true, "\(screen.lines().last ?? "")")
    }
}
