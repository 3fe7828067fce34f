import Foundation
import TestSupport
import Testing

/// `marquee import movielens` as a person runs it, then the suggestions it changes.
@Suite struct ImportCommandTests {
    static func path(_ name: String) -> String { Fixtures.movieLensDirectory.appendingPathComponent(name).path }
    static let catalog = ["--catalog", Fixtures.catalogDirectory.path]

    @Test func importMatchesReportsAndReachesSuggestions() throws {
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["import", "movielens", "--ratings", Self.path("invented-catalog-ratings.csv"),
                                            "--movies", Self.path("invented-catalog-movies.csv"), "--json",
                                            "--data-dir", data.path] + Self.catalog)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["matched"] as? Int == 10)
        #expect(summary["films"] as? Int == 12)
        #expect(summary["people"] as? Int == 12)
        #expect((summary["links"] as? Int ?? 0) > 0)
        let unmatched = try #require(report["unmatched"] as? [String])
        #expect(Set(unmatched) == ["Paper Valentine (1998)", "Spirited Away (Sen to Chihiro no kamikakushi) (2001)"])

        // The community's ratings of an uncurated film are its standing, shown by `show`.
        let ratingsText = try String(contentsOfFile: Self.path("invented-catalog-ratings.csv"), encoding: .utf8)
        let rows: [[Substring]] = ratingsText.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        let nottingHill: [Double] = rows.filter { $0[1] == "1" }.compactMap { Double($0[2]) }
        let mean: Double = nottingHill.reduce(0, +) / Double(nottingHill.count)
        let expected = "standing    rated \((mean * 10).rounded() / 10)★ by \(nottingHill.count) people (imported ratings)"
        let shown = try MarqueeBinary.run(["show", "notting-hill-1999", "--data-dir", data.path] + Self.catalog)
        #expect(shown.stdout.contains(expected), "\(shown.stdout)")
        let json = try MarqueeBinary.run(["show", "notting-hill-1999", "--json", "--data-dir", data.path] + Self.catalog)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rated = try #require(object["communityRating"] as? [String: Any], "\(json.stdout)")
        #expect(rated["count"] as? Int == nottingHill.count)
        #expect(abs((rated["mean"] as? Double ?? 0) - mean) < 0.006)

        #expect(try MarqueeBinary.run(["rate", "notting-hill-1999", "5", "--data-dir", data.path] + Self.catalog).status == 0)
        let suggest = try MarqueeBinary.run(["suggest", "--mood", "romantic", "--limit", "20", "--diversity", "0",
                                             "--data-dir", data.path] + Self.catalog)
        #expect(suggest.status == 0, "\(suggest.stderr)")
        #expect(suggest.stdout.contains("people who liked Notting Hill liked this"), "\(suggest.stdout)")
    }

    @Test func aBrokenFileIsOneLineAndLeavesTheEarlierImport() throws {
        let data = TemporaryDirectory()
        let good = try MarqueeBinary.run(["import", "movielens", "--ratings", Self.path("invented-catalog-ratings.csv"),
                                          "--movies", Self.path("invented-catalog-movies.csv"), "--data-dir", data.path] + Self.catalog)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Matched 10 films"), "\(good.stdout)")
        let before = try Data(contentsOf: data.url.appendingPathComponent("community.sqlite"))
        let bad = data.url.appendingPathComponent("ratings.csv")
        try Data("userId,movieId,rating,timestamp\n1,1,5,1\n2,x,4,2\n".utf8).write(to: bad)
        let result = try MarqueeBinary.run(["import", "movielens", "--ratings", bad.path,
                                            "--movies", Self.path("invented-catalog-movies.csv"), "--data-dir", data.path] + Self.catalog)
        #expect(result.status == 1)
        #expect(result.stderr.contains("ratings.csv:3: movieId"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: data.url.appendingPathComponent("community.sqlite")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasPrefix(".") }.isEmpty)
    }

    /// Each malformed file: exit 1, one `file:line: field: …` line and never
    /// an SQLite message, and the earlier import left as it was.
    @Test func malformedFilesNeverReplaceTheEarlierImport() throws {
        let data = TemporaryDirectory()
        let good = try MarqueeBinary.run(["import", "movielens", "--ratings", Self.path("invented-catalog-ratings.csv"),
                                          "--movies", Self.path("invented-catalog-movies.csv"), "--data-dir", data.path] + Self.catalog)
        #expect(good.status == 0, "\(good.stderr)")
        let before = try Data(contentsOf: data.url.appendingPathComponent("community.sqlite"))
        let ratings = "userId,movieId,rating,timestamp\n"
        let movies = "movieId,title,genres\n"
        let cases: [(ratings: [UInt8]?, movies: [UInt8]?, expected: String)] = [
            (Array(ratings.utf8), nil, "ratings.csv:1: no ratings after the header"),
            (nil, Array(movies.utf8), "movies.csv:1: no films after the header"),
            (nil, Array((movies + "1,Notting Hill (1999),Comedy\n1,Heat (1995),Crime\n").utf8), "movies.csv:3: movieId: 1 is also on line 2"),
            (Array((ratings + "1,1,0.3,1\n").utf8), nil, "ratings.csv:2: rating: '0.3' is not a rating: half stars from 0.5 to 5"),
            (Array((ratings + "1,1,5").utf8) + [0] + Array(",1\n".utf8), nil, "ratings.csv:2: rating: contains a NUL byte"),
            (nil, Array((movies + "1,Notting Hill ").utf8) + [0xE9] + Array(" (1999),Comedy\n".utf8), "movies.csv:2: title: not valid UTF-8"),
            (nil, Array((movies + "1,Notting \u{1B}[2J Hill (1999),Comedy\n").utf8), "movies.csv:2: title: contains the control character U+001B"),
        ]
        for (index, bad) in cases.enumerated() {
            let folder = data.url.appendingPathComponent("case\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var ratingsPath = Self.path("invented-catalog-ratings.csv"), moviesPath = Self.path("invented-catalog-movies.csv")
            if let bytes = bad.ratings { ratingsPath = folder.appendingPathComponent("ratings.csv").path; try Data(bytes).write(to: URL(fileURLWithPath: ratingsPath)) }
            if let bytes = bad.movies { moviesPath = folder.appendingPathComponent("movies.csv").path; try Data(bytes).write(to: URL(fileURLWithPath: moviesPath)) }
            let result = try MarqueeBinary.run(["import", "movielens", "--ratings", ratingsPath, "--movies", moviesPath,
                                                "--data-dir", data.path] + Self.catalog)
            #expect(result.status == 1, "\(bad.expected): \(result.stdout)")
            #expect(result.stderr.contains(bad.expected), "\(result.stderr)")
            #expect(!result.stderr.localizedCaseInsensitiveContains("sqlite"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(try Data(contentsOf: data.url.appendingPathComponent("community.sqlite")) == before, "\(bad.expected)")
        }
        // A last line ending in a lone CR is read like any other.
        let lone = data.url.appendingPathComponent("lone-cr.csv")
        try Data((ratings + "1,1,5,1\n2,2,4,2\r").utf8).write(to: lone)
        let accepted = try MarqueeBinary.run(["import", "movielens", "--ratings", lone.path, "--movies", Self.path("invented-catalog-movies.csv"),
                                              "--data-dir", data.path] + Self.catalog)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("Read 2 ratings by 2 people"), "\(accepted.stdout)")
    }

    @Test func theDevelopmentDataMatchesHundredsOfCatalogFilms() throws {
        guard let shared = Fixtures.sharedDataDirectory else {
            print("skipped: ../shared/data/movielens-dev is not on this machine")
            return
        }
        let folder = shared.appendingPathComponent("movielens-dev")
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["import", "movielens", "--ratings", folder.appendingPathComponent("ratings.csv").path,
                                            "--movies", folder.appendingPathComponent("movies.csv").path, "--json", "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["matched"] as? Int ?? 0) >= 500, "\(summary)")
        #expect((summary["links"] as? Int ?? 0) >= 10_000, "\(summary)")
    }
}
