import Catalog

extension AppState {
    mutating func startSearch() -> [Effect] {
        stack = [.home, .browse]
        browseFocus = .list
        search.queryBeforeEditing = search.query
        search.resultsBeforeEditing = search.results
        search.matchedBeforeEditing = search.matched
        search.closestBeforeEditing = search.isClosest
        search.aboutBeforeEditing = search.isAbout
        search.isEditing = true
        search.moveCursor(to: search.query.count)
        return []
    }

    mutating func handleSearchLine(_ key: Key) -> [Effect] {
        if let command = Keymap.lookup(key, in: Keymap.searchLine) {
            switch command {
            case .accept:
                search.isEditing = false
                resetBrowseSelection()
                return []
            case .cancel:
                search.isEditing = false
                search.query = search.queryBeforeEditing
                search.results = search.resultsBeforeEditing
                search.matched = search.matchedBeforeEditing
                search.isClosest = search.closestBeforeEditing
                search.isAbout = search.aboutBeforeEditing
                search.pending = nil
                resetBrowseSelection()
                return []
            case .deleteBackward:
                return deleteBeforeCursor(from: search.cursor - 1)
            case .deleteWord:
                // As in a shell: spaces before the cursor, then the word before them.
                let characters = Array(search.query)
                var start = search.cursor
                while start > 0, characters[start - 1] == " " { start -= 1 }
                while start > 0, characters[start - 1] != " " { start -= 1 }
                return deleteBeforeCursor(from: start)
            case .deleteToStart:
                return deleteBeforeCursor(from: 0)
            case .cursorLeft:
                search.moveCursor(to: search.cursor - 1)
                return []
            case .cursorRight:
                search.moveCursor(to: search.cursor + 1)
                return []
            case .cursorToStart:
                search.moveCursor(to: 0)
                return []
            case .cursorToEnd:
                search.moveCursor(to: search.query.count)
                return []
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
        let cursor = search.cursor
        var characters = Array(search.query)
        characters.insert(character, at: cursor)
        search.query = String(characters)
        search.moveCursor(to: cursor + 1)
        return requery()
    }

    /// Deletes from `start` up to the cursor; the text after it stays.
    private mutating func deleteBeforeCursor(from start: Int) -> [Effect] {
        let cursor = search.cursor, start = max(0, start)
        guard start < cursor else { return [] }
        var characters = Array(search.query)
        characters.removeSubrange(start..<cursor)
        search.query = String(characters)
        search.moveCursor(to: start)
        return requery()
    }

    /// Asks for the list the current words, filter and order describe; with
    /// none of them the list is the whole catalog and nothing is asked.
    mutating func requery() -> [Effect] {
        guard search.isNarrowing else {
            search.results = nil
            search.matched = nil
            search.isClosest = false
            search.isAbout = false
            search.pending = nil
            resetBrowseSelection()
            return []
        }
        let query = search.titleQuery
        search.pending = query
        return [.query(query)]
    }

    /// The answer to `Effect.query`; only the latest question counts.
    mutating func receive(_ query: TitleQuery, positions: [Int], matched: MatchCount? = nil, closest: Bool = false,
                          about: Bool = false) {
        guard query == search.pending else { return }
        search.pending = nil
        // Already one row per work (the query worker folds versions), and
        // possibly the whole catalog: taken as it is, never walked here.
        let results = positions
        search.results = results
        search.matched = matched.flatMap { $0.total > results.count || $0.isLowerBound ? $0 : nil }
        search.isClosest = closest && !results.isEmpty
        search.isAbout = about && !results.isEmpty
        resetBrowseSelection()
    }

    mutating func resetBrowseSelection() {
        browseList.select(0, count: browseItems.count, visible: Viewport.visibleItems(self))
        detailPaneScroll = 0
    }

    /// Esc on the browse list: drop the words first, then filters and order.
    mutating func clearSearchOrFilters() -> [Effect] {
        if search.titleQuery.hasText {
            search.query = ""
        } else {
            search.filter = TitleFilter()
            search.sort = .relevance
        }
        return requery()
    }

    mutating func clearFilters() -> [Effect] {
        guard !search.filter.isEmpty || search.sort != .relevance else {
            status = .info("No filters to clear")
            return []
        }
        search.filter = TitleFilter()
        search.sort = .relevance
        stack = [.home, .browse]
        status = .info("Filters and order cleared")
        return requery()
    }
}
