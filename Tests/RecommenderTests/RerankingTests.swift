import Foundation
@testable import Recommender
import Testing

/// The two re-rankers behind the diversity dial, on pools worked out by hand.
@Suite struct RerankingTests {
    // Items 0 and 1 are twins; item 2 is unlike both.
    static func twins(_ a: Int, _ b: Int) -> Float { Set([a, b]) == [0, 1] ? 1 : 0 }

    @Test func mmrAtZeroKeepsTheScoreOrder() {
        let picks = Reranking.maximalMarginalRelevance(scores: [0.5, 0.9, 0.7], limit: 3, lambda: 0, similarity: Self.twins)
        #expect(picks == [1, 2, 0])
    }

    @Test func mmrPromotesTheUnlikeItemOverATwin() {
        // Scores 1, 0.9, 0.6; after item 0, item 1 is worth 0.5·0.9 − 0.5·1 = −0.05
        // and item 2 is worth 0.5·0.6 = 0.3.
        let picks = Reranking.maximalMarginalRelevance(scores: [1, 0.9, 0.6], limit: 3, lambda: 0.5, similarity: Self.twins)
        #expect(picks == [0, 2, 1])
        // A light touch leaves it alone: 0.9·0.9 − 0.1 = 0.71 beats 0.54.
        #expect(Reranking.maximalMarginalRelevance(scores: [1, 0.9, 0.6], limit: 3, lambda: 0.1, similarity: Self.twins) == [0, 1, 2])
    }

    @Test func calibrationBringsBackTheLesserInterest() {
        // History: 80 % genre 0, 20 % genre 1. The pool's best four are all
        // genre 0; calibration gives one of the first five places to genre 1.
        let genres: [[Int32]] = [[0], [0], [0], [0], [0], [1]]
        let scores: [Float] = [1, 0.95, 0.9, 0.85, 0.8, 0.5]
        let plain = Reranking.calibrated(scores: scores, limit: 5, lambda: 0, target: [0.8, 0.2]) { genres[$0] }
        #expect(plain == [0, 1, 2, 3, 4])
        let calibrated = Reranking.calibrated(scores: scores, limit: 5, lambda: 0.5, target: [0.8, 0.2]) { genres[$0] }
        #expect(calibrated.contains(5))
        #expect(Array(calibrated.prefix(1)) == [0])
        // The mix of the calibrated list is the history's exactly: KL 0.
        let mix = RankingMetrics.genreDistribution(calibrated.map { Int32($0) }, genres: genres, genreCount: 2)
        #expect(RankingMetrics.calibrationKL(history: [0.8, 0.2], list: mix) < 1e-12)
    }
}
