import Catalog

/// The TUI's diversity dial: maximal marginal relevance over the scored
/// pool, with likeness measured on genres and tones together.
struct Diversifier {
    let library: Library

    /// How many of the best candidates the dial may choose from: wide enough
    /// that a run of near-identical titles (a shelf of sports documentaries)
    /// still leaves others to bring in.
    static func poolSize(limit: Int) -> Int { max(limit * 10, 300) }

    func rerank(_ pool: [Scored], lambda: Float, limit: Int) -> [Scored] {
        // Genres as bit sets and tones with their lengths, worked out once per pool.
        let masks = pool.map { Self.genreMask(library.titles[$0.position]) }
        let tones = pool.map { library.profiles[$0.position].tones }
        let lengths = tones.map(\.magnitude)
        let picks = Reranking.maximalMarginalRelevance(
            scores: pool.map(\.score), limit: limit, lambda: lambda,
            similarity: { a, b in
                let norms = lengths[a] * lengths[b]
                let cosine = norms > 0 ? tones[a].dot(tones[b]) / norms : 0
                return 0.5 * (0.5 * Self.jaccard(masks[a], masks[b]) + 0.5 * cosine)
            })
        return picks.map { pool[$0] }
    }

    /// Half genre overlap (Jaccard on main genres), half tone cosine.
    func similarity(_ a: Int, _ b: Int) -> Float {
        let jaccard = Self.jaccard(Self.genreMask(library.titles[a]), Self.genreMask(library.titles[b]))
        let tonesA = library.profiles[a].tones, tonesB = library.profiles[b].tones
        let norms = tonesA.magnitude * tonesB.magnitude
        let cosine = norms > 0 ? tonesA.dot(tonesB) / norms : 0
        return 0.5 * jaccard + 0.5 * cosine
    }

    /// The title's main genres as bits of one word.
    static func genreMask(_ title: Title) -> UInt64 {
        title.genres.reduce(0) { mask, genre in
            genre.isDescriptiveOnly ? mask : mask | (1 << UInt64(Genre.allCases.firstIndex(of: genre)!))
        }
    }

    static func jaccard(_ a: UInt64, _ b: UInt64) -> Float {
        let union = (a | b).nonzeroBitCount
        return union == 0 ? 0 : Float((a & b).nonzeroBitCount) / Float(union)
    }
}
