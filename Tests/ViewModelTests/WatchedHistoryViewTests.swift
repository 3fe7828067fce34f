import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// An imported history in the browser: the rewatches key on the suggestions
/// screen, the detail screen's "Watched" and "imported from", the stats
/// screen's "Imported" section.
@Suite struct WatchedHistoryViewTests {
    static let day = CalendarDate(year: 2024, month: 3, day: 2)!

    @Test func rLetsWatchedTitlesBackIntoSuggestionsAndAsksToRememberIt() throws {
        var cold = Driver()
        cold.press(.character("s"))
        let best = try #require(cold.state.suggestions.items.first).id
        var driver = Driver(signals: UserSignals(watched: [best: WatchedTitle(days: [Self.day])]))
        driver.press(.character("s"))
        #expect(!driver.state.suggestions.items.contains { $0.id == best })
        #expect(driver.state.suggestions.rewatches == false)

        let on = driver.press(.character("r"))
        #expect(on == [.saveRewatches(true)])
        #expect(driver.state.suggestions.rewatches)
        #expect(driver.state.suggestions.items.contains { $0.id == best })
        #expect(driver.state.status == .info("Rewatches on: titles you watched may come back"))
        #expect(driver.state.suggestionRequest.rewatches)

        let off = driver.press(.character("r"))
        #expect(off == [.saveRewatches(false)])
        #expect(!driver.state.suggestions.rewatches)
        #expect(!driver.state.suggestions.items.contains { $0.id == best })
    }

    @Test func theRememberedSettingIsWhereTheListStarts() throws {
        var cold = Driver()
        cold.press(.character("s"))
        let best = try #require(cold.state.suggestions.items.first).id
        let state = AppState(library: Fixtures.library, signals: UserSignals(watched: [best: WatchedTitle(days: [Self.day])]),
                             moodSetting: MoodSetting(mood: NamedMood.tense.mood), rewatches: true)
        var driver = Driver()
        driver.state = state
        driver.press(.character("s"))
        #expect(driver.state.suggestions.items.contains { $0.id == best })
    }

    @Test func watchedTitlesLeaveTheHomeRowsOfUnseenTitles() throws {
        var cold = Driver()
        let newest = try #require(cold.state.home.rows.first { $0.kind == .new }?.positions.first)
        let id = cold.state.library.titles[newest].id
        cold.press(.character("j"))
        var driver = Driver(signals: UserSignals(watched: [id: WatchedTitle()]))
        driver.press(.character("j"))
        #expect(driver.state.home.rows.first { $0.kind == .new }?.positions.contains(newest) == false)
    }

    static let history = UserSignals(
        ratings: ["zodiac-2007": Rating(stars: 4.5)!],
        watched: ["zodiac-2007": WatchedTitle(days: [Self.day, CalendarDate(year: 2019, month: 10, day: 12)!], times: 3),
                  "inception-2010": WatchedTitle(days: [], times: 1)],
        liked: ["inception-2010"],
        ratingSources: ["zodiac-2007": "Letterboxd"])

    static func detailTexts(_ id: TitleID, signals: UserSignals) throws -> [String] {
        let state = AppState(library: Fixtures.library, signals: signals)
        let position = try #require(Fixtures.library.position(of: id))
        // A field's label is part of its kind; join them as the screen shows them.
        return DetailDocument.lines(position: position, state: state, width: 80, reason: nil).map { line in
            if case let .field(label) = line.kind { return "\(label): \(line.text)" }
            return line.text
        }
    }

    @Test func theDetailSaysWhenItWasWatchedAndWhereTheRatingCameFrom() throws {
        let zodiac = try Self.detailTexts("zodiac-2007", signals: Self.history)
        #expect(zodiac.contains("Watched: 2024-03-02 (and 2 more times)"))
        #expect(zodiac.contains(": imported from Letterboxd"))
        let inception = try Self.detailTexts("inception-2010", signals: Self.history)
        #expect(inception.contains("Watched: (day unknown)"))
        #expect(!inception.contains { $0.contains("imported from") })
        #expect(inception.contains("Liked: yes (imported)"))
        #expect(!zodiac.contains { $0.hasPrefix("Liked") })
        // A title never watched says nothing of it.
        let amelie = try Self.detailTexts("amelie-2001", signals: Self.history)
        #expect(!amelie.contains { $0.hasPrefix("Watched") })
    }

    @Test func statsShowTheLatestImportOfEachServiceAndNothingWithoutOne() {
        let none = StatsDocument.lines(AppState(library: Fixtures.library), width: 80).map(\.text)
        #expect(!none.contains { $0.hasPrefix("Imported") })
        let imports = [
            ImportSummary(source: "Letterboxd", on: Self.day, rows: 120, matched: 97, unmatched: 23, newRatings: 80, viewings: 140),
            ImportSummary(source: "Netflix", on: nil, rows: 1, matched: 1, unmatched: 0, newRatings: 0, viewings: 1),
        ]
        let lines = StatsDocument.lines(AppState(library: Fixtures.library, imports: imports), width: 80).map(\.text)
        let heading = lines.firstIndex { $0.hasPrefix("Imported") }
        #expect(heading != nil)
        #expect(lines.contains("Letterboxd on 2024-03-02: 120 rows, 97 matched, 23 unmatched"))
        #expect(lines.contains("  80 new ratings, 140 viewings"))
        #expect(lines.contains("Netflix: 1 row, 1 matched, 0 unmatched"))
        #expect(lines.contains("  0 new ratings, 1 viewing"))
    }
}
