import Catalog

/// Maximal marginal relevance: each next pick balances its own score against
/// its similarity to what is already picked (Carbonell & Goldstein, 1998).
struct Diversifier {
    let library: Library

    func rerank(_ pool: [Scored], lambda: Float, limit: Int) -> [Scored] {
        guard lambda > 0 else { return Array(pool.prefix(limit)) }
        var remaining = pool
        var chosen: [Scored] = []
        var maxSimilarity = [Float](repeating: 0, count: remaining.count)
        while chosen.count < limit, !remaining.isEmpty {
            var bestIndex = 0
            var bestValue = -Float.infinity
            for index in remaining.indices {
                let value = (1 - lambda) * remaining[index].score - lambda * maxSimilarity[index] * 0.5
                if value > bestValue {
                    bestValue = value
                    bestIndex = index
                }
            }
            let pick = remaining.remove(at: bestIndex)
            maxSimilarity.remove(at: bestIndex)
            chosen.append(pick)
            for index in remaining.indices {
                maxSimilarity[index] = max(maxSimilarity[index], similarity(pick.position, remaining[index].position))
            }
        }
        return chosen
    }

    /// Half genre overlap (Jaccard on main genres), half tone cosine.
    func similarity(_ a: Int, _ b: Int) -> Float {
        let genresA = Set(library.titles[a].genres.filter { !$0.isDescriptiveOnly })
        let genresB = Set(library.titles[b].genres.filter { !$0.isDescriptiveOnly })
        let union = genresA.union(genresB).count
        let jaccard = union == 0 ? 0 : Float(genresA.intersection(genresB).count) / Float(union)
        let tonesA = library.profiles[a].tones, tonesB = library.profiles[b].tones
        let norms = tonesA.magnitude * tonesB.magnitude
        let cosine = norms > 0 ? tonesA.dot(tonesB) / norms : 0
        return 0.5 * jaccard + 0.5 * cosine
    }
}
