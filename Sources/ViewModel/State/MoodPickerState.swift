import Catalog

/// The mood picker overlay: a mood (named or a free point on the map),
/// the strategy, time available and who is watching.
public struct MoodPickerState: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case mood, map, strategy, time, audience

        public var label: String {
            switch self {
            case .mood: "Mood"
            case .map: "Mood map"
            case .strategy: "Strategy"
            case .time: "Time"
            case .audience: "Watching"
            }
        }
    }

    /// Choices for "time available"; nil means no limit.
    public static let timeChoices: [Int?] = [nil, 30, 45, 60, 90, 120, 150, 180, 240]
    /// Map cursor step.
    public static let mapStep: Float = 0.1

    public var field: Field = .mood
    /// Index into `NamedMood.allCases`; nil when a custom point is chosen.
    public var namedIndex: Int?
    public var point: MoodPoint
    public var strategy: MoodStrategy
    public var minutes: Int?
    public var audience: Audience
    /// The welcome it was opened from: cancel goes back there.
    public var welcome: WelcomeState?

    public init(setting: MoodSetting) {
        namedIndex = NamedMood.allCases.firstIndex { $0.rawValue == setting.mood.name }
        point = setting.mood.point
        strategy = setting.strategy
        minutes = setting.minutesAvailable
        audience = setting.audience
    }

    public var mood: Mood {
        if let namedIndex { return NamedMood.allCases[namedIndex].mood }
        return .custom(at: point)
    }

    public var setting: MoodSetting {
        MoodSetting(mood: mood, strategy: strategy, minutesAvailable: minutes, audience: audience)
    }
}
