import Catalog

extension AppState {
    mutating func handleMoodPicker(_ key: Key, _ picker: MoodPickerState) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.moodPicker) else { return [] }
        var picker = picker
        switch command {
        case .forceQuit:
            isRunning = false
            return [.quit]
        case .cancel:
            overlay = picker.welcome.map(Overlay.welcome)
            return []
        case .apply:
            overlay = nil
            moodSetting = picker.setting
            markRecommendationsStale()
            stack = [.home, .suggestions]
            status = .info("Mood: \(moodSetting.summary)")
            return [.saveMood(moodSetting)] + (picker.welcome == nil ? [] : [.saveWelcomeSeen]) + refreshSuggestions()
        case .nextField:
            picker.field = picker.field.cycled(by: 1)
        case .previousField:
            picker.field = picker.field.cycled(by: -1)
        case .up, .down:
            let step = command == .down ? 1 : -1
            switch picker.field {
            case .mood:
                let count = NamedMood.allCases.count
                // From a custom point, down starts at the first mood and up at the last.
                let index = (picker.namedIndex ?? (step > 0 ? -1 : count)).cycled(by: step, count: count)
                picker.namedIndex = index
                picker.point = NamedMood.allCases[index].point
            case .map:
                moveMapCursor(&picker, valence: 0, energy: step > 0 ? -1 : 1)
            default:
                picker.field = picker.field.cycled(by: step)
            }
        case .left, .right:
            let step = command == .right ? 1 : -1
            switch picker.field {
            case .mood:
                picker.field = step > 0 ? .map : .mood
            case .map:
                moveMapCursor(&picker, valence: step, energy: 0)
            case .strategy:
                picker.strategy = picker.strategy == .match ? .lift : .match
            case .time:
                picker.minutes = MoodPickerState.timeChoices.element(step, from: picker.minutes)
            case .audience:
                picker.audience = picker.audience.cycled(by: step)
            }
        }
        overlay = .moodPicker(picker)
        return []
    }

    /// Moving the cursor on the map makes a custom mood at that point.
    private func moveMapCursor(_ picker: inout MoodPickerState, valence: Int, energy: Int) {
        let step = MoodPickerState.mapStep
        picker.point = MoodPoint(
            valence: ((picker.point.valence + Float(valence) * step) * 10).rounded() / 10,
            energy: ((picker.point.energy + Float(energy) * step) * 10).rounded() / 10)
        picker.namedIndex = nil
    }
}
