import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Trakt's JSON export (fixtures in Tests/Fixtures/history/trakt, invented).
@Suite struct TraktReaderTests {
    static let folder = HistoryFixtures.url("trakt")
    static let files = ["watched-movies.json", "watched-shows.json", "ratings-movies.json", "ratings-shows.json",
                        "watchlist-movies.json", "watchlist-shows.json"]

    /// The lines on which the pretty-printed fixture's top-level records open.
    static func recordLines(_ file: String) throws -> [Int] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element == "  {" }.map { $0.offset + 1 }
    }

    static func moment(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: iso)!
    }

    @Test func aFolderReadsEveryFileWithTheLineEachRecordStartsOn() throws {
        let read = try TraktReader().read(at: Self.folder)
        #expect(read.source == .trakt)
        #expect(read.files == Self.files)
        #expect(read.problems.isEmpty)
        #expect(read.passedOver == ["TV episodes": 1])
        #expect(read.rows.map(\.name) == ["Heat", "Amélie", "Dune", "The Office (US)", "Heat", "Ocean’s Eleven", "Solaris", "Chernobyl",
                                          "Crouching Tiger, Hidden Dragon", "Stranger Things"])
        for file in Self.files {
            let lines = try Self.recordLines(file)
            let rowLines = read.rows.filter { $0.file == file }.map(\.line)
            // watchlist-shows.json's second record is an episode, passed over.
            #expect(rowLines == (file == "watchlist-shows.json" ? [lines[0]] : lines), "\(file)")
        }
        #expect(read.rows.map(\.kind) == [.movie, .movie, .movie, .series, .movie, .movie, .movie, .series, .movie, .series])
        #expect(read.rows.map(\.year) == [1995, 2001, 1984, 2005, 1995, 2001, 2002, 2019, 2000, 2016])
        #expect(read.rows.map(\.imdbID) == ["tt9200001", "tt9200002", nil, "tt9300001", "tt9200001", "tt9200004", "tt9200005", "tt9300002",
                                            "tt9200006", "tt9300003"])
    }

    @Test func factsMapPlaysRatingsAndListings() throws {
        let rows = try TraktReader().read(at: Self.folder).rows
        // The UTC day of last_watched_at; two plays of a film are a rewatch, a show's many plays are its episodes.
        #expect(rows[0].facts == [.watched(on: HistoryFixtures.day("2023-04-01"), rewatch: true)])
        #expect(rows[1].facts == [.watched(on: HistoryFixtures.day("2023-03-31"), rewatch: false)])
        #expect(rows[3].facts == [.watched(on: HistoryFixtures.day("2023-05-02"), rewatch: false)])
        // Ten points → half stars: 9 → 4½, 1 → ½, 7 → 3½, 10 → 5.
        #expect(rows[4].facts == [.rated(HistoryFixtures.stars(4.5), on: Self.moment("2023-04-02T09:00:00.000Z"))])
        #expect(rows[5].facts == [.rated(HistoryFixtures.stars(0.5), on: Self.moment("2023-04-03T09:00:00.000Z"))])
        #expect(rows[6].facts == [.rated(HistoryFixtures.stars(3.5), on: Self.moment("2023-04-04T09:00:00.000Z"))])
        #expect(rows[7].facts == [.rated(HistoryFixtures.stars(5), on: Self.moment("2023-05-03T10:00:00.000Z"))])
        #expect(rows[8].facts == [.watchlisted(on: Self.moment("2023-06-01T12:00:00.000Z"))])
        #expect(rows[9].facts == [.watchlisted(on: Self.moment("2023-06-02T12:00:00.000Z"))])
    }

    @Test func aSingleFileIsReadOnItsOwn() throws {
        let read = try HistoryFiles.read(.trakt, at: Self.folder.appendingPathComponent("ratings-movies.json"))
        #expect(read.files == ["ratings-movies.json"])
        #expect(read.rows.map(\.name) == ["Heat", "Ocean’s Eleven", "Solaris"])
    }

    static func read(_ json: String, in temporary: TemporaryDirectory) throws -> HistoryRead {
        try TraktReader().read(at: HistoryFixtures.write(json, to: "ratings-movies.json", in: temporary))
    }

    @Test func stringsWithBracketsQuotesAndEscapesDoNotConfuseTheLines() throws {
        let temporary = TemporaryDirectory()
        let tricky = #"{"rating":8,"rated_at":"2023-01-01T00:00:00Z","movie":{"title":"Heat \"[{,}]\" \\","year":1995,"ids":{}}}"#
        let json = "[\(tricky), \(tricky)\n,\n\n  \(tricky)]\n"
        let read = try Self.read(json, in: temporary)
        #expect(read.problems.isEmpty)
        #expect(read.rows.map(\.line) == [1, 1, 4])
        #expect(read.rows.first?.name == #"Heat "[{,}]" \"#)
        #expect(read.rows.first?.imdbID == nil)
    }

    @Test func malformedRecordsAreProblemsWithTheirLine() throws {
        let temporary = TemporaryDirectory()
        let movie = #""movie":{"title":"Heat","year":1995,"ids":{"imdb":"tt9200001"}}"#
        let good = #"{"rating":8,"rated_at":"2023-01-01T00:00:00.000Z",\#(movie)}"#
        let cases: [(String, String)] = [
            (#"{"rating":11,\#(movie)}"#, "rating: '11' is not a rating: whole numbers from 1 to 10"),
            (#"{"rating":0,\#(movie)}"#, "rating: '0' is not a rating: whole numbers from 1 to 10"),
            (#"{"rating":7.5,\#(movie)}"#, "rating: '7.5' is not a rating: whole numbers from 1 to 10"),
            (#"{"rating":true,\#(movie)}"#, "rating: 'true' is not a rating: whole numbers from 1 to 10"),
            (#"{"rating":"8",\#(movie)}"#, "rating: '8' is not a rating: whole numbers from 1 to 10"),
            (#"{"rating":8,"rated_at":"yesterday",\#(movie)}"#, "rated_at: 'yesterday' is not a date and time"),
            (#"{"plays":2,"last_watched_at":"2023-02-30T10:00:00.000Z",\#(movie)}"#, "last_watched_at: '2023-02-30T10:00:00.000Z' is not a date and time"),
            (#"{"plays":-1,\#(movie)}"#, "plays: '-1' is not a count"),
            (#"{"rating":8,"movie":{"year":1995}}"#, "movie.title: missing"),
            (#"{"rating":8,"movie":{"title":"  ","year":1995}}"#, "movie.title: empty"),
            (#"{"rating":8,"movie":{"title":"Heat","year":"1995"}}"#, "movie.year: '1995' is not a year"),
            (#"{"rating":8,"film":{"title":"Heat"}}"#, "neither a movie nor a show"),
            (#"{\#(movie)}"#, "no rating, viewing or watchlist entry"),
            ("42", "not a JSON object"),
        ]
        for (bad, message) in cases {
            let read = try Self.read("[\n  \(good),\n  \(bad),\n  \(good)\n]\n", in: temporary)
            #expect(read.problems.map(\.description) == ["ratings-movies.json:3: " + message])
            #expect(read.rows.map(\.line) == [2, 4], "\(message)")
        }
    }

    @Test func aRecordThatIsNotUTF8IsAProblem() throws {
        let temporary = TemporaryDirectory()
        let good = #"{"rating":8,"movie":{"title":"Heat","year":1995}}"#
        // "Amélie" written in Latin-1.
        let bytes = Array("[\n  \(good),\n  {\"rating\":8,\"movie\":{\"title\":\"Am".utf8) + [0xE9]
            + Array("lie\",\"year\":2001}},\n  \(good)\n]\n".utf8)
        let read = try TraktReader().read(at: HistoryFixtures.write(bytes, to: "ratings-movies.json", in: temporary))
        #expect(read.problems.map(\.description) == ["ratings-movies.json:3: not valid UTF-8 (save the file as UTF-8)"])
        #expect(read.rows.map(\.line) == [2, 4])
    }

    @Test func whatIsNotATraktExportIsRefused() throws {
        let temporary = TemporaryDirectory()
        let cases: [(String, String)] = [
            ("{\"rating\": 8}", "ratings-movies.json:1: not a Trakt export: expected a JSON array"),
            ("Const,Your Rating\n", "ratings-movies.json:1: not a Trakt export: expected a JSON array"),
            ("", "ratings-movies.json:1: not a Trakt export: expected a JSON array"),
            ("[\n  {\"rating\": 8},\n  {\"rating\": 9}\n", "ratings-movies.json:4: not valid JSON: the array never closes"),
            ("[\n  {\"rating\": 8}\n]\n]", "ratings-movies.json:4: not valid JSON: text after the array"),
            ("[\n  {\"rating\": 8},\n  {\"rating\": 9,,}\n]", "ratings-movies.json:3: not valid JSON"),
        ]
        for (text, message) in cases {
            #expect(HistoryFixtures.failure { _ = try Self.read(text, in: temporary) } == message)
        }
        let folder = temporary.url.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(HistoryFixtures.failure { _ = try TraktReader().read(at: folder) }
                == "export: no Trakt export files in it (\(Self.files.joined(separator: ", ")))")
    }

    @Test func theRowsFitTheMatcherAndTheImportPlan() throws {
        let plan = HistoryFixtures.plan(try TraktReader().read(at: Self.folder))
        #expect(plan.figures.read == 11)
        #expect(plan.figures.matched == 9)
        #expect(plan.figures.unmatched == 1)
        #expect(plan.misses.map(\.row.displayName) == ["Solaris (2002)"])
        #expect(plan.figures.newRatings == 3)
        #expect(plan.changes.ratings["heat"]?.rating == HistoryFixtures.stars(4.5))
        #expect(plan.changes.ratings["chernobyl"]?.rating == HistoryFixtures.stars(5))
        // "The Office (US)" from 2005 is the catalog's series of 2013; Dune 1984 is not the 2021 film.
        #expect(Set(plan.changes.viewings.map(\.title)) == ["heat", "amelie", "dune-1984", "the-office"])
        #expect(plan.changes.watchlist.keys.sorted() == ["crouching-tiger", "stranger-things"])
    }
}
