import Catalog

/// The TUI's diversity dial: maximal marginal relevance over the scored
/// pool, with likeness measured on genres and tones together, and with the
/// dial on (any λ > 0, the default 0.3 included) at most two titles of one
/// franchise (`FranchiseKey`) in a list.
struct Diversifier {
    let library: Library

    /// How many of the best candidates the dial may choose from: wide enough
    /// that a run of near-identical titles (a shelf of sports documentaries)
    /// still leaves others to bring in.
    static func poolSize(limit: Int) -> Int { max(limit * 10, 300) }

    /// Titles of one franchise a list may hold while the dial is on.
    static let perFranchise = 2

    func rerank(_ pool: [Scored], lambda: Float, limit: Int) -> [Scored] {
        // What likeness needs, worked out once per pool rather than once per pair.
        let traits = pool.map { traitsOf($0.position) }
        let picks = Reranking.maximalMarginalRelevance(
            scores: pool.map(\.score), limit: limit, lambda: lambda,
            groups: lambda > 0 ? franchises(pool.map(\.position)) : [], perGroup: Self.perFranchise,
            similarity: { 0.5 * Self.likeness(traits[$0], traits[$1]) })
        return picks.map { pool[$0] }
    }

    /// Each position's franchise as a small number shared by its series.
    func franchises(_ positions: [Int]) -> [Int?] {
        var numbers: [String: Int] = [:]
        return positions.map { position in
            FranchiseKey.key(library.titles[position].name).map { key in
                if let number = numbers[key] { return number }
                numbers[key] = numbers.count
                return numbers.count - 1
            }
        }
    }

    /// Half genre overlap (Jaccard on main genres), half tone cosine.
    func similarity(_ a: Int, _ b: Int) -> Float {
        Self.likeness(traitsOf(a), traitsOf(b))
    }

    /// A title's main genres as bits of one word, and its tones with their length.
    struct Traits {
        var genres: UInt32
        var tones: ToneVector
        var length: Float
    }

    func traitsOf(_ position: Int) -> Traits {
        let genres = Genre.mask(library.titles[position].genres.lazy.filter { !$0.isDescriptiveOnly })
        let tones = library.profiles[position].tones
        return Traits(genres: genres, tones: tones, length: tones.magnitude)
    }

    static func likeness(_ a: Traits, _ b: Traits) -> Float {
        let union = (a.genres | b.genres).nonzeroBitCount
        let jaccard = union == 0 ? 0 : Float((a.genres & b.genres).nonzeroBitCount) / Float(union)
        let norms = a.length * b.length
        let cosine = norms > 0 ? a.tones.dot(b.tones) / norms : 0
        return 0.5 * jaccard + 0.5 * cosine
    }
}
