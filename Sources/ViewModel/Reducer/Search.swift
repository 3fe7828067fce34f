extension AppState {
    mutating func startSearch() -> [Effect] {
        stack = [.browse]
        browseFocus = .list
        search.queryBeforeEditing = search.query
        search.resultsBeforeEditing = search.results
        search.isEditing = true
        return []
    }

    mutating func handleSearchLine(_ key: Key) -> [Effect] {
        if let command = Keymap.lookup(key, in: Keymap.searchLine) {
            switch command {
            case .accept:
                search.isEditing = false
                if search.query.isEmpty { search = SearchState() }
                browseList.select(0, count: browseItems.count, visible: Viewport.visibleItems(self))
                return []
            case .cancel:
                search.isEditing = false
                search.query = search.queryBeforeEditing
                search.results = search.resultsBeforeEditing
                search.pendingQuery = nil
                if search.query.isEmpty { search = SearchState() }
                browseList.select(0, count: browseItems.count, visible: Viewport.visibleItems(self))
                return []
            case .deleteBackward:
                guard !search.query.isEmpty else { return [] }
                search.query.removeLast()
                return queryChanged()
            case .clear:
                search.query = ""
                return queryChanged()
            case .moveDown:
                browseList.move(by: 1, count: browseItems.count, visible: Viewport.visibleItems(self))
                return []
            case .moveUp:
                browseList.move(by: -1, count: browseItems.count, visible: Viewport.visibleItems(self))
                return []
            case .forceQuit:
                isRunning = false
                return [.quit]
            }
        }
        guard case let .character(character) = key else { return [] }
        guard search.query.count < 100 else { return [] }
        search.query.append(character)
        return queryChanged()
    }

    /// Every keystroke asks for fresh results; an empty query shows everything.
    private mutating func queryChanged() -> [Effect] {
        if search.query.allSatisfy { $0 == " " } {
            search.results = nil
            search.pendingQuery = nil
            browseList.select(0, count: browseItems.count, visible: Viewport.visibleItems(self))
            return []
        }
        search.pendingQuery = search.query
        return [.search(query: search.query)]
    }
}
