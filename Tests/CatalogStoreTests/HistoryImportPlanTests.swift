import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// What an import would change, and that writing it is idempotent.
@Suite struct HistoryImportPlanTests {
    let matcher = HistoryMatcher(titles: HistoryMatcherTests.titles)
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func day(_ iso: String) -> Date { UserDatabase.moment(iso + "T00:00:00Z")! }

    func read(_ rows: [HistoryRow], source: HistorySource = .letterboxd) -> HistoryRead {
        HistoryRead(source: source, rows: rows, files: ["ratings.csv"])
    }

    func row(_ name: String, _ year: Int, line: Int = 2, _ facts: [HistoryRow.Fact]) -> HistoryRow {
        HistoryRow(file: "ratings.csv", line: line, name: name, year: year, kind: .movie, facts: facts)
    }

    @Test func newRatingsAreCountedAndAReimportChangesNothing() throws {
        let directory = TemporaryDirectory()
        let user = try UserDatabase(directory: directory.url)
        let file = read([
            row("Heat", 1995, [.rated(Rating(stars: 4.5)!, on: Self.day("2024-01-02"))]),
            row("Amelie", 2001, line: 3, [.rated(Rating(stars: 3)!, on: nil), .watched(on: CalendarDate(iso: "2023-12-24"), rewatch: false)]),
            row("Unknown Film", 1999, line: 4, [.rated(Rating(stars: 2)!, on: nil)]),
        ])
        let plan = HistoryImportPlan(read: file, matcher: matcher, current: try user.history(), now: Self.now)
        #expect(plan.figures.read == 3 && plan.figures.matched == 2 && plan.figures.unmatched == 1)
        #expect(plan.figures.newRatings == 2 && plan.figures.newViewings == 1)
        #expect(plan.misses.map(\.row.line) == [4])
        try user.apply(plan.changes)
        let stored = try user.history()
        #expect(stored.ratings["heat-1995"] == .init(rating: Rating(stars: 4.5)!, at: Self.day("2024-01-02"), source: .letterboxd))
        #expect(stored.ratings["amelie-2001"]?.at == Self.now)
        #expect(stored.imports.count == 1 && stored.imports[0].newRatings == 2)

        let again = HistoryImportPlan(read: file, matcher: matcher, current: stored, now: Self.now)
        #expect(again.changes.isEmpty)
        #expect(again.figures.unchangedRatings == 2 && again.figures.newRatings == 0 && again.figures.newViewings == 0)

        // Rated again in Marquee, the rating is the person's own.
        try user.setRating(Rating(stars: 5)!, for: "heat-1995")
        #expect(try user.history().ratings["heat-1995"]?.source == nil)
    }

    @Test func aConflictKeepsTheNewerRatingUnlessToldOtherwise() throws {
        var current = UserHistory()
        current.ratings["heat-1995"] = .init(rating: Rating(stars: 2)!, at: Self.day("2024-06-01"))
        current.ratings["amelie-2001"] = .init(rating: Rating(stars: 2)!, at: Self.day("2024-06-01"))
        current.ratings["the-host-2006"] = .init(rating: Rating(stars: 2)!, at: Self.day("2024-06-01"))
        let file = read([
            row("Heat", 1995, [.rated(Rating(stars: 4)!, on: Self.day("2025-01-01"))]),
            row("Amelie", 2001, [.rated(Rating(stars: 4)!, on: Self.day("2023-01-01"))]),
            row("The Host", 2006, [.rated(Rating(stars: 4)!, on: nil)]),
        ])
        let newer = HistoryImportPlan(read: file, matcher: matcher, current: current, now: Self.now)
        #expect(Set(newer.changes.ratings.keys) == ["heat-1995"])
        #expect(newer.figures.changedRatings == 1 && newer.figures.keptRatings == 2)
        #expect(newer.ratingChanges.first { $0.title == "the-host-2006" }?.conflict?.contains("no date") == true)

        let file_ = HistoryImportPlan(read: file, matcher: matcher, current: current, prefer: .file, now: Self.now)
        #expect(Set(file_.changes.ratings.keys) == ["heat-1995", "amelie-2001", "the-host-2006"])
        let mine = HistoryImportPlan(read: file, matcher: matcher, current: current, prefer: .mine, now: Self.now)
        #expect(mine.changes.ratings.isEmpty && mine.figures.keptRatings == 3)
    }

    @Test func theFilesLatestRatingOfATitleWins() {
        let file = read([
            row("Heat", 1995, [.rated(Rating(stars: 5)!, on: Self.day("2024-03-01"))]),
            row("Heat", 1995, line: 3, [.rated(Rating(stars: 3)!, on: Self.day("2022-03-01"))]),
        ])
        let plan = HistoryImportPlan(read: file, matcher: matcher, current: UserHistory(), now: Self.now)
        #expect(plan.changes.ratings["heat-1995"]?.rating == Rating(stars: 5))
    }

    /// Letterboxd's watched.csv lists diary films again without a day.
    @Test func aViewingWithoutADayCountsOnlyForATitleWithNoDatedOne() {
        let file = read([
            row("Heat", 1995, [.watched(on: nil, rewatch: false)]),
            row("Heat", 1995, line: 3, [.watched(on: CalendarDate(iso: "2024-02-02"), rewatch: true)]),
            row("Amelie", 2001, line: 4, [.watched(on: nil, rewatch: false)]),
        ])
        let plan = HistoryImportPlan(read: file, matcher: matcher, current: UserHistory(), now: Self.now)
        #expect(plan.changes.viewings.sorted() == [
            UserHistory.Viewing(title: "amelie-2001", on: nil, source: .letterboxd),
            UserHistory.Viewing(title: "heat-1995", on: CalendarDate(iso: "2024-02-02"), rewatch: true, source: .letterboxd),
        ])
    }

    @Test func aRatedTitleLeavesTheWatchlistAndIsNotPutOnIt() {
        var current = UserHistory()
        current.watchlist["heat-1995"] = Self.day("2020-01-01")
        let file = read([
            row("Heat", 1995, [.rated(Rating(stars: 4)!, on: nil)]),
            row("Amelie", 2001, [.watchlisted(on: nil), .rated(Rating(stars: 4)!, on: nil)]),
            row("The Host", 2006, [.watchlisted(on: Self.day("2021-01-01"))]),
        ])
        let plan = HistoryImportPlan(read: file, matcher: matcher, current: current, now: Self.now)
        #expect(plan.changes.watchlistRemovals == ["heat-1995"])
        #expect(plan.changes.watchlist == ["the-host-2006": Self.day("2021-01-01")])
    }

    @Test func missesSayWhyAndAmbiguousOnesNameTheCandidates() {
        let plan = HistoryImportPlan(read: read([row("Twins", 2010, [.rated(Rating(stars: 4)!, on: nil)])]), matcher: matcher,
                                     current: UserHistory(), titles: { $0.rawValue.uppercased() }, now: Self.now)
        #expect(plan.figures.ambiguous == 1)
        #expect(plan.misses.first?.reason == "fits 2 titles: TWINS-A-2010; TWINS-B-2010")
    }
}
