import Catalog
import Recommender
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// The mouse against what is drawn: a click on a row selects the title the
/// row shows, a double click opens it, the wheel scrolls.
@Suite struct MouseTests {
    static let signals = UserSignals(ratings: ["mindhunter-2017": Rating(stars: 5)!, "the-office-2005": Rating(stars: 4)!,
                                               "bird-box-2018": Rating(stars: 2)!],
                                     watchlist: ["zodiac-2007", "amelie-2001", "okja-2017"])

    static func state(_ keys: [Key], width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(library: Fixtures.library, signals: signals, moodSetting: MoodSetting(mood: NamedMood.tense.mood),
                             width: width, height: height)
        state.reduceRunningJobs(.launched)
        for key in keys {
            for effect in state.reduceRunningJobs(.key(key)) {
                if case let .query(query) = effect { _ = state.reduceRunningJobs(.queryResults(query, positions: FixtureQuery.answer(query))) }
            }
        }
        return state
    }

    /// Clicks every row of the screen that shows a title and checks that the
    /// title selected is the one drawn on that row.
    /// (On suggestions a title has two lines, its name and its reason: a
    /// click on either selects it.)
    static func clickEveryRow(_ start: AppState, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let lines = Renderer().render(start).grid.lines()
        var checked = 0
        for y in 0..<start.height {
            guard case .listItem? = start.target(atX: 5, y: y) else { continue }
            var state = start
            _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .click, x: 5, y: y)))
            let name = state.selectedTitle.map { String($0.name.prefix(12)) } ?? "—"
            let shown = lines[y].contains(name) || (start.screen == .suggestions && lines[y - 1].contains(name))
            #expect(shown, "row \(y) shows \(lines[y]) but \(name) was selected", sourceLocation: sourceLocation)
            checked += 1
        }
        return checked
    }

    @Test func clicksSelectTheRowUnderThePointerOnEveryListScreen() {
        for keys: [Key] in [[.character("b")], [.character("s")], [.character("W")], [.character("R")]] {
            #expect(Self.clickEveryRow(Self.state(keys)) >= 3, "\(keys)")
        }
        // Browse with the search line open: the list starts a line lower.
        #expect(Self.clickEveryRow(Self.state([.character("/")] + "the".map { Key.character($0) } + [.enter])) >= 2)
    }

    @Test func onHomeAClickOnAHeadingOpensThatRowAndOnATitleSelectsIt() throws {
        var state = Self.state([])
        let lines = Viewport.homeLines(state)
        let headingY = try #require(lines.firstIndex(of: .heading(row: 2))) + 2
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .click, x: 4, y: headingY)))
        #expect(state.home.row == 2)
        let itemY = try #require(Viewport.homeLines(state).firstIndex(of: .item(row: 2, item: 1))) + 2
        let drawn = Renderer().render(state).grid.lines()[itemY]
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .click, x: 4, y: itemY)))
        #expect(state.home.selection == 1)
        #expect(drawn.contains(String(state.selectedTitle!.name.prefix(12))))
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .doubleClick, x: 4, y: itemY)))
        guard case let .detail(context) = state.screen else {
            Issue.record("a double click should open the detail")
            return
        }
        #expect(context.id == state.library.titles[state.home.rows[2].positions[1]].id)
    }

    @Test func theWheelScrollsTheListOrThePaneUnderIt() {
        var state = Self.state([.character("b")], height: 16)
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(state.browseList.selection == 3)
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .wheelUp, x: 5, y: 5)))
        #expect(state.browseList.selection == 0)
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .wheelDown, x: 90, y: 5)))
        #expect(state.browseList.selection == 0)
        #expect(state.detailPaneLines.count > Viewport.detailPaneRows(state) + 3)
        #expect(state.detailPaneScroll == 3)
    }

    @Test func similarTitlesOnTheDetailScreenAreClickable() throws {
        var state = Self.state([.character("/")] + "zodiac".map { Key.character($0) } + [.enter, .enter, .character("G")])
        let lines = Renderer().render(state).grid.lines()
        let y = try #require((0..<state.height).first { state.target(atX: 5, y: $0) == .detailChoice(.similar(1)) })
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .doubleClick, x: 5, y: y)))
        guard case let .detail(context) = state.screen else {
            Issue.record("expected a detail screen")
            return
        }
        #expect(lines[y].contains(String(state.library.title(context.id)!.name.prefix(10))))
        #expect(state.stack.count == 4)
    }

    @Test func clicksOutsideAnythingAndUnderOverlaysDoNothing() {
        var state = Self.state([.character("b")])
        let before = state.browseList
        for (x, y) in [(0, 0), (5, 29), (5, 28)] { _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .click, x: x, y: y))) }
        #expect(state.browseList == before)
        _ = state.reduceRunningJobs(.key(.character("?")))
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .click, x: 5, y: 5)))
        #expect(state.browseList == before)
        _ = state.reduceRunningJobs(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(state.overlay == .help(scroll: 3))
    }
}
