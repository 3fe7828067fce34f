import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// IMDb's "Your ratings" and watchlist exports (fixtures in
/// Tests/Fixtures/history/imdb, invented people and ids).
@Suite struct IMDbHistoryReaderTests {
    static let ratings = HistoryFixtures.url("imdb/ratings.csv")
    static let watchlist = HistoryFixtures.url("imdb/watchlist.csv")
    static let ratingsHeader = "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n"

    @Test func ratingsMapEveryColumnAndHalveTheScale() throws {
        let read = try IMDbHistoryReader().read(at: Self.ratings)
        #expect(read.source == .imdb)
        #expect(read.files == ["ratings.csv"])
        #expect(read.problems.isEmpty)
        #expect(read.rows.map(\.name) == ["Amélie", "Dune", "The Office", "Stranger Things", "Solaris", "Heat", "Paperman", "Chernobyl", "Ocean’s Eleven"])
        #expect(read.rows.map(\.line) == [2, 3, 4, 5, 7, 8, 9, 10, 12])
        // Ten points → half stars: 9 → 4½, 1 → ½, 10 → 5.
        #expect(read.rows.map { row in row.facts.compactMap { if case let .rated(rating, _) = $0 { rating.stars } else { nil } } }
                == [[4.5], [3], [5], [4], [3.5], [0.5], [4], [5], [1.5]])
        #expect(read.rows.map(\.kind) == [.movie, .movie, .series, .series, .movie, .movie, .movie, .series, .movie])
        #expect(read.rows.map(\.year) == [2001, 1984, 2005, 2016, 2002, 1995, 2012, 2019, 2001])
        let amelie = read.rows[0]
        #expect(amelie.originalName == "Le fabuleux destin d’Amélie Poulain")
        #expect(amelie.imdbID == "tt9100001")
        #expect(amelie.directors == ["Odile Marchand"])
        #expect(amelie.facts == [.rated(HistoryFixtures.stars(4.5), on: HistoryFixtures.moment("2023-01-15"))])
        // The original title is kept only where it differs.
        #expect(read.rows[1].originalName == nil)
        #expect(read.rows[2].directors == [])
        #expect(read.rows[6].directors == ["Jonah Pike", "Lea Ostrova"])
        // Episodes and games are counted, not read and not errors.
        #expect(read.passedOver == ["TV episodes": 1, "video games": 1])
    }

    @Test func watchlistRowsAreWatchlistedAndRatedWhenRated() throws {
        let read = try IMDbHistoryReader().read(at: Self.watchlist)
        #expect(read.files == ["watchlist.csv"])
        #expect(read.problems.isEmpty)
        #expect(read.rows.map(\.displayName) == ["Crouching Tiger, Hidden Dragon (2000)", "Heat (1995)"])
        #expect(read.rows[0].facts == [.watchlisted(on: HistoryFixtures.moment("2023-02-01"))])
        #expect(read.rows[0].originalName == "Wo hu cang long")
        #expect(read.rows[0].directors == ["Mei Lin", "Tao Chen"])
        #expect(read.rows[0].imdbID == "tt9100012")
        #expect(read.rows[1].facts == [.watchlisted(on: HistoryFixtures.moment("2023-02-02")),
                                       .rated(HistoryFixtures.stars(4), on: HistoryFixtures.moment("2023-02-04"))])
        #expect(read.passedOver == ["TV episodes": 1])
    }

    @Test func aFolderReadsBothFilesAndTheDispatcherAgrees() throws {
        let read = try HistoryFiles.read(.imdb, at: HistoryFixtures.url("imdb"))
        #expect(read.files == ["ratings.csv", "watchlist.csv"])
        #expect(read.rows.count == 11)
        #expect(read.passedOver == ["TV episodes": 2, "video games": 1])
    }

    @Test func titleTypesInBothSpellings() throws {
        let temporary = TemporaryDirectory()
        let types = ["Movie", "TV Movie", "TV Special", "Video", "Short", "TV Short", "TV Series", "TV Mini Series",
                     "tvMiniSeries", "tvMovie", "TV Episode", "tvEpisode", "Video Game", "Podcast Series", "Music Video"]
        var text = Self.ratingsHeader
        for (index, type) in types.enumerated() {
            text += "tt91\(index),7,2023-01-01,Title \(index),,https://www.imdb.com/title/tt91\(index)/,\(type),7.0,90,2001,Drama,10,2001-01-01,\n"
        }
        let read = try IMDbHistoryReader().read(at: HistoryFixtures.write(text, to: "ratings.csv", in: temporary))
        #expect(read.rows.map(\.kind) == [.movie, .movie, .movie, .movie, .movie, .movie, .series, .series, .series, .movie])
        #expect(read.passedOver == ["TV episodes": 2, "video games": 1, "podcasts": 1, "music videos": 1])
    }

    @Test func directorsSeparateTitlesThatNameAndYearLeaveTied() throws {
        let temporary = TemporaryDirectory()
        let text = Self.ratingsHeader
            + "tt9190001,8,2023-01-01,Dune,,https://www.imdb.com/title/tt9190001/,Movie,8.0,155,,Sci-Fi,10,,\"Selma Ruiz, Ada Brandt\"\n"
            + "tt9190002,8,2023-01-01,Dune,,https://www.imdb.com/title/tt9190002/,Movie,8.0,155,,Sci-Fi,10,,\n"
        let read = try IMDbHistoryReader().read(at: HistoryFixtures.write(text, to: "ratings.csv", in: temporary))
        #expect(read.rows.map { HistoryFixtures.matcher.match($0) } == [.matched("dune-2021"), .ambiguous(["dune-1984", "dune-2021"])])
    }

    @Test func malformedRowsAreProblemsWithTheirLineAndReadingGoesOn() throws {
        let temporary = TemporaryDirectory()
        let good = "tt9180001,7,2023-01-01,Heat,Heat,https://www.imdb.com/title/tt9180001/,Movie,8.3,170,1995,Crime,10,1995-12-15,Marcus Webb\n"
        func row(const: String = "tt9180002", rating: String = "6", rated: String = "2023-01-02", title: String = "Dune",
                 type: String = "Movie", year: String = "1984") -> String {
            "\(const),\(rating),\(rated),\(title),,https://www.imdb.com/title/x/,\(type),6.3,137,\(year),Sci-Fi,10,1984-12-14,Pavel Lindqvist\n"
        }
        let cases: [(String, String)] = [
            (row(rating: "11"), "ratings.csv:3: Your Rating: '11' is not a rating: whole numbers from 1 to 10"),
            (row(rating: "0"), "ratings.csv:3: Your Rating: '0' is not a rating: whole numbers from 1 to 10"),
            (row(rating: "7.5"), "ratings.csv:3: Your Rating: '7.5' is not a rating: whole numbers from 1 to 10"),
            (row(rating: ""), "ratings.csv:3: Your Rating: empty"),
            (row(rated: "15/01/2023"), "ratings.csv:3: Date Rated: '15/01/2023' is not a date (YYYY-MM-DD)"),
            (row(const: "nm0000001"), "ratings.csv:3: Const: 'nm0000001' is not an IMDb id (tt and digits)"),
            (row(title: ""), "ratings.csv:3: Title: empty"),
            (row(type: ""), "ratings.csv:3: Title Type: empty"),
            (row(year: "1984.0"), "ratings.csv:3: Year: '1984.0' is not a year"),
            ("tt9180002,6,2023-01-02,Dune\n", "ratings.csv:3: expected 14 fields, found 4"),
        ]
        for (bad, message) in cases {
            let url = try HistoryFixtures.write(Self.ratingsHeader + good + bad + good, to: "ratings.csv", in: temporary)
            let read = try IMDbHistoryReader().read(at: url)
            #expect(read.problems.map(\.description) == [message])
            #expect(read.rows.map(\.line) == [2, 4], "\(message)")
        }
        let watchlistHeader = "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated\n"
        let badCreated = "1,tt9180003,yesterday,2023-02-01,,Heat,Heat,https://www.imdb.com/title/tt9180003/,Movie,8.3,170,1995,Crime,10,1995-12-15,Marcus Webb,,\n"
        let url = try HistoryFixtures.write(watchlistHeader + badCreated, to: "watchlist.csv", in: temporary)
        #expect(try IMDbHistoryReader().read(at: url).problems.map(\.description)
                == ["watchlist.csv:2: Created: 'yesterday' is not a date (YYYY-MM-DD)"])
    }

    @Test func whatIsNotAnIMDbExportIsRefused() throws {
        let temporary = TemporaryDirectory()
        let letterboxd = try HistoryFixtures.write("Date,Name,Year,Letterboxd URI,Rating\n2022-01-01,Heat,1995,https://boxd.it/z,4\n",
                                                   to: "ratings.csv", in: temporary)
        #expect(HistoryFixtures.failure { _ = try IMDbHistoryReader().read(at: letterboxd) }
                == "ratings.csv:1: not an IMDb ratings or watchlist export: no Const, Title, Title Type, Your Rating, Date Rated column")
        let folder = temporary.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(HistoryFixtures.failure { _ = try IMDbHistoryReader().read(at: folder) }
                == "empty: no IMDb export files in it (ratings.csv, watchlist.csv)")
    }

    @Test func theRowsFitTheMatcherAndTheImportPlan() throws {
        let plan = HistoryFixtures.plan(try IMDbHistoryReader().read(at: HistoryFixtures.url("imdb")))
        #expect(plan.figures.read == 14)
        #expect(plan.figures.matched == 9)
        #expect(plan.figures.unmatched == 2)
        #expect(Set(plan.misses.map(\.row.displayName)) == ["Solaris (2002)", "Paperman (2012)"])
        #expect(plan.figures.newRatings == 7)
        // Series match by first year not after the catalog's (2005 and 2016 against 2013 and 2022).
        #expect(plan.changes.ratings["the-office"]?.rating == HistoryFixtures.stars(5))
        #expect(plan.changes.ratings["stranger-things"]?.rating == HistoryFixtures.stars(4))
        #expect(plan.changes.ratings["dune-1984"]?.rating == HistoryFixtures.stars(3))
        #expect(plan.changes.ratings["dune-2021"] == nil)
        // Heat: the watchlist's later rating (2023-02-04) beats ratings.csv's (2023-01-21); rated titles leave the watchlist.
        #expect(plan.changes.ratings["heat"]?.rating == HistoryFixtures.stars(4))
        #expect(plan.changes.watchlist.keys.sorted() == ["crouching-tiger"])
        #expect(plan.changes.ratings.values.allSatisfy { $0.source == .imdb })
    }
}
