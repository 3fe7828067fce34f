import Catalog
import CatalogStore
import Foundation
@testable import MarqueeCLI
import Recommender
@testable import Runtime
import TestSupport
import Testing
import ViewModel

/// What an applied history becomes for the recommender and the browser:
/// read back from a real `user.sqlite` in a temporary directory.
@Suite struct HistorySignalsTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func seeded() throws -> (TemporaryDirectory, UserDatabase) {
        let folder = TemporaryDirectory()
        let user = try UserDatabase(directory: folder.url)
        var changes = HistoryChanges()
        changes.ratings["zodiac-2007"] = .init(rating: Rating(stars: 4.5)!, at: Date(timeIntervalSince1970: 1_700_000_000), source: .letterboxd)
        changes.ratings["klaus-2019"] = .init(rating: Rating(stars: 3)!, at: Date(timeIntervalSince1970: 1_700_000_000), source: nil)
        changes.viewings = [
            .init(title: "zodiac-2007", on: day("2024-03-02"), rewatch: true, source: .letterboxd),
            .init(title: "zodiac-2007", on: day("2019-10-12"), source: .letterboxd),
            .init(title: "zodiac-2007", on: nil, source: .netflix),
            .init(title: "inception-2010", on: nil, source: .netflix),
        ]
        changes.liked = ["amelie-2001": .letterboxd]
        try user.apply(changes)
        return (folder, user)
    }

    @Test func anAppliedHistoryBecomesSignals() throws {
        let (folder, user) = try Self.seeded()
        _ = folder
        let signals = try user.signals()
        #expect(signals.watched["zodiac-2007"] == WatchedTitle(days: [Self.day("2019-10-12"), Self.day("2024-03-02")], times: 3))
        #expect(signals.watched["zodiac-2007"]?.latest == Self.day("2024-03-02"))
        #expect(signals.watched["inception-2010"]?.latest == nil)
        #expect(signals.watched["inception-2010"]?.times == 1)
        #expect(signals.liked == ["amelie-2001"])
        // Only the imported rating has a source.
        #expect(signals.ratingSources == ["zodiac-2007": "Letterboxd"])
        #expect(signals.ratings.count == 2)
    }

    @Test func theStatsSummaryKeepsTheLatestImportOfEachService() throws {
        let (folder, user) = try Self.seeded()
        _ = folder
        #expect(try user.importSummaries().isEmpty)
        func log(_ source: HistorySource, _ at: TimeInterval, read: Int) -> HistoryChanges {
            var changes = HistoryChanges()
            changes.log = .init(source: source, at: Date(timeIntervalSince1970: at), read: read, matched: read - 2, ambiguous: 1,
                                unmatched: 1, newRatings: 4, changedRatings: 0, viewings: 6)
            return changes
        }
        try user.apply(log(.netflix, 1_700_000_000, read: 50))
        try user.apply(log(.letterboxd, 1_600_000_000, read: 10))
        try user.apply(log(.letterboxd, 1_700_086_400, read: 20))
        let summaries = try user.importSummaries()
        #expect(summaries.map(\.source) == ["Letterboxd", "Netflix"])
        #expect(summaries[0].rows == 20)
        #expect(summaries[0].on == Self.day("2023-11-15"))
        #expect(summaries[0].matched == 18)
        #expect(summaries[0].unmatched == 2)
        #expect(summaries[1].rows == 50)
    }

    @Test func rewatchesAreOffUntilSetAndThenRemembered() throws {
        let folder = TemporaryDirectory()
        #expect(try UserDatabase(directory: folder.url).rewatches() == false)
        try UserDatabase(directory: folder.url).saveRewatches(true)
        #expect(try UserDatabase(directory: folder.url).rewatches())
        try UserDatabase(directory: folder.url).saveRewatches(false)
        #expect(try UserDatabase(directory: folder.url).rewatches() == false)
    }
}
