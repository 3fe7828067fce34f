import Foundation

/// Offline ranking metrics over one person's ranked list and held-out
/// positives. Lists are dense item numbers, best first.
public enum RankingMetrics {
    /// 1 when any held-out positive is in the first `k`.
    public static func hit(_ ranked: [Int32], relevant: Set<Int32>, k: Int) -> Double {
        ranked.prefix(k).contains(where: relevant.contains) ? 1 : 0
    }

    /// Normalised discounted cumulative gain with binary relevance:
    /// Σ 1/log2(rank + 1) over hits, divided by the best possible.
    public static func ndcg(_ ranked: [Int32], relevant: Set<Int32>, k: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        var dcg = 0.0
        for (offset, item) in ranked.prefix(k).enumerated() where relevant.contains(item) {
            dcg += 1 / log2(Double(offset) + 2)
        }
        let ideal = (0..<min(k, relevant.count)).reduce(0.0) { $0 + 1 / log2(Double($1) + 2) }
        return dcg / ideal
    }

    /// Hits in the first `k` over min(k, held-out positives), so that a
    /// perfect list scores 1 even when more than `k` were held out.
    public static func recall(_ ranked: [Int32], relevant: Set<Int32>, k: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        let hits = ranked.prefix(k).filter(relevant.contains).count
        return Double(hits) / Double(min(k, relevant.count))
    }

    /// Mean pairwise genre distance (1 − Jaccard) within the first `k`.
    public static func intraListDiversity(_ ranked: [Int32], genres: [[Int32]], k: Int) -> Double {
        let list = Array(ranked.prefix(k))
        guard list.count > 1 else { return 0 }
        var total = 0.0, pairs = 0
        for a in 0..<list.count {
            for b in (a + 1)..<list.count {
                total += genreDistance(genres[Int(list[a])], genres[Int(list[b])])
                pairs += 1
            }
        }
        return total / Double(pairs)
    }

    static func genreDistance(_ a: [Int32], _ b: [Int32]) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        let shared = Set(a).intersection(b).count
        return 1 - Double(shared) / Double(Set(a).union(b).count)
    }

    /// Each item spreads one unit of weight evenly over its genres (Steck 2018).
    public static func genreDistribution(_ items: [Int32], genres: [[Int32]], genreCount: Int) -> [Double] {
        var distribution = [Double](repeating: 0, count: genreCount)
        var total = 0.0
        for item in items {
            let own = genres[Int(item)]
            guard !own.isEmpty else { continue }
            for genre in own { distribution[Int(genre)] += 1 / Double(own.count) }
            total += 1
        }
        return total > 0 ? distribution.map { $0 / total } : distribution
    }

    /// Miscalibration C_KL = KL(p ‖ q̃), q̃ = (1 − α) q + α p (Steck 2018):
    /// how far the genre mix of a list (q) is from that of the person's
    /// history (p). 0 is perfectly calibrated.
    public static func calibrationKL(history p: [Double], list q: [Double], alpha: Double = 0.01) -> Double {
        var total = 0.0
        for genre in p.indices where p[genre] > 0 {
            let smoothed = (1 - alpha) * q[genre] + alpha * p[genre]
            total += p[genre] * log(p[genre] / smoothed)
        }
        return total
    }

    /// The `k` best-scoring items not in `excluded`, best first; ties go to
    /// the lower item number so results are reproducible.
    public static func topK(_ scores: [Float], k: Int, excluded: Set<Int32>) -> [Int32] {
        var best: [(score: Float, item: Int32)] = []
        best.reserveCapacity(k + 1)
        for (index, score) in scores.enumerated() {
            let item = Int32(index)
            if best.count == k, let last = best.last, !(score > last.score) { continue }
            if excluded.contains(item) { continue }
            var position = best.count
            while position > 0, score > best[position - 1].score { position -= 1 }
            best.insert((score, item), at: position)
            if best.count > k { best.removeLast() }
        }
        return best.map(\.item)
    }
}
