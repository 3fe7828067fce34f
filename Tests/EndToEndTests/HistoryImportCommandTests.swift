import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// Each `marquee import SERVICE` as a person runs it on an invented export:
/// the report's figures, what `show` and `export` then say, a second import
/// that changes nothing, a dry run that writes nothing, and a malformed row
/// that is one line and leaves the database as it was.
@Suite struct HistoryImportCommandTests {
    static let history = Fixtures.historyDirectory
    static let catalog = ["--catalog", history.appendingPathComponent("catalog").path]

    struct Format: CustomTestStringConvertible, Sendable {
        var command: String
        var path: String
        /// Lines the first import's report must hold.
        var report: [String]
        /// A title the import rated, and its stars.
        var rated: (id: String, stars: Double)?
        /// What the export must then hold.
        var exported: [String]
        /// A malformed copy of one file (name, text) and the error it must give.
        var bad: (name: String, text: String, error: String)
        var testDescription: String { command }
    }

    static let formats: [Format] = [
        Format(command: "letterboxd", path: "letterboxd",
               report: ["Read 18 rows from watched.csv, diary.csv, watchlist.csv, likes/films.csv, ratings.csv (Letterboxd): 16 matched, 0 ambiguous, 2 unmatched.",
                        "Ratings: 5 new, 0 changed, 0 unchanged.", "Viewings: 7 new. Watchlist: 0 new. Likes: 1 new.",
                        "watchlist.csv:2  Solaris (2002): unmatched, the catalog's title of that name is from 1972, not 2002"],
               rated: ("solaris-1972", 5),
               exported: ["\"on\" : \"2022-03-03\",\n      \"rewatch\" : true,\n      \"source\" : \"letterboxd\""],
               bad: ("ratings.csv", "Date,Name,Year,Letterboxd URI,Rating\n2022-03-01,Heat,1995,https://boxd.it/x,4\n2022-03-02,Amélie,2001,https://boxd.it/y,6\n",
                     "ratings.csv:3: Rating:")),
        Format(command: "imdb-ratings", path: "imdb/ratings.csv",
               report: ["Read 11 rows from ratings.csv (IMDb): 7 matched, 0 ambiguous, 2 unmatched.",
                        "Ratings: 7 new, 0 changed, 0 unchanged.", "Passed over: TV episodes (1), video games (1)."],
               rated: ("dune-1984", 3),
               exported: ["\"id\" : \"dune-1984\",\n      \"imdb\" : \"tt9100002\""],
               bad: ("ratings.csv", "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\ntt1,11,2023-01-15,Heat,Heat,https://www.imdb.com/title/tt1/,Movie,8.3,170,1995,Crime,1,1995-12-15,Michael Mann\ntt2,8,2023-01-16,Thief,Thief,https://www.imdb.com/title/tt2/,Movie,7.3,123,1981,Crime,1,1981-03-27,Michael Mann\n",
                     "ratings.csv:2: Your Rating: '11' is not a rating")),
        Format(command: "netflix-history", path: "netflix/NetflixViewingHistory.csv",
               report: ["Read 10 rows from NetflixViewingHistory.csv (Netflix): 8 matched, 0 ambiguous, 2 unmatched.",
                        "Ratings: 0 new, 0 changed, 0 unchanged.", "Viewings: 8 new. Watchlist: 0 new. Likes: 0 new."],
               rated: nil,
               exported: ["\"id\" : \"the-office\",\n      \"kind\" : \"series\",\n      \"on\" : \"2023-01-15\",\n      \"source\" : \"netflix\""],
               bad: ("NetflixViewingHistory.csv", "Title,Date\n\"Heat\",\"4/2/23\"\n\"Amélie\",\"4/x/23\"\n",
                     "NetflixViewingHistory.csv:3: Date: '4/x/23' is not a date")),
        Format(command: "imdb-ratings", path: "imdb/watchlist.csv",
               report: ["Read 3 rows from watchlist.csv (IMDb): 2 matched, 0 ambiguous, 0 unmatched.",
                        "Ratings: 1 new, 0 changed, 0 unchanged.", "Watchlist: 1 new."],
               rated: nil, exported: ["\"watchlist\" : [\n    {\n      \"addedAt\""],
               bad: ("watchlist.csv", "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated\n1,tt1,2023-01-01,2023-01-01,,Heat,Heat,https://www.imdb.com/title/tt1/,Movie,8.3,170,1995,Crime,1,1995-12-15,Michael Mann,,\n2,tt2,2023-01-02,2023-01-02,,Thief,Thief,https://www.imdb.com/title/tt2/,Movie,7.3,123,19x1,Crime,1,1981-03-27,Michael Mann,,\n",
                     "watchlist.csv:3: Year:")),
        Format(command: "netflix-history", path: "netflix/Ratings.csv",
               report: ["Read 5 rows from Ratings.csv (Netflix): 4 matched, 0 ambiguous, 0 unmatched.",
                        "Ratings: 4 new, 0 changed, 0 unchanged.", "Passed over: cleared ratings (1)."],
               rated: ("heat", 5), exported: ["\"id\" : \"oceans-eleven\",\n      \"kind\" : \"movie\",\n      \"ratedAt\" : \"2023-01-01T08:00:00.000Z\""],
               bad: ("Ratings.csv", "Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View Date\nA,Heat,thumb,,2,TV,2023-02-02 21:10:05,2023-02-01\nA,Thief,thumb,,7,TV,2023-02-02 21:10:05,2023-02-01\n",
                     "Ratings.csv:3: Thumbs Value:")),
        Format(command: "trakt", path: "trakt",
               report: ["(Trakt): 9 matched, 0 ambiguous, 1 unmatched.", "Ratings: 3 new, 0 changed, 0 unchanged.",
                        "Viewings: 4 new. Watchlist: 2 new. Likes: 0 new."],
               rated: ("chernobyl", 5),
               exported: ["\"source\" : \"trakt\""],
               bad: ("ratings-movies.json", "[\n  {\"rated_at\": \"2023-04-02T09:00:00.000Z\", \"rating\": 9, \"type\": \"movie\", \"movie\": {\"title\": \"Heat\", \"year\": 1995}},\n  {\"rated_at\": \"2023-04-02T09:00:00.000Z\", \"rating\": 11, \"type\": \"movie\", \"movie\": {\"title\": \"Amélie\", \"year\": 2001}}\n]\n",
                     "ratings-movies.json:3: rating:")),
    ]

    static func marquee(_ arguments: [String], _ data: TemporaryDirectory) throws -> MarqueeBinary.Result {
        try MarqueeBinary.run(arguments + ["--data-dir", data.path] + catalog)
    }

    static func export(_ data: TemporaryDirectory) throws -> String {
        let result = try marquee(["export"], data)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"exportedAt\"") }.joined(separator: "\n")
    }

    @Test(arguments: formats) func importReportShowExportAndAgain(_ format: Format) throws {
        let data = TemporaryDirectory()
        let path = Self.history.appendingPathComponent(format.path).path
        let empty = try Self.export(data)

        let dry = try Self.marquee(["import", format.command, path, "--dry-run"], data)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: nothing written."), "\(dry.stdout)")
        #expect(try Self.export(data) == empty)

        let first = try Self.marquee(["import", format.command, path], data)
        #expect(first.status == 0, "\(first.stderr)")
        for line in format.report { #expect(first.stdout.contains(line), "\(line)\n---\n\(first.stdout)") }
        if let rated = format.rated {
            let shown = try Self.marquee(["show", rated.id, "--json"], data)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            #expect(object["myRating"] as? Double == rated.stars, "\(shown.stdout)")
        }
        let exported = try Self.export(data)
        for fact in format.exported { #expect(exported.contains(fact), "\(fact)\n---\n\(exported)") }

        let again = try Self.marquee(["import", format.command, path], data)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Nothing changed"), "\(again.stdout)")
        #expect(again.stdout.contains("0 new, 0 changed"), "\(again.stdout)")
        #expect(try Self.export(data) == exported)
    }

    @Test(arguments: formats) func aMalformedRowIsOneLineAndChangesNothing(_ format: Format) throws {
        let data = TemporaryDirectory()
        #expect(try Self.marquee(["rate", "paddington-2", "4"], data).status == 0)
        let before = try Self.export(data)
        let folder = TemporaryDirectory()
        let bad = folder.url.appendingPathComponent(format.bad.name)
        try Data(format.bad.text.utf8).write(to: bad)
        let result = try Self.marquee(["import", format.command, bad.path], data)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: " + format.bad.error), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try Self.export(data) == before)

        let skipped = try Self.marquee(["import", format.command, bad.path, "--skip-bad"], data)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("Skipped 1 malformed row:\n  " + format.bad.error), "\(skipped.stdout)")
        #expect(try Self.export(data) != before)
    }

    /// A Letterboxd export as it is downloaded: the .zip.
    @Test func aLetterboxdZipImportsLikeItsFolder() throws {
        let folder = TemporaryDirectory()
        let zip = folder.url.appendingPathComponent("letterboxd-someone-2026.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        let export = Self.history.appendingPathComponent("letterboxd")
        for path in ["watched.csv", "diary.csv", "watchlist.csv", "likes/films.csv", "ratings.csv", "reviews.csv"] {
            try archive.addEntry(with: "letterboxd-someone-2026-11-30-utc/" + path, fileURL: export.appendingPathComponent(path),
                                 compressionMethod: .deflate)
        }
        let fromZip = TemporaryDirectory()
        let fromFolder = TemporaryDirectory()
        let zipped = try Self.marquee(["import", "letterboxd", zip.path], fromZip)
        #expect(zipped.status == 0, "\(zipped.stderr)")
        #expect(zipped.stdout.contains("16 matched, 0 ambiguous, 2 unmatched"), "\(zipped.stdout)")
        #expect(try Self.marquee(["import", "letterboxd", Self.history.appendingPathComponent("letterboxd").path], fromFolder).status == 0)
        #expect(try Self.export(fromZip) == (try Self.export(fromFolder)))
    }

    /// An imported history changes what is suggested, and the reasons name what was imported.
    @Test func suggestionsAfterAnImportDifferAndNameImportedTitles() throws {
        let cold = TemporaryDirectory(), warm = TemporaryDirectory()
        let arguments = ["suggest", "--mood", "tense", "--limit", "15", "--diversity", "0"]
        let before = try Self.marquee(arguments, cold)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(try Self.marquee(["import", "letterboxd", Self.history.appendingPathComponent("letterboxd").path], warm).status == 0)
        #expect(try Self.marquee(["import", "netflix-history", Self.history.appendingPathComponent("netflix/NetflixViewingHistory.csv").path],
                                 warm).status == 0)
        let after = try Self.marquee(arguments, warm)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout != before.stdout)
        #expect(after.stdout.contains("same director as Heat (you rated ★★★★☆)"), "\(after.stdout)")
        // Heat was rated and watched: never suggested back; Dune (2021) was watched in the diary.
        #expect(!after.stdout.contains("[heat]") && !after.stdout.contains("[dune-2021]"), "\(after.stdout)")
        #expect(before.stdout.contains("[heat]") && before.stdout.contains("[dune-2021]"), "\(before.stdout)")
    }

    /// Netflix writes every profile of an account into one Ratings.csv: the
    /// report says so, and `--profile` reads one person's.
    @Test func aNetflixAccountsProfilesAreToldApart() throws {
        let folder = TemporaryDirectory()
        let file = folder.url.appendingPathComponent("Ratings.csv")
        try Data("""
            Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View Date
            Ines,Heat,thumb,,3,TV,2023-02-02 21:10:05,2023-02-01
            Tomás,Heat,thumb,,1,TV,2023-02-03 21:10:05,2023-02-03
            Tomás,Paddington 2,thumb,,2,TV,2023-02-04 21:10:05,2023-02-04

            """.utf8).write(to: file)
        let all = TemporaryDirectory(), one = TemporaryDirectory()
        let mixed = try Self.marquee(["import", "netflix-history", file.path, "--dry-run"], all)
        #expect(mixed.stdout.contains("Note: Ratings.csv holds the ratings of 2 profiles (Ines, Tomás): all were read; --profile NAME reads one's."),
                "\(mixed.stdout)")
        let mine = try Self.marquee(["import", "netflix-history", file.path, "--profile", "tomás"], one)
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(mine.stdout.contains("Read 3 rows from Ratings.csv (Netflix): 2 matched"), "\(mine.stdout)")
        #expect(mine.stdout.contains("Passed over: other profiles' ratings (1)."), "\(mine.stdout)")
        let shown = try Self.marquee(["show", "heat", "--json"], one)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(object["myRating"] as? Double == 1, "Tomás's thumbs down, not Ines's two up")
        let nobody = try Self.marquee(["import", "netflix-history", file.path, "--profile", "Kim", "--dry-run"], one)
        #expect(nobody.stdout.contains("Note: Ratings.csv has no ratings by a profile named 'Kim'."), "\(nobody.stdout)")
    }
}
