/// How a title feels: a point on the mood map plus tone weights in 0…1.
public struct MoodProfile: Hashable, Sendable {
    public var point: MoodPoint
    public var tones: ToneVector
    public var source: ProfileSource

    public init(point: MoodPoint, tones: ToneVector, source: ProfileSource) {
        self.point = point
        self.tones = tones
        self.source = source
    }

    /// The tone-weighted mean of the tones' places on the circumplex,
    /// spread a little because means pull toward the centre.
    public static func point(for tones: ToneVector) -> MoodPoint {
        var valence: Float = 0, energy: Float = 0, total: Float = 0
        for tone in Tone.allCases where tones[tone] > 0 {
            valence += tones[tone] * tone.circumplexPoint.valence
            energy += tones[tone] * tone.circumplexPoint.energy
            total += tones[tone]
        }
        guard total > 0 else { return MoodPoint(valence: 0, energy: 0) }
        return MoodPoint(valence: valence / total * 1.2, energy: energy / total * 1.2)
    }
}

/// Where a mood profile came from, always shown beside it.
public enum ProfileSource: String, Sendable, Codable, CaseIterable {
    /// Judged by a person who knows the work.
    case curated
    /// Computed by Marquee from genres, title words, description cues,
    /// runtime and maturity.
    case inferred
    /// Corrected by the person using this copy of Marquee.
    case corrected

    public var displayName: String {
        switch self {
        case .curated: "curated"
        case .inferred: "inferred"
        case .corrected: "corrected by you"
        }
    }
}
