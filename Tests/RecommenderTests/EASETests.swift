import Foundation
@testable import Recommender
import Testing

/// EASE and the dense inverse under it, on cases small enough to work out by hand.
@Suite struct EASETests {
    @Test func theInverseTimesTheMatrixIsTheIdentity() throws {
        // A random symmetric positive definite matrix larger than one block
        // of rows, so the banded and the in-block steps both run.
        let n = 75
        var generator = SystemRandomNumberGenerator()
        let m = (0..<(n * n)).map { _ in Double.random(in: -1...1, using: &generator) }
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { a[i * n + j] = (0..<n).reduce(0) { $0 + m[i * n + $1] * m[j * n + $1] } } }
        for i in 0..<n { a[i * n + i] += Double(n) }
        for threads in [1, 2, 3] {
            let inverse = try #require(SymmetricInverse.inverse(of: a, size: n, threads: threads))
            var worst = 0.0
            for i in 0..<n {
                for j in 0..<n {
                    let product = (0..<n).reduce(0) { $0 + a[i * n + $1] * inverse[$1 * n + j] }
                    worst = max(worst, abs(product - (i == j ? 1 : 0)))
                }
            }
            #expect(worst < 1e-9, "threads \(threads): off by \(worst)")
        }
    }

    @Test func aMatrixThatIsNotPositiveDefiniteIsRefused() {
        #expect(SymmetricInverse.inverse(of: [1, 2, 2, 1], size: 2) == nil)
        #expect(SymmetricInverse.inverse(of: [4], size: 1) == [0.25])
    }

    @Test func weightsMatchTheClosedFormOnTwoItems() throws {
        // Two people: one liked items 0 and 1, one liked item 0 only. With
        // λ = 1, G = [[3, 1], [1, 2]], P = G⁻¹ = [[2, −1], [−1, 3]] / 5, so
        // B[0][1] = −P01 / P11 = 1/3 and B[1][0] = −P10 / P00 = 1/2.
        var both = UserHistory(), first = UserHistory()
        both.positives = [0, 1]
        first.positives = [0]
        let ease = try #require(EASERanker(histories: [both, first], itemCount: 3, lambda: 1))
        #expect(abs(ease.weight(from: 0, to: 1) - 1.0 / 3) < 1e-6)
        #expect(abs(ease.weight(from: 1, to: 0) - 0.5) < 1e-6)
        #expect(ease.weight(from: 0, to: 0) == 0)
        // Item 2 was liked by nobody: it takes no part and scores zero.
        #expect(ease.weight(from: 0, to: 2) == 0)
        let scores = ease.scores(for: first)
        #expect(abs(scores[1] - 1.0 / 3) < 1e-6 && scores[0] == 0 && scores[2] == 0)
    }

    @Test func easeRecommendsWithinTheTasteGroupOnTheFixture() throws {
        let data = InteractionData(dataset: try CollaborativeFilteringTests.dataset())
        let evaluation = OfflineEvaluation(data: data, split: EvaluationSplit(train: try CollaborativeFilteringTests.dataset().ratings, test: []))
        let ease = try #require(EASERanker(histories: evaluation.histories, itemCount: data.itemCount))
        var newcomer = UserHistory()
        newcomer.positives = [data.itemIndex[1]!, data.itemIndex[2]!]
        newcomer.rated = Set(newcomer.positives)
        let top = RankingMetrics.topK(ease.scores(for: newcomer), k: 2, excluded: newcomer.rated)
        #expect(Set(top) == [data.itemIndex[3]!, data.itemIndex[4]!])
    }
}
