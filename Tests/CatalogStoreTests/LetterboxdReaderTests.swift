import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// The Letterboxd export, read from its folder, its .zip and its single
/// files (fixtures in Tests/Fixtures/history/letterboxd, all invented).
@Suite struct LetterboxdReaderTests {
    static let folder = HistoryFixtures.url("letterboxd")
    static let exportFiles = ["watched.csv", "diary.csv", "watchlist.csv", "likes/films.csv", "ratings.csv"]

    static func rows(_ read: HistoryRead, _ file: String) -> [HistoryRow] { read.rows.filter { $0.file == file } }

    @Test func aFolderIsReadFileByFileInOrder() throws {
        let read = try LetterboxdReader().read(at: Self.folder)
        #expect(read.source == .letterboxd)
        #expect(read.files == Self.exportFiles)
        #expect(read.problems.isEmpty)
        #expect(read.passedOver.isEmpty)
        #expect(Self.exportFiles.map { Self.rows(read, $0).count } == [6, 4, 2, 1, 5])
        #expect(read.rows.allSatisfy { $0.kind == .movie })
        // The order of files, then the order of lines within each.
        #expect(read.rows.map(\.file) == Self.exportFiles.flatMap { file in Array(repeating: file, count: Self.rows(read, file).count) })
        #expect(Self.rows(read, "watched.csv").map(\.line) == [2, 3, 4, 5, 6, 7])
    }

    @Test func namesKeepAccentsQuotesAndCommas() throws {
        let watched = Self.rows(try LetterboxdReader().read(at: Self.folder), "watched.csv")
        #expect(watched.map(\.name) == ["Amélie", "Ocean’s Eleven", "Solaris", "Heat", "Dune", "Crouching Tiger, Hidden Dragon"])
        #expect(watched.map(\.year) == [2001, 2001, 1972, 1995, 2021, 2000])
    }

    @Test func watchedIsAnUndatedViewingBecauseItsDateIsWhenItWasLogged() throws {
        let watched = Self.rows(try LetterboxdReader().read(at: Self.folder), "watched.csv")
        #expect(watched.allSatisfy { $0.facts == [.watched(on: nil, rewatch: false)] })
    }

    @Test func diaryEntriesAreViewingsOnTheWatchedDateWithTheirRating() throws {
        let diary = Self.rows(try LetterboxdReader().read(at: Self.folder), "diary.csv")
        #expect(diary.map(\.name) == ["Amélie", "Heat", "Dune", "Heat"])
        #expect(diary[0].facts == [.watched(on: HistoryFixtures.day("2022-02-27"), rewatch: false),
                                   .rated(HistoryFixtures.stars(4.5), on: HistoryFixtures.moment("2022-02-27"))])
        #expect(diary[1].facts == [.watched(on: HistoryFixtures.day("2022-03-03"), rewatch: true),
                                   .rated(HistoryFixtures.stars(5), on: HistoryFixtures.moment("2022-03-03"))])
        // No rating: a viewing alone; Rewatch "No" is not a rewatch.
        #expect(diary[2].facts == [.watched(on: HistoryFixtures.day("2022-03-05"), rewatch: false)])
        #expect(diary[3].facts == [.watched(on: HistoryFixtures.day("2022-03-09"), rewatch: true),
                                   .rated(HistoryFixtures.stars(4), on: HistoryFixtures.moment("2022-03-09"))])
    }

    @Test func watchlistLikesAndRatingsMapTheirColumns() throws {
        let read = try LetterboxdReader().read(at: Self.folder)
        let watchlist = Self.rows(read, "watchlist.csv")
        #expect(watchlist.map(\.displayName) == ["Solaris (2002)", "Paris Is Burning (1990)"])
        #expect(watchlist[0].facts == [.watchlisted(on: HistoryFixtures.moment("2022-04-01"))])
        #expect(Self.rows(read, "likes/films.csv").map(\.facts) == [[.liked]])
        let ratings = Self.rows(read, "ratings.csv")
        #expect(ratings.map { $0.facts } == [
            [.rated(HistoryFixtures.stars(4.5), on: HistoryFixtures.moment("2022-03-01"))],
            [.rated(HistoryFixtures.stars(3.5), on: HistoryFixtures.moment("2022-03-02"))],
            [.rated(HistoryFixtures.stars(5), on: HistoryFixtures.moment("2022-03-03"))],
            [.rated(HistoryFixtures.stars(4), on: HistoryFixtures.moment("2022-03-10"))],
            [.rated(HistoryFixtures.stars(0.5), on: HistoryFixtures.moment("2022-03-06"))],
        ])
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsAreRead() throws {
        // The fixture's ratings.csv starts with a BOM and ends its lines with CRLF.
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("ratings.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(bytes.contains(0x0D))
        let ratings = Self.rows(try LetterboxdReader().read(at: Self.folder), "ratings.csv")
        #expect(ratings.map(\.line) == [2, 3, 4, 5, 6])
        #expect(ratings.first?.name == "Amélie")
    }

    /// Zips the fixture folder's export files, under `prefix`, with files a real export also holds.
    static func zip(prefix: String, in temporary: TemporaryDirectory) throws -> URL {
        let url = temporary.url.appendingPathComponent(prefix.isEmpty ? "letterboxd-flat.zip" : "letterboxd-wrapped.zip")
        let archive = try Archive(url: url, accessMode: .create)
        for path in exportFiles + ["reviews.csv", "deleted/ratings.csv"] {
            try archive.addEntry(with: prefix + path, fileURL: folder.appendingPathComponent(path), compressionMethod: .deflate)
        }
        return url
    }

    @Test func aZipReadsTheSameRowsAsItsFolder() throws {
        let temporary = TemporaryDirectory()
        let folderRead = try LetterboxdReader().read(at: Self.folder)
        for prefix in ["", "letterboxd-ines-2024-05-01-utc/"] {
            let zipRead = try LetterboxdReader().read(at: Self.zip(prefix: prefix, in: temporary))
            #expect(zipRead.rows == folderRead.rows, "prefix '\(prefix)'")
            #expect(zipRead.files == Self.exportFiles)
            #expect(zipRead.problems.isEmpty)
            // deleted/ratings.csv is not read.
            #expect(!zipRead.rows.contains { $0.name == "Paris Is Burning" && $0.file == "ratings.csv" })
        }
    }

    @Test func eachSingleFileIsKnownByItsHeaderAndName() throws {
        let temporary = TemporaryDirectory()
        func single(_ path: String, as name: String) throws -> HistoryRead {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(path), encoding: .utf8)
            return try LetterboxdReader().read(at: HistoryFixtures.write(text, to: name, in: temporary))
        }
        // Diary by Watched Date and ratings by Rating, whatever the file is called.
        #expect(try single("diary.csv", as: "my-diary-export.csv").rows.first?.facts.first
                == .watched(on: HistoryFixtures.day("2022-02-27"), rewatch: false))
        #expect(try single("ratings.csv", as: "stars.csv").rows.first?.facts
                == [.rated(HistoryFixtures.stars(4.5), on: HistoryFixtures.moment("2022-03-01"))])
        // The three files that share a header, by name.
        #expect(try single("watchlist.csv", as: "watchlist.csv").rows.first?.facts
                == [.watchlisted(on: HistoryFixtures.moment("2022-04-01"))])
        #expect(try single("likes/films.csv", as: "likes/films.csv").rows.first?.facts == [.liked])
        #expect(try single("likes/films.csv", as: "films.csv").rows.first?.facts == [.liked])
        #expect(try single("watched.csv", as: "watched.csv").rows.first?.facts == [.watched(on: nil, rewatch: false)])
        let alone = try single("watched.csv", as: "seen.csv")
        #expect(alone.files == ["seen.csv"])
        #expect(alone.rows.count == 6)
        #expect(alone.rows.first?.file == "seen.csv")
        // A single file given straight is read the same through the dispatcher.
        #expect(try HistoryFiles.read(.letterboxd, at: Self.folder.appendingPathComponent("diary.csv")).rows
                == Self.rows(try LetterboxdReader().read(at: Self.folder), "diary.csv"))
    }

    @Test func columnsAreFoundByNameNotPosition() throws {
        let temporary = TemporaryDirectory()
        let url = try HistoryFixtures.write("Watched Date,Rating,Name,Letterboxd URI,Year,Date,Tags,Rewatch\n"
                                            + "2021-06-01,3,Heat,https://boxd.it/zx,1995,2021-06-02,,Yes\n", to: "diary.csv", in: temporary)
        #expect(try LetterboxdReader().read(at: url).rows == [
            HistoryRow(file: "diary.csv", line: 2, name: "Heat", year: 1995, kind: .movie,
                       facts: [.watched(on: HistoryFixtures.day("2021-06-01"), rewatch: true),
                               .rated(HistoryFixtures.stars(3), on: HistoryFixtures.moment("2021-06-01"))]),
        ])
    }

    @Test func malformedRowsAreProblemsWithTheirLineAndReadingGoesOn() throws {
        let temporary = TemporaryDirectory()
        let header = "Date,Name,Year,Letterboxd URI,Rating\n"
        let good = "2022-01-01,Heat,1995,https://boxd.it/z1,4\n"
        let cases: [(String, String)] = [
            ("2022-01-02,Dune,2021,https://boxd.it/z2,6\n", "ratings.csv:3: Rating: '6' is not a rating: half stars from 0.5 to 5"),
            ("2022-01-02,Dune,2021,https://boxd.it/z2,3.25\n", "ratings.csv:3: Rating: '3.25' is not a rating: half stars from 0.5 to 5"),
            ("2022-01-02,Dune,2021,https://boxd.it/z2,four\n", "ratings.csv:3: Rating: 'four' is not a rating: half stars from 0.5 to 5"),
            ("2022-01-02,Dune,2021,https://boxd.it/z2,\n", "ratings.csv:3: Rating: empty"),
            ("2022-13-02,Dune,2021,https://boxd.it/z2,3\n", "ratings.csv:3: Date: '2022-13-02' is not a date (YYYY-MM-DD)"),
            ("2022-01-02, ,2021,https://boxd.it/z2,3\n", "ratings.csv:3: Name: empty"),
            ("2022-01-02,Dune,20x1,https://boxd.it/z2,3\n", "ratings.csv:3: Year: '20x1' is not a year"),
            ("2022-01-02,Dune,2021,3\n", "ratings.csv:3: expected 5 fields, found 4"),
            ("2022-01-02,\"Du\nne\",2021,https://boxd.it/z2,nan\n", "ratings.csv:3: Rating: 'nan' is not a rating: half stars from 0.5 to 5"),
        ]
        for (bad, message) in cases {
            let url = try HistoryFixtures.write(header + good + bad + good, to: "ratings.csv", in: temporary)
            let read = try LetterboxdReader().read(at: url)
            #expect(read.problems.map(\.description) == [message])
            #expect(read.rows.map(\.name) == ["Heat", "Heat"], "\(message)")
            // The row after a bad one keeps its own line, even after a field spanning two lines.
            #expect(read.rows.last?.line == (bad.contains("Du\nne") ? 5 : 4))
        }
        // A quote that never closes swallows the rest of the file: one problem, the rows before it kept.
        let unclosed = try LetterboxdReader().read(at: HistoryFixtures.write(header + good + "2022-01-02,\"Dune,2021,https://boxd.it/z2,3\n" + good,
                                                                            to: "ratings.csv", in: temporary))
        #expect(unclosed.problems.map(\.description) == ["ratings.csv:3: a quoted field never closes"])
        #expect(unclosed.rows.map(\.line) == [2])
        // "Amélie" written in Latin-1.
        let latin1 = Array((header + good + "2022-01-02,Am").utf8) + [0xE9] + Array("lie,2001,https://boxd.it/z3,4\n".utf8)
        let read = try LetterboxdReader().read(at: HistoryFixtures.write(latin1, to: "ratings.csv", in: temporary))
        #expect(read.problems.map(\.description) == ["ratings.csv:3: Name: not valid UTF-8 (save the file as UTF-8)"])
        // Control characters are taken out of names, not shown.
        let escape = try HistoryFixtures.write(header + "2022-01-02,\"Heat\u{1B}[31m \u{202E}Again \",1995,https://boxd.it/z4,4\n",
                                               to: "ratings.csv", in: temporary)
        #expect(try LetterboxdReader().read(at: escape).rows.map(\.name) == ["Heat[31m Again"])
    }

    @Test func whatIsNotAnExportIsRefused() throws {
        let temporary = TemporaryDirectory()
        let imdb = try HistoryFixtures.write("Const,Your Rating,Date Rated,Title\ntt1,8,2020-01-01,Heat\n", to: "ratings.csv", in: temporary)
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: imdb) }
                == "ratings.csv:1: not a Letterboxd export file: no Date, Name, Year column")
        let empty = try HistoryFixtures.write("", to: "diary.csv", in: temporary)
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: empty) } == "diary.csv:1: empty file: no header")
        let missing = temporary.url.appendingPathComponent("nowhere.zip")
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: missing) } == "\(missing.path): no such file or folder")
        let emptyFolder = temporary.url.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: emptyFolder) }
                == "export: no Letterboxd export files in it (watched.csv, diary.csv, watchlist.csv, likes/films.csv, ratings.csv)")
        // A file named .zip that is not one.
        let fake = try HistoryFixtures.write("Date,Name\n", to: "export.zip", in: temporary)
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: fake) } == "export.zip: not a readable zip archive")
        // A zip holding only files the reader passes over.
        let zip = temporary.url.appendingPathComponent("other.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        try archive.addEntry(with: "reviews.csv", fileURL: Self.folder.appendingPathComponent("reviews.csv"))
        try archive.addEntry(with: "deleted/ratings.csv", fileURL: Self.folder.appendingPathComponent("deleted/ratings.csv"))
        #expect(HistoryFixtures.failure { _ = try LetterboxdReader().read(at: zip) }
                == "other.zip: no Letterboxd export files in it (watched.csv, diary.csv, watchlist.csv, likes/films.csv, ratings.csv)")
    }

    @Test func theRowsFitTheMatcherAndTheImportPlan() throws {
        let plan = HistoryFixtures.plan(try LetterboxdReader().read(at: Self.folder))
        #expect(plan.figures.read == 18)
        #expect(plan.figures.matched == 16)
        #expect(plan.figures.ambiguous == 0)
        #expect(plan.figures.unmatched == 2)
        // Solaris 2002 is not the catalog's 1972 film; Paris Is Burning is not listed.
        #expect(plan.misses.map(\.row.displayName) == ["Solaris (2002)", "Paris Is Burning (1990)"])
        #expect(plan.figures.newRatings == 5)
        // Heat: the latest of three ratings (ratings.csv, 2022-03-10) wins.
        #expect(plan.changes.ratings["heat"]?.rating == HistoryFixtures.stars(4))
        #expect(plan.changes.ratings["oceans-eleven"]?.rating == HistoryFixtures.stars(3.5))
        #expect(plan.changes.ratings["dune-2021"] == nil)
        // Four dated viewings from the diary, and undated ones for the watched films with none.
        #expect(plan.figures.newViewings == 7)
        #expect(plan.changes.viewings.filter { $0.title == "heat" }.map(\.rewatch) == [true, true])
        #expect(plan.changes.viewings.contains { $0.title == "dune-2021" && $0.on == HistoryFixtures.day("2022-03-05") })
        #expect(!plan.changes.viewings.contains { $0.title == "dune-1984" })
        #expect(plan.changes.liked == ["amelie": .letterboxd])
        #expect(plan.figures.newWatchlist == 0)
    }
}
