import Catalog
import Foundation

/// Ranks the library for tonight: mood fit × taste × context, then a
/// diversity re-ranking and one labelled pick from outside the usual.
///
/// score = 0.6 · moodFit + relevance · (0.3 · strength · taste + 0.2 · reach ·
/// community) + 0.1 · prior + 0.12 · standing, where relevance (1 within 10%
/// of tonight's best fit, 0 beyond 30%) keeps taste and acclaim from pulling
/// in titles that do not suit the mood, strength grows with the number of
/// ratings (cold start is pure mood), community is what people who liked the
/// same titles liked (when community ratings were imported), standing is how
/// well regarded a title is (−1 panned … 1 acclaimed, from the curator or
/// imported community ratings; mixed when neither knows it), and titles that
/// break tonight's limits (time, kids), titles already rated or watched
/// (unless `rewatches`), promotional titles and titles made
/// for young children (unless kids watch or the person rates such titles)
/// are left out. Versions of one work count once; with the diversity dial
/// on, a franchise counts at most twice (`FranchiseKey`). docs/recommender.md
/// has the whole formula.
public struct Recommender: Sendable {
    public struct Request: Sendable, Hashable {
        public var setting: MoodSetting
        /// 0 = pure relevance, 1 = as varied as possible.
        public var diversity: Float
        public var limit: Int
        /// Let titles the person watched, or rated 3★ or more, come back.
        /// Off by default: a list of what you have seen is no suggestion.
        public var rewatches: Bool

        public init(setting: MoodSetting, diversity: Float = Recommender.defaultDiversity, limit: Int = 20,
                    rewatches: Bool = false) {
            self.setting = setting
            self.diversity = min(max(diversity, 0), 1)
            self.limit = limit
            self.rewatches = rewatches
        }
    }

    public static let defaultDiversity: Float = 0.3

    enum Weight {
        static let mood: Float = 0.6
        static let taste: Float = 0.3
        static let community: Float = 0.2
        static let prior: Float = 0.1
        static let watchlistPrior: Float = 0.6
        static let newPrior: Float = 0.4
        static let standing: Float = 0.12
        /// The standing of a title no curator knew (on the −1…1 scale).
        static let unknownStanding: Float = -0.3
        /// Titles for children of 8–12 offered to grown-ups who never rate any.
        static let childrensTitlePenalty: Float = 0.15
        /// Preschool titles offered with kids in the room to a person who never
        /// rates any: the children of a family evening are mostly past them.
        static let preschoolTitlePenalty: Float = 0.3
        /// With kids watching: a title curated as made for families.
        static let familyTitleWithKids: Float = 0.08
        /// With kids watching: a curated PG or TV-PG title its curator did
        /// not judge made for families or children.
        static let parentalGuidanceWithKids: Float = 0.2
    }

    public let library: Library
    public let community: CommunityLinks

    public init(library: Library, community: CommunityLinks = .empty) {
        self.library = library
        self.community = community
    }

    /// Ranked suggestions with reasons.
    public func suggest(_ request: Request, signals: UserSignals) -> [Suggestion] {
        let context = Scoring(library: library, community: community, request: request, signals: signals)
        let candidates = context.rankedCandidates()
        guard !candidates.isEmpty, request.limit > 0 else { return [] }
        let pool = Array(candidates.prefix(Diversifier.poolSize(limit: request.limit)))
        var chosen = Diversifier(library: library).rerank(pool, lambda: request.diversity, limit: request.limit)
        var outside: Scored?
        if chosen.count >= 4, let pick = context.outsideUsualPick(candidates: candidates, chosen: chosen,
                                                                  allowed: franchiseRoom(beside: chosen.dropLast(), diversity: request.diversity)) {
            outside = pick
            chosen.removeLast()
            chosen.insert(pick, at: min(3, chosen.count))
        }
        return chosen.map { context.suggestion(for: $0, outsideUsual: $0.position == outside?.position ? .list : nil) }
    }

    /// Whether a title may join `kept` without a third of its franchise
    /// (always, with the diversity dial off).
    func franchiseRoom(beside kept: ArraySlice<Scored>, diversity: Float) -> (Scored) -> Bool {
        guard diversity > 0 else { return { _ in true } }
        var counts: [String: Int] = [:]
        for scored in kept {
            if let key = FranchiseKey.key(library.titles[scored.position].name) { counts[key, default: 0] += 1 }
        }
        return { [library] candidate in
            guard let key = FranchiseKey.key(library.titles[candidate.position].name) else { return true }
            return counts[key, default: 0] < Diversifier.perFranchise
        }
    }

    /// A fitting title far from what the person usually watches, chosen by
    /// `seed` among the farthest few so that pressing again gives another.
    public func surprise(_ request: Request, signals: UserSignals, seed: UInt64) -> Suggestion? {
        let context = Scoring(library: library, community: community, request: request, signals: signals)
        let candidates = context.rankedCandidates()
        guard let best = candidates.first else { return nil }
        let fitting = candidates.prefix(600).filter { $0.fit.value >= best.fit.value * 0.75 }
        let usual = context.usualGenres(fallback: Array(candidates.prefix(20)))
        let far = fitting
            .map { ($0, context.familiarity($0, usualGenres: usual)) }
            .sorted { ($0.1, -$0.0.score) < ($1.1, -$1.0.score) }
            .prefix(12)
        guard !far.isEmpty else { return nil }
        var generator = SplitMix64(seed: seed)
        let pick = far[Int(generator.next() % UInt64(far.count))].0
        return context.suggestion(for: pick, outsideUsual: .mood)
    }
}

/// A candidate with its score parts.
struct Scored: Sendable {
    var position: Int
    var fit: MoodFit
    var tasteRaw: Float
    var terms: ScoreTerms
    var score: Float { terms.total }
}

/// The per-request state of scoring: target, limits, taste.
struct Scoring: Sendable {
    let library: Library
    let request: Recommender.Request
    let signals: UserSignals
    let target: MoodTarget
    let rules: ContextRules
    let taste: TasteProfile
    let community: CommunityTaste
    /// Children are watching, or the person rates children's titles well:
    /// then titles made for children are offered like any other.
    let wantsChildrensTitles: Bool
    /// The person rates preschool titles well. Otherwise, even with kids in
    /// the room (children of school age, as the panel judges a family
    /// evening), preschool titles lose the children's penalty's worth.
    let wantsPreschoolTitles: Bool
    /// Children are in the room tonight (kids or family).
    let kidsWatching: Bool
    /// How the imported community rated titles (empty without an import).
    let communityStandings: [TitleID: CommunityStanding]
    /// Titles the person's history leaves out tonight (`mayBeSuggested`), and the watchlist, by position.
    let leftOut: PositionSet
    let onWatchlist: PositionSet

    init(library: Library, community links: CommunityLinks, request: Recommender.Request, signals: UserSignals) {
        self.library = library
        self.request = request
        self.signals = signals
        self.target = MoodTarget(setting: request.setting)
        self.rules = ContextRules(setting: request.setting)
        self.taste = TasteProfile(library: library, signals: signals)
        self.community = CommunityTaste(library: library, links: links, signals: signals)
        self.communityStandings = links.standings
        let likedAudiences = Set(signals.ratings.compactMap { id, rating in
            rating.stars >= 4 ? library.position(of: id).map { library.madeFor[$0] } : nil
        })
        self.kidsWatching = request.setting.audience.includesChildren
        self.wantsChildrensTitles = request.setting.audience.includesChildren
            || likedAudiences.contains(.youngChildren) || likedAudiences.contains(.children)
        self.wantsPreschoolTitles = likedAudiences.contains(.youngChildren)
        // Only titles the person told Marquee about can be left out by their history.
        let told = signals.hidden.union(signals.ratings.keys).union(signals.watched.keys)
        self.leftOut = PositionSet(count: library.count, told.lazy
            .filter { !Self.mayBeSuggested($0, signals: signals, rewatches: request.rewatches) }
            .compactMap(library.position(of:)))
        self.onWatchlist = PositionSet(count: library.count, signals.watchlist.lazy.compactMap(library.position(of:)))
    }

    /// How many of the best candidates are kept, sorted: enough for the
    /// diversity pool, the outside-the-usual search and "surprise me".
    static let candidatesKept = 2000

    /// The best allowed, unseen, not-hidden titles, best first: through the
    /// library's `SuggestionIndex` from `Library.indexedFrom` titles on once
    /// it is built, else by scoring every title; the same list either way.
    func rankedCandidates() -> [Scored] {
        library.count >= Library.indexedFrom && library.indexes.ready(library) ? rankedCandidatesByIndex() : rankedCandidatesByScan()
    }

    /// `rankedCandidates` through the index, whatever the library's size:
    /// the blocks that can still hold one of the kept.
    ///
    /// The titles the person's signals change beyond what a block knows
    /// (own tone corrections, the watchlist, community links) are scored
    /// first, one by one. Then the best fit tonight (the relevance rule
    /// needs it): blocks by fit bound, until none left can beat the best
    /// found. Then scores: blocks by score bound, until none can reach the
    /// `candidatesKept`-th score found so far. Every title the full scan
    /// would keep is then among the scored, so cutting at the kept count,
    /// sorting and folding versions gives the same list.
    func rankedCandidatesByIndex() -> [Scored] {
        let index = library.suggestionIndex
        let columns = Columns(self)
        let direct = directPositions()
        let skip = PositionSet(count: library.count, direct)
        let blocks = index.blocks
        var fitBounds = [Float](repeating: 0, count: blocks.count)
        var kindBounds = [Float](repeating: 0, count: blocks.count)
        for (number, block) in blocks.enumerated() {
            kindBounds[number] = target.kindFitBound(anyOf: block.anyGenres, allOf: block.allGenres)
            fitBounds[number] = fitBound(block)
        }
        let bounds = TitleBounds(scoring: self, index: index)

        var best = -Float.greatestFiniteMagnitude
        for position in direct { best = max(best, fit(at: position, columns).value) }
        let byFit = fitBounds.indices.filter { fitBounds[$0] > -.infinity }.sorted { fitBounds[$0] > fitBounds[$1] }
        for number in byFit {
            guard fitBounds[number] >= best else { break }
            for slot in Int(blocks[number].start)..<Int(blocks[number].end) {
                guard bounds.fit(slot, kindBound: kindBounds[number]) >= best else { continue }
                let position = Int(index.order[slot])
                if skip.contains(position) { continue }
                best = max(best, fit(at: position, columns).value)
            }
        }
        guard best != Self.excluded else { return [] }

        let uncurated = largestUncuratedStanding
        let blockBounds = byFit.map { scoreBound(blocks[$0], fitBound: fitBounds[$0], bestFit: best, uncuratedStanding: uncurated) }
        var kept = TopValues(capacity: Self.candidatesKept)
        var scored: [Scored] = []
        func consider(_ position: Int) {
            let fit = fit(at: position, columns)
            guard fit.value != Self.excluded else { return }
            let candidate = score(at: position, fit: fit, bestFit: best, columns)
            scored.append(candidate)
            kept.insert(candidate.score)
        }
        for position in direct { consider(position) }
        for order in blockBounds.indices.sorted(by: { blockBounds[$0] > blockBounds[$1] }) {
            guard blockBounds[order] >= kept.floor else { break }
            let number = byFit[order]
            let genreTaste = bounds.genreTaste(anyOf: blocks[number].anyGenres)
            for slot in Int(blocks[number].start)..<Int(blocks[number].end) {
                guard bounds.score(slot, kindBound: kindBounds[number], genreTaste: genreTaste, bestFit: best,
                                   uncuratedStanding: uncurated) >= kept.floor else { continue }
                let position = Int(index.order[slot])
                if !skip.contains(position) { consider(position) }
            }
        }
        return ranked(scored)
    }

    /// One title's bounds from its codes in the index (`SuggestionIndex`),
    /// so a title of a promising block is scored only when it could itself
    /// make the kept list.
    private struct TitleBounds {
        let target: MoodTarget
        let toneCodes: [SIMD16<UInt8>]
        let pointCodes: [SIMD2<UInt8>]
        let flags: [UInt8]
        let standingCodes: [Int8]
        let tasteCodes: [SIMD4<UInt8>]
        let order: [Int32]
        let kidsWatching: Bool
        /// Titles sharing a person the profile weighs positively (from the
        /// similar-titles index); the person term is 0 for every other title.
        var touchedByPeople = PositionSet(count: 0)
        /// Taste: its weight in the score, the most any title scores, and
        /// per kind of feature the most a unit of it adds (positive part):
        /// any person, any country, each decade code, each kind, each tone
        /// (times its tone feature weight), each genre (times its weight).
        let tasteWeight: Float, largestTaste: Float
        let personTaste: Float, countryTaste: Float
        var decadeTaste = [Float](repeating: 0, count: 256)
        var kindTaste: (movie: Float, series: Float) = (0, 0)
        var toneTaste = SIMD16<Float>()
        var genreTaste = [Float](repeating: 0, count: 32)

        init(scoring: Scoring, index: SuggestionIndex) {
            target = scoring.target
            toneCodes = index.toneCodes
            pointCodes = index.pointCodes
            flags = index.flags
            standingCodes = index.standingCodes
            tasteCodes = index.tasteCodes
            order = index.order
            kidsWatching = scoring.kidsWatching
            let taste = scoring.taste, library = scoring.library
            tasteWeight = Recommender.Weight.taste * taste.strength
            largestTaste = taste.largestScore
            // Only features of the evidence carry weight in the profile.
            var person: Float = 0, country: Float = 0, seen = Set<Int32>(), touched = PositionSet(count: 0)
            for item in taste.isEmpty ? [] : taste.evidence {
                for feature in library.features[item.position].indices where seen.insert(feature).inserted {
                    let unit = max(taste.weight(of: feature), 0)
                    guard unit > 0 else { continue }
                    let code = library.featureClasses[Int(feature)], name = library.featureNames[Int(feature)]
                    switch code {
                    case FeatureClass.director, FeatureClass.cast:
                        if person == 0 { touched = PositionSet(count: library.count) }
                        person = max(person, unit)
                        library.similarIndex.titles(withPerson: feature) { touched.insert($0) }
                    case FeatureClass.country: country = max(country, unit)
                    case FeatureClass.decade:
                        let year = Int(name.dropFirst("decade:".count).dropLast()) ?? 0
                        let slot = Int(SuggestionIndex.decadeCode(year))
                        decadeTaste[slot] = max(decadeTaste[slot], unit * FeatureVocabulary.Weight.decade)
                    case FeatureClass.kind:
                        if name == "kind:\(TitleKind.series.rawValue)" { kindTaste.series = unit * FeatureVocabulary.Weight.kind }
                        else { kindTaste.movie = unit * FeatureVocabulary.Weight.kind }
                    case FeatureClass.tone:
                        if let tone = Tone.allCases.first(where: { "tone:\($0.rawValue)" == name }) {
                            toneTaste[tone.rawValue] = unit * FeatureVocabulary.Weight.tone
                        }
                    default:
                        let bit = FeatureClass.genreBit(code)
                        guard bit != 0 else { continue }
                        let genre = Genre.allCases[Int(code - FeatureClass.firstGenre)]
                        genreTaste[Int(code - FeatureClass.firstGenre)] = unit
                            * (genre.isDescriptiveOnly ? FeatureVocabulary.Weight.descriptiveGenre : FeatureVocabulary.Weight.genre)
                    }
                }
            }
            personTaste = person
            countryTaste = country
            touchedByPeople = touched
        }

        /// The most a block's genres add to a unit of taste (before the title's length).
        func genreTaste(anyOf mask: UInt32) -> Float {
            var total: Float = 0, bits = mask
            while bits != 0 {
                total += genreTaste[bits.trailingZeroBitCount]
                bits &= bits - 1
            }
            return total
        }

        /// The most the title's taste term can be: its features' raw weights
        /// times the most a unit of each adds, over its length, squashed.
        @inline(__always)
        func tasteTerm(_ slot: Int, genreTaste: Float) -> Float {
            guard tasteWeight > 0 else { return 0 }
            let codes = tasteCodes[slot], flag = flags[slot]
            let countries = Float((flag >> SuggestionIndex.Flag.countryShift) & 3)
            let tones = (toneTaste * (SIMD16<Float>(toneCodes[slot]) + 1)).sum() / 255
            var raw = genreTaste + countries * FeatureVocabulary.Weight.country * countryTaste
            if personTaste > 0 && touchedByPeople.contains(Int(order[slot])) { raw += Float(codes[1]) / 10 * personTaste }
            raw += decadeTaste[Int(codes[2])] + (flag & SuggestionIndex.Flag.series != 0 ? kindTaste.series : kindTaste.movie) + tones
            return tasteWeight * Scoring.squash(min(raw * Float(codes[0]) / 64, largestTaste))
        }

        @inline(__always)
        func fit(_ slot: Int, kindBound: Float) -> Float {
            let flag = flags[slot]
            if flag & SuggestionIndex.Flag.unbounded != 0 { return .infinity }
            let raw = target.fitBound(tones: toneCodes[slot], point: pointCodes[slot]) + kindBound
            return (flag & SuggestionIndex.Flag.inferred != 0 ? raw * Scoring.inferredConfidence : raw) + Scoring.boundSlack
        }

        @inline(__always)
        func score(_ slot: Int, kindBound: Float, genreTaste: Float, bestFit: Float, uncuratedStanding: Float) -> Float {
            let fit = fit(slot, kindBound: kindBound)
            guard fit < .infinity else { return .infinity }
            let flag = flags[slot], code = standingCodes[slot]
            let relevance = Scoring.relevance(fit: fit, bestFit: bestFit)
            let standing = code == SuggestionIndex.uncurated ? uncuratedStanding : Float(code) / 100
            var bound = Recommender.Weight.mood * fit
            if relevance > 0 { bound += tasteTerm(slot, genreTaste: genreTaste) * relevance }
            if flag & SuggestionIndex.Flag.new != 0 { bound += Recommender.Weight.prior * Recommender.Weight.newPrior }
            bound += Recommender.Weight.standing * (standing > 0 ? standing * relevance : standing)
            if kidsWatching && flag & SuggestionIndex.Flag.family != 0 { bound += Recommender.Weight.familyTitleWithKids * relevance }
            return bound + Scoring.boundSlack
        }
    }

    /// Titles scored one by one before the blocks: a block's bounds know
    /// the catalog's profiles, not the person's corrections, watchlist or
    /// community links.
    private func directPositions() -> [Int] {
        var positions = Set(signals.corrections.keys.compactMap(library.position(of:)))
        positions.formUnion(signals.watchlist.compactMap(library.position(of:)))
        positions.formUnion(community.linkedPositions)
        return positions.sorted()
    }

    /// Room for float rounding between a bound and the value as scored.
    static let boundSlack: Float = 1e-4

    /// The best fit any title of `block` can have tonight, or −∞ when its
    /// titles all break tonight's limits.
    private func fitBound(_ block: SuggestionIndex.Block) -> Float {
        if kidsWatching && !block.anyKidSafe { return -.infinity }
        if let minutes = request.setting.minutesAvailable, block.shortestSitting > minutes { return -.infinity }
        let raw = target.fitBound(block)
        // An inferred profile counts `inferredConfidence` of its fit, which raises a negative one.
        let scaled = raw * Self.inferredConfidence
        let bound = !block.anyJudged ? scaled : block.anyInferred ? max(raw, scaled) : raw
        return bound + Self.boundSlack
    }

    /// The best score any title of `block` can have, given its fit bound:
    /// each term at its largest, taste at the most the person's taste
    /// gives any title, and what relevance scales scaled at the bound's relevance.
    private func scoreBound(_ block: SuggestionIndex.Block, fitBound: Float, bestFit: Float, uncuratedStanding: Float) -> Float {
        guard fitBound > -.infinity else { return -.infinity }
        let relevance = Self.relevance(fit: fitBound, bestFit: bestFit)
        var standing = block.curatedStanding
        if block.anyUncurated { standing = max(standing, uncuratedStanding) }
        var bound = Recommender.Weight.mood * fitBound
        bound += Recommender.Weight.taste * taste.strength * Self.squash(taste.largestScore) * relevance
        if block.anyNew { bound += Recommender.Weight.prior * Recommender.Weight.newPrior }
        bound += Recommender.Weight.standing * (standing > 0 ? standing * relevance : standing)
        if kidsWatching && block.anyFamily { bound += Recommender.Weight.familyTitleWithKids * relevance }
        return bound + Self.boundSlack
    }

    /// The standing of a title no curator knows at its best: mixed, or what the imported community says.
    private var largestUncuratedStanding: Float {
        communityStandings.values.reduce(Recommender.Weight.unknownStanding) { max($0, $1.prior) }
    }

    /// Every title's score: the reference `rankedCandidates` must agree with.
    func rankedCandidatesByScan() -> [Scored] {
        // Fit first: how far taste and standing may lift a title depends on
        // how its fit compares with the best fit tonight.
        let fits = ParallelScan.collect(library.count) { range in self.fits(range) }
        let best = fits.lazy.map(\.value).max() ?? 0
        let scored = ParallelScan.collect(library.count) { range in self.score(range, fits: fits, bestFit: best) }
        return ranked(scored)
    }

    /// The scored titles that make the kept count, best first, one per work.
    private func ranked(_ candidates: [Scored]) -> [Scored] {
        var scored = candidates
        // Sorting a whole large catalog would cost more than scoring it.
        if let threshold = TopSelection.threshold(scored.map(\.score), keeping: Self.candidatesKept) {
            scored.removeAll { $0.score < threshold }
        }
        // Ties go to the better regarded, then the better fitting, then the newer title — never the alphabet.
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let standings = (standing(at: a.position), standing(at: b.position))
            if standings.0 != standings.1 { return standings.0 > standings.1 }
            if a.fit.value != b.fit.value { return a.fit.value > b.fit.value }
            let years = (library.titles[a.position].year, library.titles[b.position].year)
            return years.0 != years.1 ? years.0 > years.1 : a.position < b.position
        }
        // One work, one place: the best-scoring of its versions stands for it.
        var works: Set<Int> = []
        scored.removeAll { !works.insert(library.works[$0.position]).inserted }
        return scored
    }

    /// How well regarded a title is, −1…1: the curator's judgement, else the
    /// imported community's ratings, else mixed (no one Marquee knows of
    /// vouches for it).
    func standing(at position: Int) -> Float {
        standing(at: position, standings: library.standings, titles: library.titles)
    }

    /// `standing(at:)` from the library's columns, for scans that hold them.
    private func standing(at position: Int, standings: [Standing?], titles: [Title]) -> Float {
        if let curated = standings[position] { return curated.prior }
        if !communityStandings.isEmpty, let community = communityStandings[titles[position].id] {
            return community.prior
        }
        return Recommender.Weight.unknownStanding
    }

    /// How well a title suits tonight. A profile read from genres and
    /// description words is a guess where a curated one is a judgement, and
    /// guesses run high (many weak cues pile up): an inferred fit counts
    /// `inferredConfidence` of itself, so at equal fit the judged title goes
    /// first and an obscure title needs a clearly better fit to pass it.
    func fit(at position: Int) -> MoodFit {
        fit(library.profile(at: position, corrections: signals.corrections), genreMask: library.genreMasks[position])
    }

    private func fit(_ profile: MoodProfile, genreMask: UInt32) -> MoodFit {
        var fit = target.fit(profile, genreMask: genreMask)
        if profile.source == .inferred { fit.value *= Self.inferredConfidence }
        return fit
    }
    static let inferredConfidence: Float = 0.85

    /// Marks a title that tonight's limits or the person leave out.
    static let excluded = -Float.greatestFiniteMagnitude
    static let left = MoodFit(pointFit: 0, toneFit: 0, value: excluded)

    /// The library's columns, read through local copies of their arrays:
    /// a class's array property read in a loop, or a whole `Title` copied,
    /// retains on every title; titles are read field by field.
    struct Columns {
        let titles: [Title], madeFor: [MadeFor], masks: [UInt32], profiles: [MoodProfile]
        let features: [FeatureVector], standings: [Standing?]
        let corrections: [TitleID: ToneVector]
        let tasteWeight: Float

        init(_ scoring: Scoring) {
            let library = scoring.library
            titles = library.titles
            madeFor = library.madeFor
            masks = library.genreMasks
            profiles = library.profiles
            features = library.features
            standings = library.standings
            corrections = scoring.signals.corrections
            tasteWeight = Recommender.Weight.taste * scoring.taste.strength
        }
    }

    /// Each title's mood fit (value `excluded` when left out), in position order.
    private func fits(_ range: Range<Int>) -> [MoodFit] {
        let columns = Columns(self)
        return range.map { fit(at: $0, columns) }
    }

    /// A title's mood fit, or `left` when tonight or the person leaves it out.
    @inline(__always)
    private func fit(at position: Int, _ columns: Columns) -> MoodFit {
        if leftOut.contains(position) { return Self.left }
        guard rules.allows(at: position, in: columns.titles) else { return Self.left }
        let audience = columns.madeFor[position]
        if audience == .promotion && !onWatchlist.contains(position) { return Self.left }
        if audience == .youngChildren && !wantsChildrensTitles { return Self.left }
        let profile = columns.corrections.isEmpty ? columns.profiles[position] : library.profile(at: position, corrections: columns.corrections)
        return fit(profile, genreMask: columns.masks[position])
    }

    /// Whether the person's own history allows a title: never one marked
    /// "not for me"; rated and watched titles only with rewatches on, and
    /// then not one rated below 3★ (a rewatch of a dislike is no suggestion).
    static func mayBeSuggested(_ id: TitleID, signals: UserSignals, rewatches: Bool) -> Bool {
        if signals.hidden.contains(id) { return false }
        if let rating = signals.ratings[id] { return rewatches && rating.stars >= rewatchFloor }
        if signals.watched[id] != nil { return rewatches }
        return true
    }
    static let rewatchFloor: Double = 3

    /// How much of a title's taste, community and standing boost counts:
    /// all of it within 10% of the best fit tonight, none beyond 30%. Taste
    /// orders titles that suit the mood; it never pulls in ones that do not
    /// (a documentary lover who feels romantic wants romance, not
    /// documentaries). Dislikes and a panned standing count in full.
    static func relevance(fit: Float, bestFit: Float) -> Float {
        guard bestFit > 0 else { return 1 }
        return min(max((fit - relevanceFloor * bestFit) / ((relevanceFull - relevanceFloor) * bestFit), 0), 1)
    }
    static let relevanceFloor: Float = 0.7
    static let relevanceFull: Float = 0.9

    /// The candidates among `range`, in position order.
    private func score(_ range: Range<Int>, fits: [MoodFit], bestFit: Float) -> [Scored] {
        var scored: [Scored] = []
        scored.reserveCapacity(range.count / 2)
        let columns = Columns(self)
        for position in range where fits[position].value != Self.excluded {
            scored.append(score(at: position, fit: fits[position], bestFit: bestFit, columns))
        }
        return scored
    }

    /// One allowed title's score terms.
    @inline(__always)
    private func score(at position: Int, fit: MoodFit, bestFit: Float, _ columns: Columns) -> Scored {
        let madeFor = columns.madeFor[position]
        let relevance = Self.relevance(fit: fit.value, bestFit: bestFit)
        let tasteRaw = taste.score(columns.features[position])
        var prior: Float = 0
        if onWatchlist.contains(position) { prior += Recommender.Weight.watchlistPrior }
        if library.isNew(added: columns.titles[position].dateAdded, year: columns.titles[position].year) { prior += Recommender.Weight.newPrior }
        var standing = standing(at: position, standings: columns.standings, titles: columns.titles)
        if standing > 0 { standing *= relevance }
        var tasteTerm = columns.tasteWeight * Self.squash(tasteRaw)
        if tasteTerm > 0 { tasteTerm *= relevance }
        let childrens: Float = switch madeFor {
        case .children where !wantsChildrensTitles: Recommender.Weight.childrensTitlePenalty
        case .youngChildren where !wantsPreschoolTitles: Recommender.Weight.preschoolTitlePenalty
        default: 0
        }
        var family = kidsWatching
            ? Self.familyEvening(madeFor, maturity: columns.titles[position].maturity,
                                 curated: columns.profiles[position].source == .curated)
            : 0
        if family > 0 { family *= relevance }
        let terms = ScoreTerms(
            mood: Recommender.Weight.mood * fit.value,
            taste: tasteTerm,
            community: Recommender.Weight.community * community.reach * community.score(at: position) * relevance,
            prior: Recommender.Weight.prior * prior + Recommender.Weight.standing * standing - childrens + family)
        return Scored(position: position, fit: fit, tasteRaw: tasteRaw, terms: terms)
    }

    /// With kids watching, what the evidence says about the room. A title a
    /// curator judged made for families gains (times relevance: it orders
    /// titles that suit the mood and pulls in none that do not). A PG or
    /// TV-PG title that a curator judged without calling it made for
    /// families or children loses: "parental guidance" says a parent should
    /// check, and the curator who knows the work did not vouch for it. An
    /// uncurated PG title is unknown either way and keeps its place.
    static func familyEvening(_ madeFor: MadeFor, maturity: Maturity, curated: Bool) -> Float {
        switch madeFor {
        case .family: Recommender.Weight.familyTitleWithKids
        case .everyone where curated && maturity.asksParentalGuidance: -Recommender.Weight.parentalGuidanceWithKids
        default: 0
        }
    }

    /// Taste similarities are small numbers; spread them over −1…1.
    static func squash(_ value: Float) -> Float {
        tanh(4 * value)
    }

    // MARK: Outside the usual

    /// Genres the person usually watches: of titles rated 4★ or more, or,
    /// with no ratings yet, of the list's own leading titles.
    func usualGenres(fallback: [Scored]) -> Set<Genre> {
        var counts: [Genre: Int] = [:]
        let liked = taste.evidence.filter { $0.weight > 0 }.map(\.position)
        let positions = liked.isEmpty ? fallback.map(\.position) : liked
        for position in positions {
            for genre in library.titles[position].genres where !genre.isDescriptiveOnly { counts[genre, default: 0] += 1 }
        }
        let threshold = max(1, positions.count / 4)
        return Set(counts.filter { $0.value >= threshold }.map(\.key))
    }

    /// The share of the title's main genres that are usual (1 without genres).
    func genreFamiliarity(_ candidate: Scored, usualGenres: Set<Genre>) -> Float {
        let genres = library.titles[candidate.position].genres.filter { !$0.isDescriptiveOnly }
        guard !genres.isEmpty else { return 1 }
        return Float(genres.filter(usualGenres.contains).count) / Float(genres.count)
    }

    /// Usual genres plus the pull of taste: lowest for the least familiar.
    func familiarity(_ candidate: Scored, usualGenres: Set<Genre>) -> Float {
        genreFamiliarity(candidate, usualGenres: usualGenres) + max(0, candidate.tasteRaw)
    }

    /// Taste similarity below which a title is not "like what you rate":
    /// sharing a tone or a decade with rated titles is not enough.
    static let outsideTasteCeiling: Float = 0.15

    /// The best-fitting candidate that shares no main genre with the usual.
    func outsideUsualPick(candidates: [Scored], chosen: [Scored], allowed: (Scored) -> Bool = { _ in true }) -> Scored? {
        let usual = usualGenres(fallback: chosen)
        let chosenPositions = Set(chosen.map(\.position))
        let fits = chosen.map(\.fit.value).sorted()
        let floor = fits[fits.count / 2] * 0.85
        return candidates.prefix(2000).first { candidate in
            !chosenPositions.contains(candidate.position) && candidate.fit.value >= floor
                && genreFamiliarity(candidate, usualGenres: usual) == 0 && candidate.tasteRaw < Self.outsideTasteCeiling
                && allowed(candidate)
        }
    }

    // MARK: Explanations

    /// The reason is built from the terms that produced the score: the mood
    /// phrase names the wanted tones this title actually carries, the taste
    /// phrase names the rated title with the largest positive term, the prior
    /// phrases appear only when their term is non-zero.
    func suggestion(for scored: Scored, outsideUsual: OutsideComparison? = nil) -> Suggestion {
        let title = library.titles[scored.position]
        let profile = library.profile(at: scored.position, corrections: signals.corrections)
        var weighted: [(ReasonPhrase, Float)] = []
        weighted.append((moodPhrase(title: title, profile: profile, fit: scored.fit), scored.terms.mood))

        if scored.terms.taste > 0.02 {
            let features = library.features[scored.position]
            // A rewatch resembles itself; the reason names another title.
            let top = taste.contributions(features, library: library).first { $0.evidence.position != scored.position }
            // Name a rated (or watched) title only when it really resembles this one.
            if let top, top.value > 0, let suffix = Self.evidenceSuffix(top.evidence),
               library.features[top.evidence.position].dot(features) >= Self.namedLikenessThreshold {
                let liked = library.titles[top.evidence.position]
                let likedTones = library.profile(at: top.evidence.position, corrections: signals.corrections).tones
                weighted.append((ReasonPhrase(
                    kind: .likedTitle(liked.id),
                    text: LikenessPhrase.text(for: title, tones: profile.tones, like: liked, likedTones: likedTones,
                                              saying: suffix, alreadySaid: moodTones(profile))), scored.terms.taste))
            }
        }
        if scored.terms.community > 0.02, let source = community.strongestSource(for: scored.position) {
            let sourceID = library.titles[source].id
            // A seed the person only watched or liked elsewhere says so.
            let how = ImplicitSignal.of(sourceID, in: signals).map { " " + $0.reasonSuffix } ?? ""
            weighted.append((ReasonPhrase(
                kind: .community(sourceID),
                text: "people who liked \(library.titles[source].name) liked this\(how)"), scored.terms.community))
        }
        if signals.watchlist.contains(title.id) {
            weighted.append((ReasonPhrase(kind: .watchlist, text: "on your watchlist"),
                             Recommender.Weight.prior * Recommender.Weight.watchlistPrior))
        }
        if let standing = library.standings[scored.position] {
            if let text = Self.standingPhrase(standing) {
                weighted.append((ReasonPhrase(kind: .standing, text: text), Recommender.Weight.standing * standing.prior))
            }
        } else if let rated = communityStandings[title.id], rated.prior >= Self.communityPraise {
            weighted.append((ReasonPhrase(kind: .standing, text: rated.summary),
                             Recommender.Weight.standing * rated.prior))
        }
        var phrases = weighted.sorted { $0.1 > $1.1 }.map(\.0)
        // Recency is a nudge, never why a title is here: it always comes last.
        if library.isNew(scored.position) {
            phrases.append(ReasonPhrase(kind: .new, text: "new on the catalog"))
        }
        if let outsideUsual {
            phrases.insert(ReasonPhrase(kind: .outsideUsual, text: outsideLabel(outsideUsual)), at: 0)
        }
        phrases += rules.phrases(for: title).map { ReasonPhrase(kind: .context, text: $0) }
        return Suggestion(
            position: scored.position, id: title.id, score: scored.score, terms: scored.terms,
            phrases: phrases, isOutsideUsual: outsideUsual != nil)
    }

    /// How a reason says why a title is evidence: "(you rated ★★★★★)",
    /// "(you watched it)"; nil for "not for me", which is never named.
    static func evidenceSuffix(_ evidence: TasteProfile.Evidence) -> String? {
        if let rating = evidence.rating { return "(you rated \(rating.starText))" }
        return evidence.implicit?.reasonSuffix
    }

    /// What an off-the-usual pick was compared with when the person has no
    /// liked titles yet: the rest of its list, or the mood's best-fitting titles.
    enum OutsideComparison { case list, mood }

    /// "Outside your usual" is only true of a person whose usual is known
    /// (titles rated well); without one the pick differs from the list.
    func outsideLabel(_ comparison: OutsideComparison) -> String {
        if taste.evidence.contains(where: { $0.weight > 0 }) { return "outside your usual" }
        switch comparison {
        case .list: return "something different"
        case .mood: return "unlike this mood's usual picks"
        }
    }

    /// Only praise is worth saying; a weak standing lowers the score silently.
    static func standingPhrase(_ standing: Standing) -> String? {
        switch standing {
        case .acclaimed: "acclaimed"
        case .cult: "a cult favourite"
        case .liked, .mixed, .panned: nil
        }
    }

    /// A community standing this high is said ("rated 4.2★ by 1,204 people").
    static let communityPraise: Float = 0.5

    /// Cosine likeness above which "you rated X" may be said.
    static let namedLikenessThreshold: Float = 0.3

    /// The tones the mood phrase names.
    private func moodTones(_ profile: MoodProfile) -> [Tone] { Array(target.wantedTones(in: profile).prefix(2)) }

    private func moodPhrase(title: Title, profile: MoodProfile, fit: MoodFit) -> ReasonPhrase {
        let verb = target.strategy == .lift ? "lifts" : "fits"
        let tones = moodTones(profile).map(\.adjective)
        let noun = Self.genreNoun(title)
        let text: String
        if fit.value < 0.15 {
            text = "a weak fit for \(target.mood.displayName)"
        } else if tones.isEmpty {
            text = "\(verb) \(target.mood.displayName): near it on the mood map"
        } else {
            text = "\(verb) \(target.mood.displayName): \(tones.joined(separator: ", ")) \(noun)"
        }
        return ReasonPhrase(kind: .mood, text: text)
    }

    /// Which genre names a title best when it has several.
    static let genreNounPriority: [Genre] = [
        .documentary, .standUp, .horror, .thriller, .crime, .mystery, .romance, .sciFiFantasy,
        .comedy, .actionAdventure, .anime, .kidsFamily, .music, .sports, .reality, .drama,
    ]

    /// How reasons name a genre: "action", "sci-fi", "thriller".
    static func noun(for genre: Genre) -> String {
        switch genre {
        case .actionAdventure: "action"
        case .kidsFamily: "family"
        case .sciFiFantasy: "sci-fi"
        case .standUp: "stand-up"
        case .scienceNature: "nature"
        case .music: "music"
        default: genre.displayName.lowercased()
        }
    }

    /// "thriller", "comedy series", "documentary".
    static func genreNoun(_ title: Title) -> String {
        let main = genreNounPriority.first(where: title.genres.contains) ?? title.genres.first { !$0.isDescriptiveOnly }
        let noun = main.map(noun(for:)) ?? ""
        let kind = title.kind == .series ? "series" : (noun.isEmpty ? "film" : "")
        return [noun, kind].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Recommender {
    /// How varied a list is: 1 − the mean likeness of its pairs (half genre
    /// overlap, half tone cosine, as the diversity dial measures it).
    public static func variety(of positions: [Int], in library: Library) -> Float {
        guard positions.count > 1 else { return 0 }
        let diversifier = Diversifier(library: library)
        var total: Float = 0, pairs = 0
        for a in positions.indices {
            for b in positions.indices where b > a {
                total += 1 - diversifier.similarity(positions[a], positions[b])
                pairs += 1
            }
        }
        return total / Float(pairs)
    }
}
