import Catalog

/// The library cut into small blocks of titles that feel alike, each with
/// what bounds its titles' scores for any mood: the range of each tone, the
/// box its mood points lie in, its genres, whether any title is new, made
/// for families or kid-safe, the shortest sitting and the best curated
/// standing. A request bounds every block (a few thousand, one vector
/// product each), scores the blocks best bound first, and stops when no
/// block left can beat the last kept candidate (`Scoring.rankedCandidates`).
///
/// Titles are ordered by genre set, then by where they sit on the mood map,
/// then by their strongest tone, so a block's boxes are narrow; nothing in a
/// block depends on a mood, so one index serves named moods, the dial's
/// free points, every strategy and audience.
struct SuggestionIndex: Sendable {
    struct Block: Sendable {
        var toneLow = SIMD16<Float>(repeating: .infinity)
        var toneHigh = SIMD16<Float>(repeating: -.infinity)
        var valenceLow: Float = .infinity, valenceHigh: Float = -.infinity
        var energyLow: Float = .infinity, energyHigh: Float = -.infinity
        /// Genres some title has, and genres every title has.
        var anyGenres: UInt32 = 0, allGenres: UInt32 = .max
        /// The best curated standing (−∞ without a curated title), and whether a title has none.
        var curatedStanding: Float = -.infinity
        var anyUncurated = false
        var anyInferred = false, anyJudged = false
        var anyNew = false, anyFamily = false, anyKidSafe = false
        /// The shortest sitting of its titles (Int32.max when none has a length).
        var shortestSitting = Int32.max
        var start: Int32 = 0, end: Int32 = 0
    }

    static let blockSize = 64

    /// Positions in block order.
    let order: [Int32]
    let blocks: [Block]

    init(library: Library) {
        let profiles = library.profiles, masks = library.genreMasks
        func cell(_ value: Float) -> Int { Int(((value + 1) * 8).rounded(.down)) }
        func strongest(_ tones: ToneVector) -> Int {
            var best = 0
            for index in 1..<Tone.allCases.count where tones.storage[index] > tones.storage[best] { best = index }
            return best
        }
        let keys = (0..<library.count).map { position -> (UInt32, Int, Int, Int) in
            let point = profiles[position].point
            return (masks[position], cell(point.valence), cell(point.energy), strongest(profiles[position].tones))
        }
        let order = (0..<library.count).sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : a < b
        }
        self.order = order.map(Int32.init)
        var blocks: [Block] = []
        blocks.reserveCapacity(order.count / Self.blockSize + 1)
        let titles = library.titles
        for start in stride(from: 0, to: order.count, by: Self.blockSize) {
            var block = Block()
            block.start = Int32(start)
            block.end = Int32(min(start + Self.blockSize, order.count))
            for position in order[start..<Int(block.end)] {
                let profile = profiles[position]
                block.toneLow = pointwiseMin(block.toneLow, profile.tones.storage)
                block.toneHigh = pointwiseMax(block.toneHigh, profile.tones.storage)
                block.valenceLow = min(block.valenceLow, profile.point.valence)
                block.valenceHigh = max(block.valenceHigh, profile.point.valence)
                block.energyLow = min(block.energyLow, profile.point.energy)
                block.energyHigh = max(block.energyHigh, profile.point.energy)
                block.anyGenres |= masks[position]
                block.allGenres &= masks[position]
                if let standing = library.standings[position] {
                    block.curatedStanding = max(block.curatedStanding, standing.prior)
                } else {
                    block.anyUncurated = true
                }
                if profile.source == .inferred { block.anyInferred = true } else { block.anyJudged = true }
                if library.isNew(position) { block.anyNew = true }
                if library.madeFor[position] == .family { block.anyFamily = true }
                if titles[position].maturity.isKidSafe { block.anyKidSafe = true }
                if let sitting = titles[position].sittingMinutes { block.shortestSitting = min(block.shortestSitting, Int32(clamping: sitting)) }
            }
            blocks.append(block)
        }
        self.blocks = blocks
    }

    /// Bytes held, for the performance notes.
    var footprint: Int { order.count * 4 + blocks.count * MemoryLayout<Block>.stride }
}

extension MoodTarget {
    /// The largest fit (before the inferred-profile discount) any title of `block` can have.
    func fitBound(_ block: SuggestionIndex.Block) -> Float {
        let dv = max(block.valenceLow - point.valence, 0, point.valence - block.valenceHigh)
        let de = max(block.energyLow - point.energy, 0, point.energy - block.energyHigh)
        let pointFit = max(0, 1 - (dv * dv + de * de).squareRoot() / 2)
        let positiveTotal = Tone.allCases.reduce(Float(0)) { $0 + max(preferences[$1], 0) }
        var toneFit: Float = 0
        if positiveTotal > 0 {
            let wants = preferences.storage
            let reach = (wants * block.toneHigh).replacing(with: wants * block.toneLow, where: wants .< 0)
            toneFit = reach.sum() / positiveTotal
        }
        return 0.35 * pointFit + 0.65 * toneFit + kindFitBound(anyOf: block.anyGenres, allOf: block.allGenres)
    }
}
