import Foundation

/// Re-ranking a pool of good candidates to trade a little relevance for
/// variety. Both methods pick greedily, one place at a time, and return
/// positions in the pool.
public enum Reranking {
    /// Maximal marginal relevance (Carbonell & Goldstein, 1998): each next
    /// pick maximises (1 − λ) · score − λ · (its largest similarity to what
    /// is already picked). λ = 0 keeps the order of `scores`. With λ > 0, at
    /// most `perGroup` items of one group (`groups[i]`, nil for none) are
    /// picked: a franchise does not fill a list however alike its scores.
    public static func maximalMarginalRelevance(
        scores: [Float], limit: Int, lambda: Float, groups: [Int?] = [], perGroup: Int = .max,
        similarity: (Int, Int) -> Float
    ) -> [Int] {
        let order = scores.indices.sorted { (scores[$0], $1) > (scores[$1], $0) }
        guard lambda > 0 else { return Array(order.prefix(limit)) }
        var remaining = order
        var closest = [Float](repeating: 0, count: scores.count)
        var chosen: [Int] = []
        var picked: [Int: Int] = [:]
        while chosen.count < limit, !remaining.isEmpty {
            var best: Int?
            var bestValue = -Float.infinity
            for (offset, candidate) in remaining.enumerated() {
                if groups.indices.contains(candidate), let group = groups[candidate], picked[group, default: 0] >= perGroup { continue }
                let value = (1 - lambda) * scores[candidate] - lambda * closest[candidate]
                if best == nil || value > bestValue {
                    bestValue = value
                    best = offset
                }
            }
            guard let best else { break }
            let pick = remaining.remove(at: best)
            chosen.append(pick)
            if groups.indices.contains(pick), let group = groups[pick] { picked[group, default: 0] += 1 }
            for candidate in remaining { closest[candidate] = max(closest[candidate], similarity(pick, candidate)) }
        }
        return chosen
    }

    /// Calibrated lists (Steck, 2018): each next pick maximises
    /// (1 − λ) · Σ scores − λ · C_KL(target ‖ genre mix of the list), so the
    /// list's genres come to match the person's history in proportion.
    /// `genres(i)` is the pool item's genre numbers, each sharing one unit.
    public static func calibrated(
        scores: [Float], limit: Int, lambda: Double, target: [Double], genres: (Int) -> [Int32]
    ) -> [Int] {
        var remaining = Array(scores.indices)
        var mix = [Double](repeating: 0, count: target.count)
        var chosen: [Int] = []
        var relevance = 0.0
        var described = 0.0
        while chosen.count < limit, !remaining.isEmpty {
            var best = 0
            var bestValue = -Double.infinity
            for (offset, candidate) in remaining.enumerated() {
                var trial = mix
                let own = genres(candidate)
                for genre in own { trial[Int(genre)] += 1 / Double(own.count) }
                let total = described + (own.isEmpty ? 0 : 1)
                let distribution = total > 0 ? trial.map { $0 / total } : trial
                let value = (1 - lambda) * (relevance + Double(scores[candidate]))
                    - lambda * RankingMetrics.calibrationKL(history: target, list: distribution)
                if value > bestValue || (value == bestValue && candidate < remaining[best]) {
                    bestValue = value
                    best = offset
                }
            }
            let pick = remaining.remove(at: best)
            let own = genres(pick)
            for genre in own { mix[Int(genre)] += 1 / Double(own.count) }
            if !own.isEmpty { described += 1 }
            relevance += Double(scores[pick])
            chosen.append(pick)
        }
        return chosen
    }
}
