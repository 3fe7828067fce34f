import Catalog

/// The library cut into small blocks of titles that feel alike, each with
/// what bounds its titles' scores for any mood: the range of each tone, the
/// box its mood points lie in, its genres, whether any title is new, made
/// for families or kid-safe, the shortest sitting and the best curated
/// standing; and each title's own codes (`toneCodes` …) in block order. A
/// request bounds every block (7,800 at 1M, one vector product each), walks
/// the blocks best bound first, scores the titles whose own bound can still
/// make the list, and stops when no block left can beat the last kept
/// candidate (`Scoring.rankedCandidatesByIndex`).
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

    static let blockSize = 128

    /// Positions in block order.
    let order: [Int32]
    let blocks: [Block]
    /// Per title, in block order, what bounds its own fit and prior within
    /// a rounding step: tones in 255ths rounded down, its mood point's
    /// cell in 255ths of the map, flags and curated standing in 100ths,
    /// rounded up. Twenty bytes a title, read in order, where the title's
    /// own columns are scattered over the heap.
    let toneCodes: [SIMD16<UInt8>]
    let pointCodes: [SIMD2<UInt8>]
    let flags: [UInt8]
    let standingCodes: [Int8]
    /// What bounds a title's taste score (its features are a unit vector;
    /// their raw weights over their raw length): that length's inverse in
    /// 64ths rounded up, the raw weight of its people in 10ths rounded up,
    /// its decade (− 1800, in tens). Its country count and kind are flags.
    let tasteCodes: [SIMD4<UInt8>]

    enum Flag {
        static let inferred: UInt8 = 1
        static let new: UInt8 = 2
        static let family: UInt8 = 4
        /// A tone outside 0…1, or a code out of its byte: the codes cannot bound it, so the title is always scored.
        static let unbounded: UInt8 = 8
        static let series: UInt8 = 16
        /// Its country features (0…3) in two bits from here.
        static let countryShift: UInt8 = 5
    }
    /// The standing code of a title no curator judged.
    static let uncurated = Int8.min
    static let pointStep: Float = 2 / 255

    init(library: Library) {
        let profiles = library.profiles, masks = library.genreMasks
        func cell(_ value: Float) -> Int { min(15, max(0, Int(((value + 1) * 8).rounded(.down)))) }
        func strongest(_ tones: ToneVector) -> Int {
            var best = 0
            for index in 1..<Tone.allCases.count where tones.storage[index] > tones.storage[best] { best = index }
            return best
        }
        // One packed key a title (genre set, mood-map cell, strongest tone), sorted with its position.
        var keyed = (0..<library.count).map { position -> (UInt64, Int32) in
            let point = profiles[position].point
            let key = UInt64(masks[position]) << 12 | UInt64(cell(point.valence)) << 8 | UInt64(cell(point.energy)) << 4
                | UInt64(strongest(profiles[position].tones))
            return (key, Int32(position))
        }
        keyed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let order = keyed.map { Int($0.1) }
        self.order = order.map(Int32.init)
        var blocks: [Block] = []
        blocks.reserveCapacity(order.count / Self.blockSize + 1)
        // Columns through local arrays: a class's array read in a loop retains on every title.
        let titles = library.titles, madeFor = library.madeFor, standings = library.standings
        let allFeatures = library.features, classes = library.featureClasses
        let isNew = order.map { library.isNew(added: titles[$0].dateAdded, year: titles[$0].year) }
        var toneCodes: [SIMD16<UInt8>] = [], pointCodes: [SIMD2<UInt8>] = [], flags: [UInt8] = [], standingCodes: [Int8] = []
        var tasteCodes: [SIMD4<UInt8>] = []
        tasteCodes.reserveCapacity(order.count)
        toneCodes.reserveCapacity(order.count)
        pointCodes.reserveCapacity(order.count)
        flags.reserveCapacity(order.count)
        standingCodes.reserveCapacity(order.count)
        for (slot, position) in order.enumerated() {
            let profile = profiles[position], tones = profile.tones.storage
            var flag: UInt8 = 0
            if profile.source == .inferred { flag |= Flag.inferred }
            if isNew[slot] { flag |= Flag.new }
            if madeFor[position] == .family { flag |= Flag.family }
            if any(tones .< 0) || any(tones .> 1) { flag |= Flag.unbounded }
            // Field by field: a whole `Title` copied retains every string it holds.
            if titles[position].kind == .series { flag |= Flag.series }
            flag |= UInt8(min(titles[position].countries.count, FeatureVocabulary.Weight.countryLimit)) << Flag.countryShift
            var inverseLength: Float = .infinity
            let features = allFeatures[position]
            for k in features.indices.indices where classes[Int(features.indices[k])] == FeatureClass.kind {
                inverseLength = features.weights[k] / FeatureVocabulary.Weight.kind
            }
            let people = FeatureVocabulary.Weight.director * Float(titles[position].directors.count)
                + FeatureVocabulary.Weight.castMember * Float(min(titles[position].cast.count, FeatureVocabulary.Weight.castLimit))
            let lengthCode = (inverseLength * 64).rounded(.up), peopleCode = (people * 10).rounded(.up)
            if !(lengthCode <= 255) || !(peopleCode <= 255) { flag |= Flag.unbounded }
            tasteCodes.append(SIMD4(UInt8(clamping: Int(min(lengthCode, 255))), UInt8(clamping: Int(min(peopleCode, 255))),
                                    Self.decadeCode(titles[position].year), 0))
            let scaled = (tones.clamped(lowerBound: .zero, upperBound: SIMD16(repeating: 1)) * 255).rounded(.down)
            toneCodes.append(SIMD16<UInt8>(clamping: SIMD16<Int32>(scaled)))
            func cell(_ value: Float) -> UInt8 { UInt8(clamping: Int(((value + 1) / Self.pointStep).rounded(.down))) }
            pointCodes.append(SIMD2(cell(profile.point.valence), cell(profile.point.energy)))
            flags.append(flag)
            standingCodes.append(standings[position].map { Int8(clamping: Int(($0.prior * 100).rounded(.up))) } ?? Self.uncurated)
        }
        self.toneCodes = toneCodes
        self.pointCodes = pointCodes
        self.flags = flags
        self.standingCodes = standingCodes
        self.tasteCodes = tasteCodes
        for start in stride(from: 0, to: order.count, by: Self.blockSize) {
            var block = Block()
            block.start = Int32(start)
            block.end = Int32(min(start + Self.blockSize, order.count))
            for slot in start..<Int(block.end) {
                let position = order[slot]
                let profile = profiles[position]
                block.toneLow = pointwiseMin(block.toneLow, profile.tones.storage)
                block.toneHigh = pointwiseMax(block.toneHigh, profile.tones.storage)
                block.valenceLow = min(block.valenceLow, profile.point.valence)
                block.valenceHigh = max(block.valenceHigh, profile.point.valence)
                block.energyLow = min(block.energyLow, profile.point.energy)
                block.energyHigh = max(block.energyHigh, profile.point.energy)
                block.anyGenres |= masks[position]
                block.allGenres &= masks[position]
                if let standing = standings[position] {
                    block.curatedStanding = max(block.curatedStanding, standing.prior)
                } else {
                    block.anyUncurated = true
                }
                if profile.source == .inferred { block.anyInferred = true } else { block.anyJudged = true }
                if isNew[slot] { block.anyNew = true }
                if madeFor[position] == .family { block.anyFamily = true }
                if titles[position].maturity.isKidSafe { block.anyKidSafe = true }
                if let sitting = titles[position].sittingMinutes { block.shortestSitting = min(block.shortestSitting, Int32(clamping: sitting)) }
            }
            blocks.append(block)
        }
        self.blocks = blocks
    }

    /// Bytes held, for the performance notes.
    var footprint: Int { order.count * (4 + 16 + 2 + 1 + 1 + 4) + blocks.count * MemoryLayout<Block>.stride }

    /// A decade's code: (year / 10) − 180, within a byte (clamped: the bound takes the largest of a shared code).
    static func decadeCode(_ year: Int) -> UInt8 { UInt8(clamping: year / 10 - 180) }
}

extension MoodTarget {
    /// The largest fit (before the inferred-profile discount) any title of `block` can have.
    func fitBound(_ block: SuggestionIndex.Block) -> Float {
        let dv = max(block.valenceLow - point.valence, 0, point.valence - block.valenceHigh)
        let de = max(block.energyLow - point.energy, 0, point.energy - block.energyHigh)
        let pointFit = max(0, 1 - (dv * dv + de * de).squareRoot() / 2)
        var toneFit: Float = 0
        if positiveTotal > 0 {
            let wants = preferences.storage
            let reach = (wants * block.toneHigh).replacing(with: wants * block.toneLow, where: wants .< 0)
            toneFit = reach.sum() / positiveTotal
        }
        return 0.35 * pointFit + 0.65 * toneFit + kindFitBound(anyOf: block.anyGenres, allOf: block.allGenres)
    }
}

extension MoodTarget {
    /// The largest fit (before the inferred-profile discount) a title with
    /// these codes can have, less its kind bonus: a tone code is its tone
    /// rounded down, so the tone lies within one 255th above it; the point
    /// lies in its code's cell.
    @inline(__always)
    func fitBound(tones: SIMD16<UInt8>, point code: SIMD2<UInt8>) -> Float {
        let step = SuggestionIndex.pointStep
        let low = SIMD2<Float>(code) * step - 1
        let dv = max(low.x - point.valence, 0, point.valence - (low.x + step))
        let de = max(low.y - point.energy, 0, point.energy - (low.y + step))
        let pointFit = max(0, 1 - (dv * dv + de * de).squareRoot() / 2)
        guard positiveTotal > 0 else { return 0.35 * pointFit }
        let toneFit = ((preferences.storage * SIMD16<Float>(tones)).sum() / 255 + positiveTotal / 255) / positiveTotal
        return 0.35 * pointFit + 0.65 * toneFit
    }
}
