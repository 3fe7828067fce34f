import Catalog
import Foundation
import Recommender

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

extension MoodPickerState {
    /// "Tense: wants suspenseful, dark · avoids easy-watching, funny"; with
    /// lift, "Tense, lifted: wants light, … · avoids dark, …": what the
    /// suggestions will aim at (strategy and company applied), not the mood alone.
    public var aimSummary: String {
        let preferences = MoodTarget(setting: setting).preferences
        let wants = preferences.strongest(above: 0.25).prefix(3).map(\.adjective)
        let avoids = Tone.allCases.filter { preferences[$0] < -0.25 }
            .sorted { preferences[$0] < preferences[$1] }.prefix(3).map(\.adjective)
        var text = mood.displayName + (strategy == .lift ? ", lifted" : "")
        if mood.name == "custom" {
            text += String(format: " (pleasant %+.1f, energy %+.1f)", point.valence, point.energy)
        }
        if !wants.isEmpty { text += ": wants " + wants.joined(separator: ", ") }
        if !avoids.isEmpty { text += " · avoids " + avoids.joined(separator: ", ") }
        return text
    }
}
