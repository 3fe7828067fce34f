import Catalog
import Foundation
import TestSupport
import Testing

/// `marquee eval` as a person runs it: on the invented fixture always, and on
/// the MovieLens development slice when this machine has it.
@Suite struct EvalCommandTests {
    static func path(_ name: String) -> String { Fixtures.movieLensDirectory.appendingPathComponent(name).path }

    @Test func jsonAndRecommendationsFileOnTheFixture() throws {
        let folder = TemporaryDirectory()
        let recs = folder.url.appendingPathComponent("recs.csv")
        let result = try MarqueeBinary.run(["eval", "--ratings", Self.path("invented-ratings.csv"), "--movies", Self.path("invented-movies.csv"),
                                            "--tags", Self.path("invented-tags.csv"), "--test-fraction", "0.4", "--seed", "3",
                                            "--json", "--recs-out", recs.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(report["rankers"] as? [[String: Any]])
        let dial = try #require(report["dial"] as? [[String: Any]])
        #expect(rows.compactMap { $0["ranker"] as? String } == ["popularity", "content", "item-knn", "ease", "marquee"])
        #expect(dial.compactMap { $0["ranker"] as? String }.first == "mmr 0.00")
        #expect(dial.count == 12)
        for row in rows + dial {
            for key in ["hitRate10", "ndcg10", "recall20", "coverage10", "diversity10", "calibrationKL10"] {
                let value = try #require(row[key] as? Double, "\(key) missing")
                #expect(value >= 0)
            }
        }
        let lines = try String(contentsOf: recs, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "userId,movieId,rank")
        // Every tested person gets a ranked list that never repeats a film they rated in training.
        let first = lines.dropFirst().prefix { $0.hasPrefix("\(lines[1].split(separator: ",")[0]),") }
        #expect(first.map { $0.split(separator: ",")[2] } == (1...first.count).map { Substring(String($0)) })
    }

    @Test func moodsAreMeasuredAndPass() throws {
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["eval", "moods", "--json", "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["name"] as? String }.contains("cozy"))
        #expect(rows.count == 13)
        #expect(rows.allSatisfy { ($0["forbidden"] as? Int) == 0 && ($0["precision20"] as? Double ?? 0) >= 0.8 })
        #expect(rows.allSatisfy { $0["passes"] as? Bool == true })
        let text = try MarqueeBinary.run(["eval", "moods", "--data-dir", data.path])
        #expect(text.status == 0, "\(text.stderr)")
        let printed = Set(text.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        for mood in NamedMood.allCases.map(\.rawValue) + ["kids"] {
            #expect(printed.contains(mood), "no row for \(mood) in \(text.stdout)")
        }
        #expect(text.stdout.contains("13 of 13 rows meet"), "\(text.stdout)")
    }

    @Test func evalWithoutASubcommandStillMeansRatings() throws {
        let result = try MarqueeBinary.run(["eval", "--ratings", Self.path("invented-ratings.csv"), "--movies", Self.path("invented-movies.csv"),
                                            "--test-fraction", "0.4", "--seed", "3", "--dial", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("people tested"))
    }

    @Test func aBrokenFileIsOneLineNamingItsPlace() throws {
        let folder = TemporaryDirectory()
        let bad = folder.url.appendingPathComponent("ratings.csv")
        try Data("userId,movieId,rating,timestamp\n1,1,4.0,1\n1,2,9,2\n".utf8).write(to: bad)
        let result = try MarqueeBinary.run(["eval", "--ratings", bad.path, "--movies", Self.path("invented-movies.csv")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ratings.csv:3: rating"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func onTheDevelopmentDataTheRankerBeatsPopularity() throws {
        guard let shared = Fixtures.sharedDataDirectory else {
            print("skipped: ../shared/data/movielens-dev is not on this machine")
            return
        }
        let folder = shared.appendingPathComponent("movielens-dev")
        let result = try MarqueeBinary.run(["eval", "--ratings", folder.appendingPathComponent("ratings.csv").path,
                                            "--movies", folder.appendingPathComponent("movies.csv").path,
                                            "--dial", "0", "0.3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(report["rankers"] as? [[String: Any]]) + (report["dial"] as? [[String: Any]] ?? [])
        func metric(_ ranker: String, _ key: String = "ndcg10") -> Double { rows.first { $0["ranker"] as? String == ranker }?[key] as? Double ?? 0 }
        #expect(metric("marquee") > metric("popularity") + 0.05, "\(rows)")
        // Reference points on this kind of split: item-kNN about 0.21, EASE about 0.25.
        #expect(metric("item-knn") >= 0.19)
        #expect(metric("ease") >= 0.25)
        #expect(metric("marquee") >= 0.25)
        // The default dial buys variety and calibration for a small share of accuracy.
        #expect(metric("mmr 0.30", "diversity10") > metric("mmr 0.00", "diversity10"))
        #expect(metric("calibrated 0.30", "calibrationKL10") < metric("calibrated 0.00", "calibrationKL10"))
        #expect(metric("mmr 0.30") > 0.9 * metric("mmr 0.00"))
    }
}
