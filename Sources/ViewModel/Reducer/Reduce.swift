import Catalog
import Recommender

extension AppState {
    /// The only way state changes: apply `action`, return the effects the
    /// runtime must carry out (saving, searching, quitting).
    public mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .launched:
            return refreshHome()
        case let .key(key):
            status = nil
            let effects = handle(key)
            keepSelectionsInBounds()
            return effects
        case let .mouse(event):
            status = nil
            let effects = handleMouse(event)
            keepSelectionsInBounds()
            return effects
        case let .resize(width, height):
            self.width = max(1, width)
            self.height = max(1, height)
            keepSelectionsInBounds()
            return []
        case let .queryResults(query, positions, matched, closest, about):
            receive(query, positions: positions, matched: matched, closest: closest, about: about)
            return []
        case let .effectFailed(message):
            status = .error(message)
            return []
        case let .signalsReloaded(stored):
            signals = stored
            markRecommendationsStale()
            keepSelectionsInBounds()
            return []
        case let .jobDone(answer):
            let effects = receive(answer)
            keepSelectionsInBounds()
            return effects
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        switch overlay {
        case let .help(scroll):
            return handleHelp(key, scroll: scroll)
        case let .moodPicker(picker):
            return handleMoodPicker(key, picker)
        case let .filters(form):
            return handleFilterForm(key, form)
        case let .sortMenu(selection):
            return handleSortMenu(key, selection: selection)
        case let .correction(correction):
            return handleCorrection(key, correction)
        case let .welcome(welcome):
            return handleWelcome(key, welcome)
        case nil:
            break
        }
        if search.isEditing { return handleSearchLine(key) }
        guard let command = Keymap.lookup(key, in: keymap) else { return [] }
        return perform(command)
    }

    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .moveDown: moveSelection(by: 1)
        case .moveUp: moveSelection(by: -1)
        case .pageDown: moveSelection(by: Viewport.visibleItems(self))
        case .pageUp: moveSelection(by: -Viewport.visibleItems(self))
        case .first: moveSelection(to: 0)
        case .last: moveSelection(to: Int.max / 2)
        case .nextPane, .previousPane: switchPane(command == .nextPane)
        case .open: return openSelected()
        case .back: return goBack()
        case .search: return startSearch()
        case .filters: openFilters()
        case .sort:
            if screen == .ratings { changeRatingsOrder() } else { openSortMenu() }
        case .clearFilters: return clearFilters()
        case .correctMood: openCorrection()
        case let .rate(stars): return rateSelected(Rating(stars: Double(stars)))
        case .halfStarUp: return nudgeRating(by: 0.5)
        case .halfStarDown: return nudgeRating(by: -0.5)
        case .clearRating: return rateSelected(nil)
        case .undo: return undo()
        case .toggleWatchlist: return toggleWatchlist()
        case .notForMe: return hideSelected()
        case .moodPicker: overlay = .moodPicker(MoodPickerState(setting: moodSetting))
        case .suggestions: return showSuggestions()
        case .lessDiversity: return changeDiversity(by: -SuggestionsState.dialStep)
        case .moreDiversity: return changeDiversity(by: SuggestionsState.dialStep)
        case .toggleRewatches: return toggleRewatches()
        case .surprise: return surprise()
        case .browse: stack = [.home, .browse]
        case .watchlist: stack = [.home, .watchlist]
        case .ratings: stack = [.home, .ratings]
        case .notForMeList: stack = [.home, .hidden]
        case .stats: return showStats()
        case .help:
            helpFind = HelpFind()
            overlay = .help(scroll: 0)
        case .quit, .forceQuit:
            isRunning = false
            return [.quit]
        }
        return []
    }

    /// Every list's selection inside its list and on screen, after any change.
    mutating func keepSelectionsInBounds() {
        // Each list is clamped with its own screen's geometry.
        keepHomeInBounds()
        browseList.clamp(count: browseItems.count, visible: Viewport.visibleItems(self, on: .browse))
        suggestions.list.clamp(count: suggestions.items.count, visible: Viewport.visibleItems(self, on: .suggestions))
        watchlistList.clamp(count: watchlistItems.count, visible: Viewport.visibleItems(self, on: .watchlist))
        ratingsList.clamp(count: ratedItems.count, visible: Viewport.visibleItems(self, on: .ratings))
        hiddenList.clamp(count: hiddenItems.count, visible: Viewport.visibleItems(self, on: .hidden))
        if case var .detail(context) = screen {
            context.scroll = min(max(0, context.scroll), maxDetailScroll(context))
            stack[stack.count - 1] = .detail(context)
        }
        statsScroll = min(max(0, statsScroll), maxStatsScroll)
        if detailPaneScroll > 0 { detailPaneScroll = min(detailPaneScroll, maxDetailPaneScroll) }
        if !Viewport.showsDetailPane(width: width) { browseFocus = .list }
    }
}
