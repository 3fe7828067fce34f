import Catalog
import CatalogStore
import Foundation
import TestSupport
import Testing

/// A history imported into a data dir, as the importers write it (one
/// `HistoryChanges` applied through the library), seen by the built binary:
/// on the command line, on the detail screen, and in suggestions with and
/// without rewatches.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WatchedHistoryTerminalTests {
    static let catalog = ["--catalog", Fixtures.catalogDirectory.path]

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Zodiac rated on Letterboxd and watched three times; `best` watched once.
    static func seed(_ data: TemporaryDirectory, best: TitleID) throws {
        var changes = HistoryChanges()
        let at = Date(timeIntervalSince1970: 1_709_337_600)  // 2024-03-02
        changes.ratings["zodiac-2007"] = .init(rating: Rating(stars: 4.5)!, at: at, source: .letterboxd)
        changes.viewings = [
            .init(title: "zodiac-2007", on: day("2019-10-12"), source: .letterboxd),
            .init(title: "zodiac-2007", on: day("2024-03-02"), rewatch: true, source: .letterboxd),
            .init(title: "zodiac-2007", on: nil, source: .netflix),
            .init(title: best, on: day("2023-01-05"), source: .netflix),
        ]
        changes.log = .init(source: .letterboxd, at: at, read: 3, matched: 3, ambiguous: 0, unmatched: 0,
                            newRatings: 1, changedRatings: 0, viewings: 3)
        try UserDatabase(directory: data.url).apply(changes)
    }

    static func suggestedIDs(_ data: TemporaryDirectory, _ extra: [String] = []) throws -> [String] {
        let result = try MarqueeBinary.run(["suggest", "--json", "--limit", "30", "--data-dir", data.path] + catalog + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }
    }

    @Test func watchedTitlesShowOnTheDetailAndComeBackOnlyWithRewatches() throws {
        let data = TemporaryDirectory()
        #expect(try MarqueeBinary.run(["mood", "tense", "--data-dir", data.path] + Self.catalog).status == 0)
        let cold = try Self.suggestedIDs(data)
        let best = try #require(cold.first { $0 != "zodiac-2007" })
        try Self.seed(data, best: TitleID(best))

        // The command line: left out by default, back with --rewatches, and `show` tells the history.
        #expect(!(try Self.suggestedIDs(data)).contains(best))
        #expect(try Self.suggestedIDs(data, ["--rewatches"]).contains(best))
        let show = try MarqueeBinary.run(["show", "zodiac-2007", "--json", "--data-dir", data.path] + Self.catalog)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(object["ratingSource"] as? String == "letterboxd")
        let watched = try #require(object["watched"] as? [Any])
        #expect(watched.count == 3)
        #expect(watched.compactMap { $0 as? String } == ["2019-10-12", "2024-03-02"])
        let plain = try MarqueeBinary.run(["show", "zodiac-2007", "--data-dir", data.path] + Self.catalog)
        #expect(plain.stdout.contains("watched     2024-03-02 (and 2 more times)"), "\(plain.stdout)")
        #expect(plain.stdout.contains("imported from Letterboxd"), "\(plain.stdout)")

        let bestName = try #require(Fixtures.library.title(TitleID(best))?.name)
        let session = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data, extra: "--catalog '\(Fixtures.catalogDirectory.path)'"))
        try TerminalTests.passWelcome(session)
        try TerminalTests.searchAndSelect("zodiac", "Zodiac", in: session)
        try session.send("Enter")
        let detail = try session.waitFor(text: "Watched     2024-03-02 (and 2 more times)")
        #expect(detail.contains("imported from Letterboxd"), "\(detail)")
        try session.send("Escape")
        try session.send("Escape")
        try session.send("s")
        // A suggested title's row: its rank, then its name (a reason may name a watched title too).
        func listed(_ screen: String) -> Bool {
            screen.split(separator: "\n").contains { $0.range(of: "[0-9]+ \(NSRegularExpression.escapedPattern(for: bestName)) ",
                                                               options: .regularExpression) != nil }
        }
        let off = try session.waitFor(text: "r rewatches off")
        #expect(!listed(off), "\(off)")
        try session.send("r")
        let on = try session.waitFor("the list with rewatches") { $0.contains("r rewatches on") && listed($0) }
        #expect(on.contains("Rewatches on"), "\(on)")
        try session.send("S")
        try session.waitFor(text: "Letterboxd on 2024-03-02: 3 rows, 3 matched, 0 unmatched")
        try session.send("q")
        try session.waitForExit()

        // Remembered: the next `suggest` starts from it, and `mood --no-rewatches` turns it off again.
        #expect(try Self.suggestedIDs(data).contains(best))
        let mood = try MarqueeBinary.run(["mood", "--no-rewatches", "--data-dir", data.path] + Self.catalog)
        #expect(mood.status == 0 && !mood.stdout.contains("rewatches: on"), "\(mood.stdout)")
        #expect(!(try Self.suggestedIDs(data)).contains(best))
    }
}
