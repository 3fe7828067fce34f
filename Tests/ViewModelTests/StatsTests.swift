import Foundation
import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// The stats screen's figures, worked out from a known set of ratings.
@Suite struct StatsTests {
    static let signals = UserSignals(ratings: [
        "mindhunter-2017": Rating(stars: 5)!, "zodiac-2007": Rating(stars: 4.5)!, "bird-box-2018": Rating(stars: 2)!,
        "paddington-2-2017": Rating(stars: 4)!,
    ])

    static func bars(_ lines: [StatsLine]) -> [(String, Float, String)] {
        lines.compactMap { if case let .bar(label, value, figure) = $0.kind { (label, value, figure) } else { nil } }
    }

    @Test func starsAreBinnedAndScaledToTheLargestBin() {
        var driver = Driver(signals: Self.signals)
        driver.press(.character("S"))
        #expect(driver.state.screen == .stats)
        let lines = driver.state.statsLines
        #expect(lines.first?.text == "Your stars · 4 rated, mean 3.9")
        let stars = Self.bars(lines).prefix(5)
        // 5 and 4.5 → five stars (2), 4 → four (1), 2 → two (1).
        #expect(stars.map(\.0) == ["★★★★★", "★★★★", "★★★", "★★", "★"])
        #expect(stars.map(\.2) == ["2", "1", "0", "1", "0"])
        #expect(stars.map(\.1) == [1, 0.5, 0, 0.5, 0])
    }

    @Test func genresShowTheMeanOfTheirRatings() throws {
        let lines = StatsDocument.lines(Driver(signals: Self.signals).state, width: 80)
        let thriller = try #require(Self.bars(lines).first { $0.0 == "Thriller" })
        // Mindhunter 5, Zodiac 4.5 and Bird Box 2 are thrillers in the fixture.
        #expect(thriller.2 == "3.8★ · 3")
        #expect(abs(thriller.1 - 3.8333 / 5) < 0.001)
        #expect(lines.contains { if case .map = $0.kind { true } else { false } })
    }

    @Test func theDialChangesTheVarietyShownAtOnce() throws {
        var driver = Driver(signals: Self.signals)
        driver.press(.character("S"))
        func variety() -> Float? { Self.bars(driver.state.statsLines).first { $0.0 == "Variety" }?.1 }
        let before = try #require(variety())
        for _ in 0..<7 { driver.press(.character("]")) }
        let after = try #require(variety())
        #expect(after > before)
    }

    @Test func scrollingStopsAtTheEnd() {
        var driver = Driver(height: 12, signals: Self.signals)
        driver.press(.character("S"), .character("G"))
        let end = driver.state.statsScroll
        #expect(end == driver.state.statsLines.count - Viewport.visibleItems(driver.state))
        driver.press(.character("j"))
        #expect(driver.state.statsScroll == end)
        driver.press(.character("g"))
        #expect(driver.state.statsScroll == 0)
    }

    @Test func withoutRatingsTheScreenSaysHowToStart() {
        var driver = Driver()
        driver.press(.character("S"))
        #expect(driver.state.statsLines.contains { $0.text.hasPrefix("No ratings yet") })
    }
}

/// The ratings screen: dates and the order switched with `o`.
@Suite struct RatingsScreenTests {
    static let signals = UserSignals(
        ratings: ["mindhunter-2017": Rating(stars: 5)!, "zodiac-2007": Rating(stars: 3)!, "amelie-2001": Rating(stars: 4)!],
        ratedOn: ["mindhunter-2017": CalendarDate(year: 2026, month: 1, day: 5)!, "zodiac-2007": CalendarDate(year: 2026, month: 11, day: 1)!,
                  "amelie-2001": CalendarDate(year: 2025, month: 6, day: 30)!])

    @Test func oCyclesStarsDateAndTitle() {
        var driver = Driver(signals: Self.signals, today: CalendarDate(year: 2026, month: 11, day: 25))
        driver.press(.character("R"))
        func names() -> [String] { driver.state.ratedItems.map { driver.state.library.titles[$0].name } }
        #expect(names() == ["Mindhunter", "Amélie", "Zodiac"])
        driver.press(.character("o"))
        #expect(driver.state.ratingsOrder == .date)
        #expect(driver.state.overlay == nil)
        #expect(names() == ["Zodiac", "Mindhunter", "Amélie"])
        driver.press(.character("o"))
        #expect(names() == ["Amélie", "Mindhunter", "Zodiac"])
        driver.press(.character("o"))
        #expect(driver.state.ratingsOrder == .stars)
    }

    @Test func aNewRatingIsDatedToday() {
        var driver = Driver(signals: Self.signals, today: CalendarDate(year: 2026, month: 11, day: 25))
        driver.press(.character("R"), .character("o"), .character("G"), .character("5"))
        // Amélie was rated last in 2025; re-rated today it leads "newest first".
        #expect(driver.state.signals.ratedOn["amelie-2001"] == CalendarDate(year: 2026, month: 11, day: 25))
        #expect(driver.state.library.titles[driver.state.ratedItems[0]].name == "Amélie")
        driver.press(.character("0"))
        #expect(driver.state.signals.ratedOn["amelie-2001"] == nil)
    }

    /// Same-day ratings order by the moment they were set, not by title.
    @Test func sameDayRatingsOrderByTheirTime() {
        let day = CalendarDate(year: 2026, month: 11, day: 25)!
        let morning = Date(timeIntervalSince1970: 1_795_000_000)
        let signals = UserSignals(
            ratings: ["zodiac-2007": Rating(stars: 3)!, "amelie-2001": Rating(stars: 4)!, "mindhunter-2017": Rating(stars: 5)!],
            ratedOn: ["zodiac-2007": day, "amelie-2001": day, "mindhunter-2017": day],
            ratedAt: ["amelie-2001": morning, "zodiac-2007": morning + 3_600, "mindhunter-2017": morning + 1.5])
        var driver = Driver(signals: signals, today: day)
        driver.press(.character("R"), .character("o"))
        func names() -> [String] { driver.state.ratedItems.map { driver.state.library.titles[$0].name } }
        #expect(names() == ["Zodiac", "Mindhunter", "Amélie"])
        // Rated now, Amélie is newer than every stored moment; then Mindhunter after it.
        driver.press(.character("G"), .character("2"))
        #expect(names() == ["Amélie", "Zodiac", "Mindhunter"])
        driver.press(.character("G"), .character("4"))
        #expect(names() == ["Mindhunter", "Amélie", "Zodiac"])
    }
}
