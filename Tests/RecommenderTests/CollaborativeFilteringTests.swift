import Catalog
import CatalogStore
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// The rankers and the evaluation on the invented MovieLens-format fixture,
/// where the right answers are known: three taste groups.
@Suite struct CollaborativeFilteringTests {
    static func dataset() throws -> CommunityDataset {
        let folder = Fixtures.movieLensDirectory
        return try MovieLensReader().read(ratings: folder.appendingPathComponent("invented-ratings.csv"),
                                          movies: folder.appendingPathComponent("invented-movies.csv"),
                                          tags: folder.appendingPathComponent("invented-tags.csv"))
    }

    @Test func readerSplitsYearsAndGenres() throws {
        let dataset = try Self.dataset()
        #expect(dataset.items.count == 12)
        #expect(dataset.items[1] == CommunityItem(id: 2, title: "Quiet Tide, The", year: 1991, genres: ["Drama", "Romance"]))
        #expect(dataset.items[10].genres.isEmpty && dataset.items[10].year == nil)
        #expect(dataset.tags[5] == ["space"] && dataset.tags[6] == ["space"])
        #expect(dataset.ratings.count == 84)
    }

    @Test func aBrokenRatingNamesItsLineAndField() throws {
        let folder = TemporaryDirectory()
        let file = folder.url.appendingPathComponent("ratings.csv")
        try Data("userId,movieId,rating,timestamp\n1,2,4.0,10\n1,3,lots,11\n".utf8).write(to: file)
        #expect(throws: StoreError.invalidFile(location: "ratings.csv:3: rating", reason: "'lots' is not a rating: half stars from 0.5 to 5")) {
            try MovieLensReader().readRatings(file)
        }
    }

    @Test func itemNeighboursComeFromSharedLikers() throws {
        let data = InteractionData(dataset: try Self.dataset())
        let evaluation = OfflineEvaluation(data: data, split: EvaluationSplit(train: try Self.dataset().ratings, test: []))
        let knn = ItemKNNRanker(histories: evaluation.histories, itemCount: data.itemCount)
        let harbour = try #require(data.itemIndex[1]), tide = try #require(data.itemIndex[2]), comet = try #require(data.itemIndex[5])
        // Films 1 and 2 were liked by the same six people: cosine 1.
        #expect(knn.neighbours[Int(harbour)].first { $0.item == tide }?.similarity == 1)
        // Nobody who liked film 1 liked film 5.
        #expect(knn.neighbours[Int(harbour)].contains { $0.item == comet } == false)
        // A newcomer who liked films 1 and 2 is offered film 3 before any sci-fi.
        var newcomer = UserHistory()
        newcomer.positives = [harbour, tide]
        newcomer.rated = [harbour, tide]
        let top = RankingMetrics.topK(knn.scores(for: newcomer), k: 2, excluded: newcomer.rated)
        #expect(top.first == data.itemIndex[3])
        #expect(Set(top) == [data.itemIndex[3]!, data.itemIndex[4]!])
    }

    @Test func contentTasteFollowsGenresAndDislikes() throws {
        let data = InteractionData(dataset: try Self.dataset())
        let content = ContentRanker(genres: data.genres, tags: data.tags, genreCount: data.genreNames.count)
        var person = UserHistory()
        person.positives = [data.itemIndex[5]!]  // Action|Sci-Fi
        person.negatives = [data.itemIndex[9]!]  // Comedy
        let scores = content.scores(for: person)
        #expect(scores[Int(data.itemIndex[6]!)] > scores[Int(data.itemIndex[8]!)])
        #expect(scores[Int(data.itemIndex[8]!)] > scores[Int(data.itemIndex[1]!)])
        #expect(scores[Int(data.itemIndex[10]!)] < 0)
    }

    @Test func theSplitIsReproducibleAndHoldsOutTheFraction() throws {
        let ratings = try Self.dataset().ratings
        let a = EvaluationSplit.random(ratings, testFraction: 0.2, seed: 7)
        let b = EvaluationSplit.random(ratings.reversed(), testFraction: 0.2, seed: 7)
        #expect(a.test == b.test)
        #expect(a.train.count + a.test.count == ratings.count)
        // 6 or 4 ratings each → 1 held out per person.
        #expect(a.test.count == 15)
        #expect(EvaluationSplit.random(ratings, testFraction: 0.2, seed: 8).test != a.test)
    }

    @Test func marqueeBeatsPopularityOnTheFixture() throws {
        let dataset = try Self.dataset()
        let evaluation = OfflineEvaluation(data: InteractionData(dataset: dataset),
                                           split: .random(dataset.ratings, testFraction: 0.4, seed: 3))
        #expect(!evaluation.testedUsers.isEmpty)
        let results = evaluation.standardRankers().map { evaluation.measure($0).result }
        let popularity = try #require(results.first { $0.ranker == "popularity" })
        let marquee = try #require(results.first { $0.ranker == "marquee" })
        #expect(marquee.ndcg10 > popularity.ndcg10, "\(results)")
        #expect(marquee.hitRate10 == 1)
    }
}
