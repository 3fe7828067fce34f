import Catalog

/// Tonight's hard limits: time available and who is watching.
public struct ContextRules: Sendable {
    public let setting: MoodSetting

    public init(setting: MoodSetting) {
        self.setting = setting
    }

    public func allows(_ title: Title) -> Bool {
        allows(maturity: title.maturity, sittingMinutes: { title.sittingMinutes })
    }

    /// `allows(_:)` for the title at `position`, read field by field (a scan
    /// over the catalog would otherwise copy every title).
    func allows(at position: Int, in titles: [Title]) -> Bool {
        guard setting.audience.includesChildren || setting.minutesAvailable != nil else { return true }
        return allows(maturity: titles[position].maturity, sittingMinutes: { titles[position].sittingMinutes })
    }

    private func allows(maturity: Maturity, sittingMinutes: () -> Int?) -> Bool {
        if setting.audience.includesChildren && !maturity.isKidSafe { return false }
        if let minutes = setting.minutesAvailable {
            guard let sitting = sittingMinutes(), sitting <= minutes else { return false }
        }
        return true
    }

    /// Why the title passed the limits, for the reason line.
    public func phrases(for title: Title) -> [String] {
        var phrases: [String] = []
        if let minutes = setting.minutesAvailable, let sitting = title.sittingMinutes {
            let available = DurationText.minutes(minutes)
            switch title.kind {
            case .movie: phrases.append("\(sitting) min fits your \(available)")
            case .series: phrases.append("~\(sitting) min episodes fit your \(available)")
            }
        }
        if setting.audience.includesChildren {
            phrases.append("fine for kids (\(title.maturity.rawValue))")
        }
        return phrases
    }
}
