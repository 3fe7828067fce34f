/// Match the mood, or steer toward a better one.
public enum MoodStrategy: String, CaseIterable, Sendable, Codable {
    /// Suggest titles that feel the way the person feels.
    case match
    /// Mood management: aim for a more pleasant place than the current one.
    case lift
}

/// Who is watching tonight.
public enum Audience: String, CaseIterable, Sendable, Codable {
    /// `family`: grown-ups with children, an evening for everyone in the room.
    case alone, partner, friends, family, kids

    public var displayName: String {
        switch self {
        case .alone: "alone"
        case .partner: "with partner"
        case .friends: "with friends"
        case .family: "with family"
        case .kids: "with kids"
        }
    }

    /// Children are watching: only kid-safe titles, and the kids' tones and kinds.
    public var includesChildren: Bool { self == .kids || self == .family }
}

/// Everything about tonight that shapes suggestions besides taste.
public struct MoodSetting: Hashable, Sendable {
    public var mood: Mood
    public var strategy: MoodStrategy
    /// Minutes available; nil means no limit.
    public var minutesAvailable: Int?
    public var audience: Audience

    public init(mood: Mood, strategy: MoodStrategy = .match, minutesAvailable: Int? = nil, audience: Audience = .alone) {
        self.mood = mood
        self.strategy = strategy
        self.minutesAvailable = minutesAvailable
        self.audience = audience
    }

    public static let `default` = MoodSetting(mood: NamedMood.cozy.mood)

    /// "Cozy · match · 2 h · alone"
    public var summary: String {
        [mood.displayName, strategy.rawValue, DurationText.available(minutesAvailable), audience.displayName]
            .joined(separator: " · ")
    }
}

/// Formats durations the same way everywhere.
public enum DurationText {
    /// "95 min", "2 h", "2 h 30"
    public static func minutes(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        let rest = minutes % 60
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest < 10 ? "0" : "")\(rest)"
    }

    public static func available(_ minutes: Int?) -> String {
        minutes.map { Self.minutes($0) } ?? "any length"
    }
}
