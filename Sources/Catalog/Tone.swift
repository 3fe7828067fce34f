/// The feelings a title gives, used for mood profiles and mood preferences.
public enum Tone: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case funny, heartwarming, romantic, exciting, tense, scary, dark, sad, thoughtProvoking, inspiring, light

    /// The code used in files and on the command line.
    public var code: String {
        switch self {
        case .funny: "funny"
        case .heartwarming: "heartwarming"
        case .romantic: "romantic"
        case .exciting: "exciting"
        case .tense: "tense"
        case .scary: "scary"
        case .dark: "dark"
        case .sad: "sad"
        case .thoughtProvoking: "thought-provoking"
        case .inspiring: "inspiring"
        case .light: "light"
        }
    }

    public var description: String { code }

    /// Short adjective for explanations: "dark, tense thriller".
    public var adjective: String {
        switch self {
        case .funny: "funny"
        case .heartwarming: "heartwarming"
        case .romantic: "romantic"
        case .exciting: "exciting"
        case .tense: "suspenseful"
        case .scary: "scary"
        case .dark: "dark"
        case .sad: "sad"
        case .thoughtProvoking: "thought-provoking"
        case .inspiring: "inspiring"
        case .light: "easy-watching"
        }
    }

    public init?(code: String) {
        guard let tone = Tone.allCases.first(where: { $0.code == code }) else { return nil }
        self = tone
    }

    /// Where the feeling sits on the valence × energy circumplex; a profile's
    /// point is the tone-weighted mean of these.
    public var circumplexPoint: MoodPoint {
        switch self {
        case .funny: MoodPoint(valence: 0.75, energy: 0.45)
        case .heartwarming: MoodPoint(valence: 0.8, energy: -0.25)
        case .romantic: MoodPoint(valence: 0.65, energy: 0.05)
        case .exciting: MoodPoint(valence: 0.35, energy: 0.85)
        case .tense: MoodPoint(valence: -0.4, energy: 0.8)
        case .scary: MoodPoint(valence: -0.75, energy: 0.75)
        case .dark: MoodPoint(valence: -0.75, energy: 0.15)
        case .sad: MoodPoint(valence: -0.7, energy: -0.5)
        case .thoughtProvoking: MoodPoint(valence: 0.05, energy: -0.35)
        case .inspiring: MoodPoint(valence: 0.75, energy: 0.4)
        case .light: MoodPoint(valence: 0.6, energy: -0.55)
        }
    }
}

/// A weight per tone. Backed by a SIMD vector so that scoring thousands of
/// titles is a handful of vector instructions each.
public struct ToneVector: Hashable, Sendable {
    public private(set) var storage: SIMD16<Float>

    public init() { storage = .zero }

    /// Every lane as it was (a saved vector read back exactly).
    public init(storage: SIMD16<Float>) { self.storage = storage }

    public init(_ weights: [Tone: Float]) {
        storage = .zero
        for (tone, weight) in weights { storage[tone.rawValue] = weight }
    }

    public subscript(tone: Tone) -> Float {
        get { storage[tone.rawValue] }
        set { storage[tone.rawValue] = newValue }
    }

    public func dot(_ other: ToneVector) -> Float { (storage * other.storage).sum() }

    public var magnitude: Float { (storage * storage).sum().squareRoot() }

    /// Sum of absolute weights.
    public var absoluteSum: Float {
        var total: Float = 0
        for tone in Tone.allCases { total += abs(storage[tone.rawValue]) }
        return total
    }

    public static func + (lhs: ToneVector, rhs: ToneVector) -> ToneVector {
        var result = lhs
        result.storage += rhs.storage
        return result
    }

    public static func * (lhs: ToneVector, rhs: Float) -> ToneVector {
        var result = lhs
        result.storage *= rhs
        return result
    }

    /// Every weight clamped into `range`.
    public func clamped(to range: ClosedRange<Float>) -> ToneVector {
        var result = self
        result.storage = result.storage.clamped(
            lowerBound: SIMD16(repeating: range.lowerBound), upperBound: SIMD16(repeating: range.upperBound))
        return result
    }

    /// Tones ordered by weight, largest first, weights above `threshold` only.
    public func strongest(above threshold: Float = 0) -> [Tone] {
        Tone.allCases.filter { self[$0] > threshold }.sorted { self[$0] > self[$1] }
    }
}
