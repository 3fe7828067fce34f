/// How a person feels right now: a point on the mood map plus signed tone
/// preferences (positive: wanted, negative: unwelcome tonight).
public struct Mood: Hashable, Sendable {
    /// Lowercase name for named moods ("cozy"); "custom" for a free point.
    public var name: String
    public var point: MoodPoint
    public var preferences: ToneVector

    public init(name: String, point: MoodPoint, preferences: ToneVector) {
        self.name = name
        self.point = point
        self.preferences = preferences
    }

    public var displayName: String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    public var isNamed: Bool { NamedMood(rawValue: name) != nil }

    /// A mood placed freely on the map: it wants the tones that sit near the
    /// point and shuns the ones on the far side.
    public static func custom(at point: MoodPoint) -> Mood {
        var preferences = ToneVector()
        for tone in Tone.allCases {
            let distance = tone.circumplexPoint.distance(to: point)
            // 0.6 apart is "near"; beyond 1.6 the tone counts against.
            preferences[tone] = max(-1, min(1, (1.1 - distance) / 0.5))
        }
        return Mood(name: "custom", point: point, preferences: preferences)
    }

    public static func named(_ named: NamedMood) -> Mood { named.mood }

    /// Looks a named mood up by its name, case-insensitively.
    public static func named(_ name: String) -> Mood? {
        NamedMood(rawValue: name.lowercased()).map(\.mood)
    }
}

/// The moods offered by name in the picker and on the command line.
public enum NamedMood: String, CaseIterable, Sendable, Codable {
    case cheerful, cozy, romantic, adventurous, tense, scared, dark, melancholy
    case curious, thoughtful, inspired, tired

    public var mood: Mood {
        Mood(name: rawValue, point: point, preferences: ToneVector(preferences))
    }

    public var point: MoodPoint {
        switch self {
        case .cheerful: MoodPoint(valence: 0.8, energy: 0.5)
        case .cozy: MoodPoint(valence: 0.65, energy: -0.5)
        case .romantic: MoodPoint(valence: 0.6, energy: 0.1)
        case .adventurous: MoodPoint(valence: 0.45, energy: 0.8)
        case .tense: MoodPoint(valence: -0.35, energy: 0.8)
        case .scared: MoodPoint(valence: -0.7, energy: 0.75)
        case .dark: MoodPoint(valence: -0.7, energy: 0.1)
        case .melancholy: MoodPoint(valence: -0.6, energy: -0.5)
        case .curious: MoodPoint(valence: 0.25, energy: 0.25)
        case .thoughtful: MoodPoint(valence: 0.0, energy: -0.4)
        case .inspired: MoodPoint(valence: 0.75, energy: 0.35)
        case .tired: MoodPoint(valence: 0.35, energy: -0.85)
        }
    }

    /// What the mood wants (positive) and would rather avoid (negative).
    public var preferences: [Tone: Float] {
        switch self {
        case .cheerful:
            [.funny: 1, .light: 0.6, .inspiring: 0.4, .exciting: 0.3, .sad: -0.8, .dark: -0.8, .scary: -1]
        case .cozy:
            [.heartwarming: 1, .light: 0.9, .funny: 0.6, .romantic: 0.4,
             .scary: -1, .dark: -0.9, .tense: -0.7, .sad: -0.4]
        case .romantic:
            [.romantic: 1, .heartwarming: 0.6, .funny: 0.3, .scary: -1, .dark: -0.5]
        case .adventurous:
            [.exciting: 1, .inspiring: 0.4, .funny: 0.2, .sad: -0.4, .light: -0.2]
        case .tense:
            [.tense: 1, .dark: 0.5, .exciting: 0.4, .light: -0.6, .funny: -0.4, .heartwarming: -0.4, .romantic: -0.3]
        case .scared:
            [.scary: 1, .tense: 0.7, .dark: 0.5, .funny: -0.5, .light: -0.7, .romantic: -0.5, .heartwarming: -0.5]
        case .dark:
            [.dark: 1, .tense: 0.5, .thoughtProvoking: 0.3, .light: -0.8, .funny: -0.5, .heartwarming: -0.5]
        case .melancholy:
            [.sad: 1, .thoughtProvoking: 0.5, .romantic: 0.2, .funny: -0.5, .exciting: -0.4, .light: -0.4, .scary: -0.6, .dark: -0.3]
        case .curious:
            [.thoughtProvoking: 1, .exciting: 0.2, .inspiring: 0.1, .light: -0.3, .scary: -0.3]
        case .thoughtful:
            [.thoughtProvoking: 1, .sad: 0.3, .inspiring: 0.3, .light: -0.3, .scary: -0.5, .funny: -0.3]
        case .inspired:
            [.inspiring: 1, .heartwarming: 0.4, .exciting: 0.3, .dark: -0.7, .scary: -0.8, .sad: -0.3]
        case .tired:
            [.light: 1, .funny: 0.6, .heartwarming: 0.5, .tense: -0.8, .scary: -0.8,
             .thoughtProvoking: -0.5, .dark: -0.7, .exciting: -0.3]
        }
    }
}
