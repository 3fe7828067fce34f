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
            overlay = nil
            return []
        case .apply:
            overlay = nil
            moodSetting = picker.setting
            suggestions.isStale = true
            stack = [.browse, .suggestions]
            refreshSuggestions()
            status = .info("Mood: \(moodSetting.summary)")
            return [.saveMood(moodSetting)]
        case .nextField:
            picker.field = MoodPickerState.Field(rawValue: (picker.field.rawValue + 1) % MoodPickerState.Field.allCases.count)!
        case .previousField:
            let count = MoodPickerState.Field.allCases.count
            picker.field = MoodPickerState.Field(rawValue: (picker.field.rawValue + count - 1) % count)!
        case .up, .down:
            let step = command == .down ? 1 : -1
            switch picker.field {
            case .mood:
                let count = NamedMood.allCases.count
                let index = ((picker.namedIndex ?? (step > 0 ? -1 : count)) + step + count) % count
                picker.namedIndex = index
                picker.point = NamedMood.allCases[index].point
            case .map:
                moveMapCursor(&picker, valence: 0, energy: step > 0 ? -1 : 1)
            default:
                let count = MoodPickerState.Field.allCases.count
                picker.field = MoodPickerState.Field(rawValue: (picker.field.rawValue + step + count) % count)!
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
                let choices = MoodPickerState.timeChoices
                let index = choices.firstIndex { $0 == picker.minutes } ?? 0
                picker.minutes = choices[(index + step + choices.count) % choices.count]
            case .audience:
                let all = Audience.allCases
                let index = all.firstIndex(of: picker.audience) ?? 0
                picker.audience = all[(index + step + all.count) % all.count]
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

    mutating func handleHelp(_ key: Key, scroll: Int) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.help) else { return [] }
        let page = Viewport.helpRows(height: height)
        let limit = HelpDocument.maxScroll(height: height)
        switch command {
        case .scrollDown: overlay = .help(scroll: min(scroll + 1, limit))
        case .scrollUp: overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown: overlay = .help(scroll: min(scroll + page, limit))
        case .pageUp: overlay = .help(scroll: max(0, scroll - page))
        case .close: overlay = nil
        case .forceQuit:
            isRunning = false
            return [.quit]
        }
        return []
    }
}
