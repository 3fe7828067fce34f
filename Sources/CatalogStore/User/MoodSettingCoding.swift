import Catalog
import Foundation

/// Stores a mood setting as a small JSON object:
/// `{"mood":"tense","strategy":"match","minutes":120,"audience":"alone"}`;
/// a custom mood stores its point instead of a name.
enum MoodSettingCoding {
    private struct Stored: Codable {
        var mood: String
        var valence: Float?
        var energy: Float?
        var strategy: String
        var minutes: Int?
        var audience: String
    }

    static func encode(_ setting: MoodSetting) -> String {
        let stored = Stored(
            mood: setting.mood.name,
            valence: setting.mood.isNamed ? nil : setting.mood.point.valence,
            energy: setting.mood.isNamed ? nil : setting.mood.point.energy,
            strategy: setting.strategy.rawValue, minutes: setting.minutesAvailable,
            audience: setting.audience.rawValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(stored)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ text: String) -> MoodSetting? {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(text.utf8)) else { return nil }
        let mood: Mood
        if let named = Mood.named(stored.mood) {
            mood = named
        } else if let valence = stored.valence, let energy = stored.energy {
            mood = .custom(at: MoodPoint(valence: valence, energy: energy))
        } else {
            return nil
        }
        return MoodSetting(
            mood: mood, strategy: MoodStrategy(rawValue: stored.strategy) ?? .match,
            minutesAvailable: stored.minutes, audience: Audience(rawValue: stored.audience) ?? .alone)
    }
}

extension UserDatabase {
    /// The stored form of a mood setting, for writing it with other changes in one transaction.
    public static func encodedMoodSetting(_ setting: MoodSetting) -> String {
        MoodSettingCoding.encode(setting)
    }
}
