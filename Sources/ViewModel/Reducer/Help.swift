import Catalog

/// The help overlay: scrolling, and `/` to keep only the lines that match.
extension AppState {
    mutating func handleHelp(_ key: Key, scroll: Int) -> [Effect] {
        if helpFind.isEditing { return handleHelpFind(key) }
        guard let command = Keymap.lookup(key, in: Keymap.help) else { return [] }
        let page = Viewport.helpRows(height: height)
        let limit = HelpDocument.maxScroll(height: height, lines: helpLines)
        switch command {
        case .find:
            helpFind.isEditing = true
        case .close where key == .escape && !helpFind.query.isEmpty:
            helpFind = HelpFind()
            overlay = .help(scroll: 0)
        case .scrollDown: overlay = .help(scroll: min(scroll + 1, limit))
        case .scrollUp: overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown: overlay = .help(scroll: min(scroll + page, limit))
        case .pageUp: overlay = .help(scroll: max(0, scroll - page))
        case .close:
            overlay = nil
            helpFind = HelpFind()
        case .forceQuit:
            isRunning = false
            return [.quit]
        }
        return []
    }

    /// Typing a find in the help: the lines narrow on every key.
    private mutating func handleHelpFind(_ key: Key) -> [Effect] {
        switch key {
        case .control("c"):
            isRunning = false
            return [.quit]
        case .escape:
            helpFind = HelpFind()
        case .enter:
            helpFind.isEditing = false
        case .backspace, .delete:
            if !helpFind.query.isEmpty { helpFind.query.removeLast() }
        case .control("u"):
            helpFind.query = ""
        case let .character(character) where helpFind.query.count < Self.helpFindLimit:
            helpFind.query.append(character)
        default:
            return []
        }
        overlay = .help(scroll: 0)
        return []
    }

    /// A find longer than any line of the help cannot match.
    static let helpFindLimit = 60
}
