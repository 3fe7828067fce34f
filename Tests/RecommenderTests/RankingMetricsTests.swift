import Foundation
@testable import Recommender
import Testing

/// Each metric on small lists worked out by hand.
@Suite struct RankingMetricsTests {
    @Test func ndcgRewardsEarlyHits() {
        // Hits at ranks 1 and 3 of two relevant: (1 + 1/log2 4) / (1 + 1/log2 3).
        let value = RankingMetrics.ndcg([7, 1, 9, 4], relevant: [7, 9], k: 10)
        #expect(abs(value - (1 + 0.5) / (1 + 1 / log2(3.0))) < 1e-12)
        #expect(RankingMetrics.ndcg([7, 9], relevant: [7, 9], k: 10) == 1)
        #expect(RankingMetrics.ndcg([1, 2], relevant: [7], k: 10) == 0)
        // A hit beyond k does not count.
        #expect(RankingMetrics.ndcg([1, 2, 7], relevant: [7], k: 2) == 0)
    }

    @Test func hitAndRecall() {
        #expect(RankingMetrics.hit([3, 5, 8], relevant: [8], k: 3) == 1)
        #expect(RankingMetrics.hit([3, 5, 8], relevant: [8], k: 2) == 0)
        // 2 of 4 held out found in the first 20: 0.5; with 30 held out, 2 of min(20, 30).
        #expect(RankingMetrics.recall([1, 2, 3], relevant: [1, 3, 10, 11], k: 20) == 0.5)
        #expect(RankingMetrics.recall([1, 2], relevant: Set((1...30).map { Int32($0) }), k: 20) == 0.1)
    }

    @Test func diversityIsMeanPairwiseGenreDistance() {
        let genres: [[Int32]] = [[0], [0], [0, 1], [2]]
        // Pairs: (0,1) 0, (0,2) 1 − 1/2, (1,2) 1 − 1/2 → mean 1/3.
        #expect(abs(RankingMetrics.intraListDiversity([0, 1, 2], genres: genres, k: 10) - 1.0 / 3) < 1e-12)
        #expect(RankingMetrics.intraListDiversity([0, 3], genres: genres, k: 10) == 1)
    }

    @Test func calibrationIsKullbackLeiblerWithSmoothing() {
        // History half drama, half comedy; the list all drama.
        let genres: [[Int32]] = [[0], [1], [0, 1]]
        let p = RankingMetrics.genreDistribution([0, 1], genres: genres, genreCount: 2)
        #expect(p == [0.5, 0.5])
        #expect(RankingMetrics.genreDistribution([2], genres: genres, genreCount: 2) == [0.5, 0.5])
        let q = RankingMetrics.genreDistribution([0, 0], genres: genres, genreCount: 2)
        let expected = 0.5 * log(0.5 / (0.99 * 1 + 0.01 * 0.5)) + 0.5 * log(0.5 / (0.99 * 0 + 0.01 * 0.5))
        #expect(abs(RankingMetrics.calibrationKL(history: p, list: q) - expected) < 1e-12)
        #expect(RankingMetrics.calibrationKL(history: p, list: p) == 0)
    }

    @Test func topKSkipsExcludedAndBreaksTiesByItem() {
        let scores: [Float] = [0.5, 0.9, 0.9, 0.1, 0.7]
        #expect(RankingMetrics.topK(scores, k: 3, excluded: []) == [1, 2, 4])
        #expect(RankingMetrics.topK(scores, k: 3, excluded: [1]) == [2, 4, 0])
        #expect(RankingMetrics.topK(scores, k: 10, excluded: []).count == 5)
    }
}
