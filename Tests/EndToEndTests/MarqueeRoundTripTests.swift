import Foundation
import TestSupport
import Testing

/// `marquee export` and `marquee import marquee`: a person's whole state
/// leaves and comes back exactly, and a bad file changes nothing.
@Suite struct MarqueeRoundTripTests {
    static let catalog = ["--catalog", Fixtures.catalogDirectory.path]
    static let seed = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/history/marquee/seed.json").path

    static func marquee(_ arguments: [String], _ data: TemporaryDirectory) throws -> MarqueeBinary.Result {
        try MarqueeBinary.run(arguments + ["--data-dir", data.path] + catalog)
    }

    /// The export without its timestamp line.
    static func export(_ data: TemporaryDirectory, to name: String) throws -> String {
        let out = data.url.appendingPathComponent(name)
        let result = try marquee(["export", "--out", out.path], data)
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        return try String(contentsOf: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"exportedAt\"") }.joined(separator: "\n")
    }

    @Test func exportEraseImportExportIsTheSameFile() throws {
        let data = TemporaryDirectory()
        let seeded = try Self.marquee(["import", "marquee", Self.seed], data)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(seeded.stdout.contains("Read 9 rows from seed.json (a Marquee export): 9 matched, 0 ambiguous, 0 unmatched."),
                "\(seeded.stdout)")
        #expect(seeded.stdout.contains("Ratings: 2 new, 0 changed, 0 unchanged."), "\(seeded.stdout)")
        #expect(seeded.stdout.contains("Viewings: 3 new. Watchlist: 1 new. Likes: 1 new."), "\(seeded.stdout)")
        #expect(try Self.marquee(["rate", "klaus-2019", "4.5"], data).status == 0)
        #expect(try Self.marquee(["mood", "--rewatches"], data).status == 0)
        let first = try Self.export(data, to: "first.json")
        #expect(first.contains("\"rewatches\" : true"), "\(first)")
        #expect(first.contains("\"source\" : \"letterboxd\"") && first.contains("\"rewatch\" : true")
                && first.contains("\"imdb\" : \"tt1375666\""), "\(first)")

        #expect(try Self.marquee(["erase", "--yes"], data).status == 0)
        let restored = try Self.marquee(["import", "marquee", data.url.appendingPathComponent("first.json").path], data)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("Settings restored: mood, diversity, rewatches."), "\(restored.stdout)")
        let second = try Self.export(data, to: "second.json")
        #expect(first == second)
    }

    @Test func aDryRunShowsTheChangesAndWritesNothing() throws {
        let data = TemporaryDirectory()
        #expect(try Self.marquee(["rate", "inception-2010", "2"], data).status == 0)
        let before = try Self.export(data, to: "before.json")
        let dry = try Self.marquee(["import", "marquee", Self.seed, "--dry-run"], data)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("new        Zodiac (2007)  ★★★★★"), "\(dry.stdout)")
        // Yours was given today, after the file's 2023 rating.
        #expect(dry.stdout.contains("kept       Inception (2010)  ★★☆☆☆, not the file's ★★★½☆: yours is not older"), "\(dry.stdout)")
        #expect(dry.stdout.contains("Dry run: nothing written."), "\(dry.stdout)")
        #expect(try Self.export(data, to: "after.json") == before)

        let preferFile = try Self.marquee(["import", "marquee", Self.seed, "--prefer", "file"], data)
        #expect(preferFile.stdout.contains("changed    Inception (2010)  ★★☆☆☆ → ★★★½☆: took the file's (--prefer file)"), "\(preferFile.stdout)")
        let again = try Self.marquee(["import", "marquee", Self.seed], data)
        #expect(again.stdout.contains("Ratings: 0 new, 0 changed, 2 unchanged."), "\(again.stdout)")
        #expect(again.stdout.contains("Nothing changed"), "\(again.stdout)")
    }

    @Test func aMalformedEntryIsOneLineAndChangesNothingUnlessSkipped() throws {
        let data = TemporaryDirectory()
        #expect(try Self.marquee(["rate", "klaus-2019", "4"], data).status == 0)
        let before = try Self.export(data, to: "before.json")
        var text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"stars\": 5,", with: "\"stars\": 7,")
        let bad = data.url.appendingPathComponent("bad.json")
        try Data(text.utf8).write(to: bad)
        let refused = try Self.marquee(["import", "marquee", bad.path], data)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Error: bad.json:5: stars: 7.0: not half stars from 0.5 to 5"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(try Self.export(data, to: "after.json") == before)

        let skipped = try Self.marquee(["import", "marquee", bad.path, "--skip-bad"], data)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("Skipped 1 malformed row:\n  bad.json:5: stars:"), "\(skipped.stdout)")
        #expect(!(try Self.export(data, to: "skipped.json")).contains("zodiac-2007\",\n      \"kind\" : \"movie\",\n      \"ratedAt\""))
    }

    @Test func unmatchedRowsAreWrittenAsCSV() throws {
        let data = TemporaryDirectory()
        let file = data.url.appendingPathComponent("other-catalog.json")
        try Data("""
            {"format": 2, "ratings": [
              {"id": "gone-2099", "title": "A Film \\"Nobody\\" Has, Yet", "year": 2099, "kind": "movie", "stars": 4},
              {"id": "also-gone", "title": "Amelie", "year": 2001, "kind": "movie", "stars": 4.5}
            ], "watchlist": [], "notForMe": [], "moodCorrections": []}
            """.utf8).write(to: file)
        let csv = data.url.appendingPathComponent("unmatched.csv")
        let result = try Self.marquee(["import", "marquee", file.path, "--unmatched", csv.path], data)
        #expect(result.status == 0, "\(result.stderr)")
        // A catalog without the id: the second is found by name and year.
        #expect(result.stdout.contains("2 rows from other-catalog.json (a Marquee export): 1 matched, 0 ambiguous, 1 unmatched."), "\(result.stdout)")
        #expect(try String(contentsOf: csv, encoding: .utf8) == """
            file,line,title,year,kind,outcome,reason
            other-catalog.json,2,"A Film ""Nobody"" Has, Yet",2099,movie,unmatched,no catalog title of that name

            """)
    }

    @Test func csvExportsForLetterboxdAndSpreadsheets() throws {
        let data = TemporaryDirectory()
        #expect(try Self.marquee(["import", "marquee", Self.seed], data).status == 0)
        let letterboxd = try Self.marquee(["export", "--format", "letterboxd"], data)
        #expect(letterboxd.status == 0, "\(letterboxd.stderr)")
        #expect(letterboxd.stdout == """
            Title,Year,Rating,WatchedDate,Rewatch,imdbID
            Stranger Things,2016,,2023-04-30,false,
            Stranger Things,2016,,2023-05-01,true,
            Inception,2010,3.5,,false,tt1375666
            Zodiac,2007,5,,false,

            """)
        let table = try Self.marquee(["export", "--format", "csv"], data)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first == "id,title,year,kind,stars,rated_at,rating_source,last_watched,viewings,watchlist,not_for_me,liked,imdb_id")
        #expect(lines.contains("inception-2010,Inception,2010,movie,3.5,2023-05-01T20:15:00.250Z,letterboxd,,,,,,tt1375666"), "\(table.stdout)")
        #expect(lines.contains("stranger-things-2016,Stranger Things,2016,series,,,,2023-05-01,2,,,,"), "\(table.stdout)")
        #expect(lines.count == 7)
    }
}
