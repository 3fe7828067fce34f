import Catalog

/// Tonight's hard limits: time available and who is watching.
public struct ContextRules: Sendable {
    public let setting: MoodSetting

    public init(setting: MoodSetting) {
        self.setting = setting
    }

    /// Minutes one sitting takes: a film's runtime, or a series' typical
    /// episode length estimated from its genres (catalogs do not record it).
    public static func sittingMinutes(_ title: Title) -> Int? {
        switch title.kind {
        case .movie: return title.runtimeMinutes
        case .series: return estimatedEpisodeMinutes(title)
        }
    }

    public static func estimatedEpisodeMinutes(_ title: Title) -> Int {
        let genres = Set(title.genres)
        if !genres.isDisjoint(with: [.kidsFamily, .anime, .standUp]) { return 25 }
        if genres.contains(.comedy) && genres.isDisjoint(with: [.drama, .crime, .thriller]) { return 25 }
        if !genres.isDisjoint(with: [.drama, .crime, .thriller, .horror, .mystery, .sciFiFantasy, .actionAdventure]) { return 50 }
        return 45
    }

    public func allows(_ title: Title) -> Bool {
        if setting.audience == .kids && !title.maturity.isKidSafe { return false }
        if let minutes = setting.minutesAvailable {
            guard let sitting = Self.sittingMinutes(title), sitting <= minutes else { return false }
        }
        return true
    }

    /// Why the title passed the limits, for the reason line.
    public func phrases(for title: Title) -> [String] {
        var phrases: [String] = []
        if let minutes = setting.minutesAvailable, let sitting = Self.sittingMinutes(title) {
            let available = DurationText.minutes(minutes)
            switch title.kind {
            case .movie: phrases.append("\(sitting) min fits your \(available)")
            case .series: phrases.append("~\(sitting) min episodes fit your \(available)")
            }
        }
        if setting.audience == .kids {
            phrases.append("fine for kids (\(title.maturity.rawValue))")
        }
        return phrases
    }
}
