import Catalog
import Foundation
import Recommender
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// docs/screens.md is written by this test from the same states the
/// snapshots draw, so the captures in the docs are always the real screens.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites it.
@Suite struct ScreensDocumentTests {
    typealias Shots = ScreenSnapshotTests

    static let screens: [(title: String, note: String, keys: [Key], signals: UserSignals, size: (Int, Int))] = [
        ("Home", "Rows to scan; `h`/`l` or Tab move between rows, `j`/`k` within one; the detail pane follows.",
         [.down], Shots.rated, (80, 24)),
        ("Home, wide", "At 120 columns the rows and the detail pane grow; the detail names the genres.",
         [.tab, .down], Shots.rated, (120, 40)),
        ("Browse, very wide", "Once a list is 100 columns wide (a 200-column terminal), each row shows the title's genres.",
         [.character("b"), .down], Shots.rated, (200, 60)),
        ("Browse", "Every title, newest first (`b`); `/` searches, `f` filters, `o` sorts.",
         [.character("b"), .down, .down], Shots.rated, (80, 24)),
        ("Search", "Results as you type, accent- and case-insensitive.",
         [.character("/")] + Shots.type("stranger") + [.enter], UserSignals(), (80, 24)),
        ("Detail with similar titles", "`Tab` moves into the similar titles; `Enter` opens one.",
         [.character("/")] + Shots.type("zodiac") + [.enter, .enter, .tab, .down], UserSignals(), (80, 24)),
        ("Search, a work with versions", "Dubs and other-language releases of one work are one row, marked `+2`.",
         [.character("/")] + Shots.type("example") + [.enter], UserSignals(), (80, 24)),
        ("Detail with versions", "The other versions of the work; `Tab` chooses one, `Enter` opens it to rate it.",
         [.character("/")] + Shots.type("example") + [.enter, .enter, .tab],
         UserSignals(ratings: ["example-film-tamil-version-2019": Rating(stars: 4)!]), (80, 24)),
        ("Detail: where the mood comes from", "An inferred profile names the description cues, title words and genres it was read from.",
         [.character("/")] + Shots.type("hill house") + [.enter, .enter], UserSignals(), (80, 24)),
        ("Detail of a watched title", "A rating imported from Letterboxd and the days the title was watched.",
         [.character("/")] + Shots.type("zodiac") + [.enter, .enter], Shots.history, (80, 24)),
        ("Mood picker", "The named moods beside the mood map; strategy, time and company below.",
         [.character("m"), .down, .down], UserSignals(), (80, 24)),
        ("For you", "Suggestions with reasons, the diversity gauge (`[`/`]`), the labelled outside-your-usual pick.",
         [.character("s")], Shots.rated, (80, 24)),
        ("My ratings", "With the day of each rating; `o` switches the order.", [.character("R"), .character("o")], Shots.rated, (80, 24)),
        ("Watchlist", "`a` removes, `u` puts back.", [.character("W")], Shots.rated, (80, 24)),
        ("Not for me", "Every title hidden with `x` (`X`); `x` here unhides, `u` hides again.",
         [.character("X")], Shots.hidden, (80, 24)),
        ("Stats", "Stars, genres, the mood map of what you rated, and how varied your suggestions are.",
         [.character("S")], Shots.manyRatings, (80, 24)),
        ("Help", "Every key, written from the table the keys are read from.", [.character("?")], UserSignals(), (80, 24)),
        ("Smallest size", "40×10 still works; below it Marquee asks for a larger terminal.", [.down], Shots.rated, (40, 10)),
    ]

    static func document() -> String {
        var text = """
            # Screens

            Text captures of Marquee's main screens, drawn by the renderer from the fixture catalog
            (`Tests/Fixtures/catalog`). `ScreensDocumentTests` writes this page from the same states the
            snapshot tests check, and fails when the page and the screens differ, so what is shown here is
            what the app draws. Colours are not part of the text; the selected row is marked `▸`.

            """
        // The first launch's welcome comes from a state no key reaches: a catalog with standings and nothing stored yet.
        var welcome = AppState(library: Shots.regarded, moodSetting: .default, width: 80, height: 24, welcome: true)
        welcome.reduceRunningJobs(.launched)
        for key in [Key.character("4"), .character("j")] { _ = welcome.reduceRunningJobs(.key(key)) }
        text += "\n## Welcome (80×24)\n\nThe first launch: `m` for the mood picker, a few well-known titles to rate "
            + "(here the first rated ★★★★☆), the commands that import a history from another service, `Esc` to start; "
            + "it is not shown again.\n\n```\n"
            + Renderer(theme: .colored).render(welcome).grid.text + "\n```\n"
        for screen in screens {
            let state = Shots.state(width: screen.size.0, height: screen.size.1, keys: screen.keys, signals: screen.signals)
            let capture = Renderer(theme: .colored).render(state).grid.text
            text += "\n## \(screen.title) (\(screen.size.0)×\(screen.size.1))\n\n\(screen.note)\n\n```\n\(capture)\n```\n"
        }
        // The import log reaches the state at launch, not by a key.
        let imported = Shots.state(width: 80, height: 24, keys: [.character("S")], signals: Shots.history, imports: Shots.imports)
        text += "\n## Stats after an import (80×24)\n\nThe \"Imported\" section: each service's latest import and what came of it.\n\n```\n"
            + Renderer(theme: .colored).render(imported).grid.text + "\n```\n"
        return text
    }

    @Test func docsScreensIsWhatTheScreensDraw() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("docs/screens.md")
        let expected = Self.document()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == expected, "docs/screens.md is out of date: run RECORD_SNAPSHOTS=1 swift test --filter ScreensDocumentTests")
    }
}
