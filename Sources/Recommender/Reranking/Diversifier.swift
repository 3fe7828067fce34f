import Catalog

/// The TUI's diversity dial: maximal marginal relevance over the scored
/// pool, with likeness measured on genres and tones together.
struct Diversifier {
    let library: Library

    func rerank(_ pool: [Scored], lambda: Float, limit: Int) -> [Scored] {
        let picks = Reranking.maximalMarginalRelevance(
            scores: pool.map(\.score), limit: limit, lambda: lambda,
            similarity: { 0.5 * similarity(pool[$0].position, pool[$1].position) })
        return picks.map { pool[$0] }
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
