import Catalog

/// The point and tone preferences that suggestions aim at tonight, after the
/// strategy and the audience have shaped the person's mood.
public struct MoodTarget: Sendable, Hashable {
    public var mood: Mood
    public var strategy: MoodStrategy
    public var point: MoodPoint
    public var preferences: ToneVector
    /// What a title's kind adds to (or takes from) the fit for this mood and
    /// company (see `kindsThatFeed`, `kindsWithKids`): genres as bits, each
    /// with its bonus, in genre order.
    private var kindBonusMasks: [UInt32] = []
    private var kindBonusValues: [Float] = []
    /// The sum of the wanted tones' preferences, what tone fit is divided by (worked out once, not per title).
    private(set) var positiveTotal: Float = 0

    public init(setting: MoodSetting) {
        mood = setting.mood
        strategy = setting.strategy
        point = setting.mood.point
        preferences = setting.mood.preferences
        var kinds = Self.kindsThatFeed[setting.mood.name] ?? [:]
        if setting.strategy == .lift { lift() }
        switch setting.audience {
        case .alone: break
        case .partner: preferences[.romantic] += 0.3
        case .friends:
            preferences[.funny] += 0.3
            preferences[.exciting] += 0.3
        case .kids, .family:
            preferences[.light] += 0.4
            preferences[.heartwarming] += 0.3
            preferences[.scary] = -1
            preferences[.dark] = min(preferences[.dark], -0.8)
            preferences[.romantic] = min(preferences[.romantic], -0.3)
            kinds.merge(Self.kindsWithKids, uniquingKeysWith: +)
        }
        for (genre, bonus) in kinds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            kindBonusMasks.append(Genre.mask([genre]))
            kindBonusValues.append(bonus)
        }
        preferences = preferences.clamped(to: -1...1)
        positiveTotal = Tone.allCases.reduce(Float(0)) { $0 + max(preferences[$1], 0) }
    }

    /// Mood management: move the target most of the way toward pleasant
    /// valence, calm high energy a little, and shun the tones that sit on the
    /// unpleasant side of the map (sadness, darkness, fear) — the further
    /// down, the more — while wanting the ones that comfort and raise.
    private mutating func lift() {
        if point.valence < 0.6 {
            point = MoodPoint(valence: point.valence + 0.65 * (0.75 - point.valence), energy: point.energy * 0.7)
        }
        for tone in Tone.allCases {
            let valence = tone.circumplexPoint.valence
            if valence < 0 {
                preferences[tone] = min(preferences[tone], 0) - abs(valence)
            } else {
                preferences[tone] = max(preferences[tone], 0.2 + 0.5 * valence)
            }
        }
        // A weighty drama is not what lifts a low evening, however warm.
        preferences[.thoughtProvoking] = min(preferences[.thoughtProvoking], 0.2)
    }

    /// How well a profile fits, with the parts explanations need.
    public func fit(_ profile: MoodProfile, genres: [Genre] = []) -> MoodFit {
        fit(profile, genreMask: Genre.mask(genres))
    }

    /// `fit(_:genres:)` with the genres as a mask (`Genre.mask`), as the library keeps them.
    func fit(_ profile: MoodProfile, genreMask: UInt32) -> MoodFit {
        let pointFit = max(0, 1 - point.distance(to: profile.point) / 2)
        let toneFit = positiveTotal > 0 ? preferences.dot(profile.tones) / positiveTotal : 0
        // The most fitting kind feeds, the least fitting drains: a horror
        // mystery gets horror's bonus once, a crime documentary both signs.
        var feed: Float = 0, drain: Float = 0
        for index in kindBonusMasks.indices where genreMask & kindBonusMasks[index] != 0 {
            feed = max(feed, kindBonusValues[index])
            drain = min(drain, kindBonusValues[index])
        }
        let kindFit = feed + drain
        return MoodFit(pointFit: pointFit, toneFit: toneFit, value: 0.35 * pointFit + 0.65 * toneFit + kindFit)
    }

    /// The most the kind bonuses can add for a title whose genres include
    /// all of `allOf` and lie within `anyOf`: the largest bonus among
    /// genres it may have, less the deepest drain among genres it surely has.
    func kindFitBound(anyOf: UInt32, allOf: UInt32) -> Float {
        var feed: Float = 0, drain: Float = 0
        for index in kindBonusMasks.indices {
            if anyOf & kindBonusMasks[index] != 0 { feed = max(feed, kindBonusValues[index]) }
            if allOf & kindBonusMasks[index] != 0 { drain = min(drain, kindBonusValues[index]) }
        }
        return feed + drain
    }

    /// What no tone can say. Curiosity is fed by learning and puzzles — a
    /// thought-provoking drama makes you think, a documentary makes you know.
    /// An adventure is a story of action or another world, while a sports
    /// documentary is exciting without being one. Fear comes from horror, not
    /// from a true-crime documentary however dark; a sports story is the
    /// classic inspiring kind (the reviewer panel told these apart where the
    /// tones could not).
    static let kindsThatFeed: [String: [Genre: Float]] = [
        NamedMood.curious.rawValue: [.documentary: 0.2, .scienceNature: 0.25, .mystery: 0.1, .sports: -0.08],
        NamedMood.adventurous.rawValue: [.actionAdventure: 0.1, .sciFiFantasy: 0.08, .anime: 0.08,
                                         .sports: -0.1, .documentary: -0.1],
        NamedMood.scared.rawValue: [.horror: 0.15, .documentary: -0.15, .crime: -0.1],
        NamedMood.inspired.rawValue: [.sports: 0.1, .anime: -0.05],
    ]

    /// With children in the room: family titles and nature first; romance,
    /// thrillers, crime, horror and documentaries on grown-up subjects are
    /// for another evening.
    static let kindsWithKids: [Genre: Float] = [
        .kidsFamily: 0.1, .scienceNature: 0.1, .romance: -0.15, .thriller: -0.2, .crime: -0.2, .horror: -0.3,
        .documentary: -0.1, .reality: -0.15, .talkShow: -0.15,
    ]

    /// Tones of `profile` that the target wants, largest contribution first.
    public func wantedTones(in profile: MoodProfile, minimum: Float = 0.05) -> [Tone] {
        Tone.allCases
            .map { ($0, preferences[$0] * profile.tones[$0]) }
            .filter { $0.1 >= minimum }
            .sorted { $0.1 > $1.1 }
            .map(\.0)
    }
}

public struct MoodFit: Sendable, Hashable {
    /// Closeness on the mood map, 0…1.
    public var pointFit: Float
    /// Wanted tones present minus unwelcome tones present, about −1…1.
    public var toneFit: Float
    public var value: Float
}
