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
