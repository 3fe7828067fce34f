import Catalog

/// The first launch's welcome: rate what you know, say how you feel, or
/// close it; once closed (or once the mood is set) it is never shown again.
extension AppState {
    mutating func handleWelcome(_ key: Key, _ welcome: WelcomeState) -> [Effect] {
        guard let command = Keymap.lookup(key, in: Keymap.welcome) else { return [] }
        var welcome = welcome
        let visible = Viewport.welcomeRows(height: height)
        switch command {
        case .forceQuit:
            isRunning = false
            return [.quit]
        case .close:
            overlay = nil
            let rated = welcome.picks.filter { signals.ratings[library.titles[$0].id] != nil }.count
            status = .info(rated == 0 ? "Welcome! Press \(Keymap.keyName(Command.moodPicker, in: keymap)) any time to say how you feel"
                           : "Thanks: \(rated) rating\(rated == 1 ? "" : "s") to start from · \(Keymap.keyName(Command.suggestions, in: keymap)) for suggestions")
            return [.saveWelcomeSeen]
        case .down, .up:
            welcome.list.move(by: command == .down ? 1 : -1, count: welcome.picks.count, visible: visible)
        case let .rate(stars):
            overlay = .welcome(welcome)
            guard let position = welcome.selectedPosition else { return [] }
            let effects = rate(library.titles[position], Rating(stars: Double(stars)))
            // On to the next title, as a person rating a list expects.
            welcome.list.move(by: 1, count: welcome.picks.count, visible: visible)
            overlay = .welcome(welcome)
            return effects
        case .clearRating:
            guard let position = welcome.selectedPosition else { return [] }
            return rate(library.titles[position], nil)
        case .undo:
            return undo()
        case .moodPicker:
            var picker = MoodPickerState(setting: moodSetting)
            picker.welcome = welcome
            overlay = .moodPicker(picker)
            return []
        }
        overlay = .welcome(welcome)
        return []
    }
}
