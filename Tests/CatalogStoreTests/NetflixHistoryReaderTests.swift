import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Netflix viewing activity and ratings exports (fixtures in
/// Tests/Fixtures/history/netflix, invented).
@Suite struct NetflixHistoryReaderTests {
    static let viewing = HistoryFixtures.url("netflix/NetflixViewingHistory.csv")
    static let ratings = HistoryFixtures.url("netflix/Ratings.csv")
    static let ratingsHeader = "Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View Date\n"

    @Test func viewingsAreNamedByShowAndDatedMonthFirstInAUSFile() throws {
        let read = try NetflixHistoryReader().read(at: Self.viewing)
        #expect(read.source == .netflix)
        #expect(read.files == ["NetflixViewingHistory.csv"])
        #expect(read.problems.isEmpty)
        #expect(read.rows.map(\.name) == ["The Office (U.S.)", "Stranger Things", "Amélie", "Dune: Part Two", "Black Mirror: Bandersnatch",
                                          "Chernobyl", "Ocean’s Eleven", "Money Heist", "Heat", "Heat"])
        #expect(read.rows.map(\.kind) == [.series, .series, nil, nil, nil, .series, nil, .series, nil, nil])
        #expect(read.rows.map(\.line) == Array(2...11))
        #expect(read.rows.map { $0.facts } == ["2023-01-15", "2023-01-16", "2023-02-01", "2024-03-02", "2023-03-05", "2023-03-06",
                                               "2022-12-31", "2023-04-01", "2023-04-02", "2023-04-09"]
            .map { [.watched(on: HistoryFixtures.day($0), rewatch: false)] })
        #expect(read.rows.allSatisfy { $0.year == nil })
    }

    @Test func episodeTitlesNameTheirShow() {
        let cases: [(String, String, TitleKind?)] = [
            ("Ozark: Season 3: Wartime", "Ozark", .series),
            ("Broadchurch: Series 2: Episode 1", "Broadchurch", .series),
            ("The Queen’s Gambit: Limited Series: Openings", "The Queen’s Gambit", .series),
            ("Money Heist: Part 3: Episode 8", "Money Heist", .series),
            ("Love, Death & Robots: Volume 2: Snow in the Desert", "Love, Death & Robots", .series),
            ("Avatar: The Last Airbender: Book One: Water: The Boy in the Iceberg", "Avatar: The Last Airbender", .series),
            ("Stranger Things: Stranger Things 3: Chapter Eight: The Battle of Starcourt", "Stranger Things", .series),
            // Films and specials keep their whole name.
            ("Dune: Part Two", "Dune: Part Two", nil),
            ("Kill Bill: Volume 1", "Kill Bill: Volume 1", nil),
            ("It: Chapter Two", "It: Chapter Two", nil),
            ("Black Mirror: Bandersnatch", "Black Mirror: Bandersnatch", nil),
            ("Glass Onion: A Knives Out Mystery", "Glass Onion: A Knives Out Mystery", nil),
            ("Amélie", "Amélie", nil),
            (": Season 1: Pilot", ": Season 1: Pilot", nil),
        ]
        for (title, name, kind) in cases {
            let show = NetflixHistoryReader.show(title)
            #expect(show.name == name && show.kind == kind, "\(title)")
        }
    }

    static func days(_ text: String, in temporary: TemporaryDirectory) throws -> HistoryRead {
        try NetflixHistoryReader().read(at: HistoryFixtures.write(text, to: "NetflixViewingHistory.csv", in: temporary))
    }

    static func watchedDays(_ read: HistoryRead) -> [String] {
        read.rows.flatMap { $0.facts.compactMap { if case let .watched(on, _) = $0 { on?.iso } else { nil } } }
    }

    @Test func theDayOrderIsDecidedForTheWholeFile() throws {
        let temporary = TemporaryDirectory()
        // One first part above 12 makes every date of the file day first.
        let dayFirst = try Self.days("Title,Date\nHeat,3/2/2023\nAmélie,15/01/2023\nDune,01/03/23\n", in: temporary)
        #expect(Self.watchedDays(dayFirst) == ["2023-02-03", "2023-01-15", "2023-03-01"])
        // None above 12: month first, as US exports are.
        let monthFirst = try Self.days("Title,Date\nHeat,3/2/2023\nDune,01/03/23\n", in: temporary)
        #expect(Self.watchedDays(monthFirst) == ["2023-03-02", "2023-01-03"])
        // Year first is unambiguous and says nothing about the others' order.
        let iso = try Self.days("Title,Date\nHeat,2023-01-15\nDune,3/2/23\n", in: temporary)
        #expect(Self.watchedDays(iso) == ["2023-01-15", "2023-03-02"])
        let dotted = try Self.days("Title,Date\nHeat,15.01.23\n", in: temporary)
        #expect(Self.watchedDays(dotted) == ["2023-01-15"])
    }

    @Test func unreadableDatesAndNamesAreProblems() throws {
        let temporary = TemporaryDirectory()
        let read = try Self.days("Title,Date\nHeat,15/01/2023\nDune,01/13/2023\nAmélie,Jan 15\n\"\",1/1/23\nOzark,1/2/23,extra\nSolaris,31/04/2023\n",
                                 in: temporary)
        #expect(read.problems.map(\.description) == [
            "NetflixViewingHistory.csv:3: Date: '01/13/2023' is not a date (read day first)",
            "NetflixViewingHistory.csv:4: Date: 'Jan 15' is not a date (like 1/15/23, 15/01/2023 or 2023-01-15)",
            "NetflixViewingHistory.csv:5: Title: empty",
            "NetflixViewingHistory.csv:6: expected 2 fields, found 3",
            "NetflixViewingHistory.csv:7: Date: '31/04/2023' is not a date (read day first)",
        ])
        #expect(read.rows.map(\.name) == ["Heat"])
    }

    @Test func ratingsMapThumbsAndStarsToHalfStars() throws {
        let read = try NetflixHistoryReader().read(at: Self.ratings)
        #expect(read.files == ["Ratings.csv"])
        #expect(read.problems.isEmpty)
        // Thumbs up 4★, two thumbs up 5★, down 1★, cleared (0) skipped; a star rating as itself.
        #expect(read.rows.map(\.name) == ["Amélie", "Heat", "Ocean’s Eleven", "The Office (U.S.)"])
        #expect(read.rows.map(\.line) == [2, 3, 4, 6])
        #expect(read.rows.map(\.kind) == [nil, nil, nil, nil])
        #expect(read.passedOver == ["cleared ratings": 1])
        let moment = { (text: String) in HistoryFixtures.moment(String(text.prefix(10))).addingTimeInterval(
            Double(Int(text.dropFirst(11).prefix(2))! * 3600 + Int(text.dropFirst(14).prefix(2))! * 60 + Int(text.dropFirst(17).prefix(2))!)) }
        #expect(read.rows.map(\.facts) == [
            [.rated(HistoryFixtures.stars(4), on: moment("2023-02-02 21:10:05"))],
            [.rated(HistoryFixtures.stars(5), on: moment("2023-04-09 23:59:30"))],
            [.rated(HistoryFixtures.stars(1), on: moment("2023-01-01 08:00:00"))],
            [.rated(HistoryFixtures.stars(4), on: moment("2016-05-01 12:00:00"))],
        ])
    }

    @Test func malformedRatingsAreProblems() throws {
        let temporary = TemporaryDirectory()
        let text = Self.ratingsHeader
            + "Ines,Heat,thumb,,4,TV,2023-01-01 10:00:00,2023-01-01\n"
            + "Ines,Heat,star,6,,TV,2023-01-01 10:00:00,2023-01-01\n"
            + "Ines,Heat,heart,,2,TV,2023-01-01 10:00:00,2023-01-01\n"
            + "Ines,Heat,thumb,,2,TV,soon,2023-01-01\n"
            + "Ines,,thumb,,2,TV,2023-01-01 10:00:00,2023-01-01\n"
            + "Ines,Dune,thumb,,2,TV,,2023-01-01\n"
        let read = try NetflixHistoryReader().read(at: HistoryFixtures.write(text, to: "Ratings.csv", in: temporary))
        #expect(read.problems.map(\.description) == [
            "Ratings.csv:2: Thumbs Value: '4' is not a thumbs value (0 to 3)",
            "Ratings.csv:3: Star Value: '6' is not a rating: whole stars from 1 to 5",
            "Ratings.csv:4: Rating Type: 'heart' is neither thumb nor star",
            "Ratings.csv:5: Event Utc Ts: 'soon' is not a date and time",
            "Ratings.csv:6: Title Name: empty",
        ])
        #expect(read.rows.map(\.facts) == [[.rated(HistoryFixtures.stars(4), on: nil)]])
    }

    @Test func filesAreKnownByHeaderAndAFolderReadsBoth() throws {
        let temporary = TemporaryDirectory()
        // Renamed files are still known by their header.
        let renamedViewing = try HistoryFixtures.write(try String(contentsOf: Self.viewing, encoding: .utf8), to: "history.csv", in: temporary)
        #expect(try NetflixHistoryReader().read(at: renamedViewing).rows.count == 10)
        let renamedRatings = try HistoryFixtures.write(try String(contentsOf: Self.ratings, encoding: .utf8), to: "thumbs.csv", in: temporary)
        #expect(try NetflixHistoryReader().read(at: renamedRatings).rows.count == 4)
        let both = try HistoryFiles.read(.netflix, at: HistoryFixtures.url("netflix"))
        #expect(both.files == ["NetflixViewingHistory.csv", "Ratings.csv"])
        #expect(both.rows.count == 14)
        let other = try HistoryFixtures.write("Const,Your Rating,Date Rated,Title\n", to: "ratings.csv", in: temporary)
        #expect(HistoryFixtures.failure { _ = try NetflixHistoryReader().read(at: other) }
                == "ratings.csv:1: not a Netflix viewing history (Title, Date) or ratings export (Title Name, Rating Type, …)")
    }

    @Test func theRowsFitTheMatcherAndTheImportPlan() throws {
        let plan = HistoryFixtures.plan(try NetflixHistoryReader().read(at: HistoryFixtures.url("netflix")))
        #expect(plan.figures.read == 15)
        #expect(plan.figures.matched == 12)
        #expect(plan.figures.unmatched == 2)
        #expect(plan.misses.map(\.row.name) == ["Dune: Part Two", "Black Mirror: Bandersnatch"])
        #expect(plan.figures.newRatings == 4)
        #expect(plan.changes.ratings["the-office"]?.rating == HistoryFixtures.stars(4))
        #expect(plan.changes.ratings["heat"]?.rating == HistoryFixtures.stars(5))
        #expect(plan.figures.newViewings == 8)
        #expect(plan.changes.viewings.filter { $0.title == "heat" }.compactMap(\.on?.iso) == ["2023-04-02", "2023-04-09"])
        #expect(plan.changes.viewings.contains { $0.title == "money-heist" && $0.source == .netflix })
    }
}
