import Catalog

/// The point and tone preferences that suggestions aim at tonight, after the
/// strategy and the audience have shaped the person's mood.
public struct MoodTarget: Sendable, Hashable {
    public var mood: Mood
    public var strategy: MoodStrategy
    public var point: MoodPoint
    public var preferences: ToneVector
    /// What a title's kind adds to the fit for this mood (see `kindsThatFeed`).
    let kindBonus: [Genre: Float]

    public init(setting: MoodSetting) {
        mood = setting.mood
        strategy = setting.strategy
        point = setting.mood.point
        preferences = setting.mood.preferences
        kindBonus = Self.kindsThatFeed[setting.mood.name] ?? [:]
        if setting.strategy == .lift { lift() }
        switch setting.audience {
        case .alone: break
        case .partner: preferences[.romantic] += 0.3
        case .friends:
            preferences[.funny] += 0.3
            preferences[.exciting] += 0.3
        case .kids:
            preferences[.light] += 0.4
            preferences[.heartwarming] += 0.3
            preferences[.scary] = -1
            preferences[.dark] = min(preferences[.dark], -0.8)
        }
        preferences = preferences.clamped(to: -1...1)
    }

    /// Mood management: move the target most of the way toward pleasant
    /// valence, calm high energy a little, and stop feeding the tones that sit
    /// on the unpleasant side of the map (sadness, darkness, fear) while
    /// wanting the ones that comfort and raise.
    private mutating func lift() {
        if point.valence < 0.6 {
            point = MoodPoint(valence: point.valence + 0.65 * (0.75 - point.valence), energy: point.energy * 0.7)
        }
        for tone in Tone.allCases {
            let valence = tone.circumplexPoint.valence
            if valence < 0 {
                preferences[tone] = min(preferences[tone], 0) - 0.6 * abs(valence)
            } else {
                preferences[tone] = max(preferences[tone], 0.2 + 0.5 * valence)
            }
        }
    }

    /// How well a profile fits, with the parts explanations need.
    public func fit(_ profile: MoodProfile, genres: [Genre] = []) -> MoodFit {
        let pointFit = max(0, 1 - point.distance(to: profile.point) / 2)
        let positiveTotal = Tone.allCases.reduce(Float(0)) { $0 + max(preferences[$1], 0) }
        let toneFit = positiveTotal > 0 ? preferences.dot(profile.tones) / positiveTotal : 0
        let kindFit = kindBonus.isEmpty ? 0 : genres.reduce(Float(0)) { max($0, kindBonus[$1] ?? 0) }
        return MoodFit(pointFit: pointFit, toneFit: toneFit, value: 0.35 * pointFit + 0.65 * toneFit + kindFit)
    }

    /// What no tone can say: curiosity is fed by learning and puzzles — a
    /// thought-provoking drama makes you think, a documentary makes you know
    /// (the reviewer panel told the two apart where the tones could not).
    static let kindsThatFeed: [String: [Genre: Float]] = [
        NamedMood.curious.rawValue: [.documentary: 0.2, .scienceNature: 0.25, .mystery: 0.1],
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
