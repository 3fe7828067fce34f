import Catalog
import Recommender

extension AppState {
    mutating func moveSelection(by delta: Int) {
        let visible = Viewport.visibleItems(self)
        switch screen {
        case .home:
            moveHomeSelection(by: delta)
        case .browse:
            if browseFocus == .detail {
                detailPaneScroll = min(max(0, detailPaneScroll + delta), maxDetailPaneScroll)
            } else {
                browseList.move(by: delta, count: browseItems.count, visible: visible)
                detailPaneScroll = 0
            }
        case .suggestions:
            suggestions.list.move(by: delta, count: suggestions.items.count, visible: visible)
        case .watchlist:
            watchlistList.move(by: delta, count: watchlistItems.count, visible: visible)
        case .ratings:
            ratingsList.move(by: delta, count: ratedItems.count, visible: visible)
        case .hidden:
            hiddenList.move(by: delta, count: hiddenItems.count, visible: visible)
        case .stats:
            statsScroll = min(max(0, statsScroll + delta), maxStatsScroll)
        case var .detail(context):
            if let chosen = context.chosen, let index = context.choices.firstIndex(of: chosen) {
                choose(context.choices[min(max(0, index + delta), context.choices.count - 1)], in: &context)
            } else {
                context.scroll = min(max(0, context.scroll + delta), maxDetailScroll(context))
            }
            stack[stack.count - 1] = .detail(context)
        }
    }

    /// Chooses a version or similar title and scrolls just enough to show it.
    func choose(_ choice: DetailChoice, in context: inout DetailContext) {
        guard context.choices.contains(choice) else { return }
        context.chosen = choice
        guard let line = detailLines(context).firstIndex(where: { $0.kind.choice == choice }) else { return }
        let visible = Viewport.visibleItems(self, on: .detail(context))
        if line < context.scroll { context.scroll = line }
        if line >= context.scroll + visible { context.scroll = line - visible + 1 }
    }

    mutating func moveSelection(to index: Int) {
        let visible = Viewport.visibleItems(self)
        switch screen {
        case .home:
            moveHomeSelection(to: index)
        case .browse:
            if browseFocus == .detail {
                detailPaneScroll = index == 0 ? 0 : maxDetailPaneScroll
            } else {
                browseList.select(index, count: browseItems.count, visible: visible)
                detailPaneScroll = 0
            }
        case .suggestions:
            suggestions.list.select(index, count: suggestions.items.count, visible: visible)
        case .watchlist:
            watchlistList.select(index, count: watchlistItems.count, visible: visible)
        case .hidden:
            hiddenList.select(index, count: hiddenItems.count, visible: visible)
        case .ratings:
            ratingsList.select(index, count: ratedItems.count, visible: visible)
        case .stats:
            statsScroll = index == 0 ? 0 : maxStatsScroll
        case var .detail(context):
            if context.chosen != nil, let choice = index == 0 ? context.choices.first : context.choices.last {
                choose(choice, in: &context)
            } else {
                context.scroll = index == 0 ? 0 : maxDetailScroll(context)
            }
            stack[stack.count - 1] = .detail(context)
        }
    }

    /// On home, Tab and h/l move between rows; on browse, between the list
    /// and the detail pane; on detail, into and out of the versions and
    /// similar titles.
    mutating func switchPane(_ forward: Bool) {
        if screen == .home { return moveHomeRow(by: forward ? 1 : -1) }
        if case var .detail(context) = screen {
            if forward, let first = context.choices.first {
                choose(context.chosen ?? first, in: &context)
            } else if !forward {
                context.chosen = nil
            }
            stack[stack.count - 1] = .detail(context)
            return
        }
        guard screen == .browse, Viewport.showsDetailPane(width: width) else { return }
        browseFocus = forward ? .detail : .list
    }

    mutating func openSelected() -> [Effect] {
        guard let position = selectedPosition else { return [] }
        let id = library.titles[position].id
        switch screen {
        case let .detail(context):
            // Enter on a version or a similar title opens it on top.
            switch context.chosen {
            case let .version(index)? where context.versions.indices.contains(index):
                return pushDetail(library.titles[context.versions[index]].id)
            case let .similar(index)? where context.similar.indices.contains(index):
                return pushDetail(library.titles[context.similar[index].position].id)
            default:
                return []
            }
        case .suggestions:
            return pushDetail(id, reason: suggestions.items[suggestions.list.selection].reason)
        case .home:
            return pushDetail(id, reason: home.row == 0 ? home.selectedReason : nil)
        default:
            return pushDetail(id)
        }
    }

    static let similarTitlesShown = 8

    /// Opens a title's detail screen with its work's other versions, and
    /// asks for its similar titles.
    mutating func pushDetail(_ id: TitleID, reason: String? = nil) -> [Effect] {
        guard let position = library.position(of: id) else {
            stack.append(.detail(DetailContext(id: id, reason: reason)))
            return []
        }
        var context = DetailContext(id: id, reason: reason, versions: library.versions(of: position).filter { $0 != position })
        context.isFindingSimilar = true
        stack.append(.detail(context))
        return [.run(.similar(id, excluding: signals.hidden))]
    }

    /// Similar titles arrived: every open detail screen of that title waiting for them takes them.
    mutating func receiveSimilar(_ matches: [SimilarTitles.Match], for id: TitleID) {
        for index in stack.indices {
            guard case var .detail(context) = stack[index], context.id == id, context.isFindingSimilar else { continue }
            context.similar = matches
            context.isFindingSimilar = false
            stack[index] = .detail(context)
        }
    }

    /// Esc: leave the detail pane, then drop the search, then go back a screen.
    mutating func goBack() -> [Effect] {
        if screen == .browse && browseFocus == .detail {
            browseFocus = .list
        } else if screen == .browse && search.isNarrowing {
            return clearSearchOrFilters()
        } else if stack.count > 1 {
            stack.removeLast()
            if screen == .suggestions && suggestions.isStale { return refreshSuggestions() }
            if screen == .home && home.isStale { return refreshHome() }
        }
        return []
    }
}

extension AppState {
    /// The lines of the full detail screen.
    public func detailLines(_ context: DetailContext) -> [DetailLine] {
        guard let position = library.position(of: context.id) else { return [] }
        return DetailDocument.lines(position: position, state: self,
                                    width: Viewport.detailScreenTextWidth(width: width), reason: context.reason,
                                    versions: context.versions, similar: context.similar,
                                    findingSimilar: context.isFindingSimilar)
    }

    /// The lines of the detail pane beside the browse list.
    public var detailPaneLines: [DetailLine] {
        let width = Viewport.detailPaneTextWidth(width: width)
        if screen == .home {
            guard let position = home.selectedPosition else { return [] }
            return DetailDocument.lines(position: position, state: self, width: width, reason: home.selectedReason)
        }
        guard screen == .browse, let position = browseItems.indices.contains(browseList.selection)
            ? browseItems[browseList.selection] : nil else { return [] }
        return DetailDocument.lines(position: position, state: self, width: width, reason: nil)
    }

    func maxDetailScroll(_ context: DetailContext) -> Int {
        max(0, detailLines(context).count - Viewport.visibleItems(self, on: .detail(context)))
    }

    var maxDetailPaneScroll: Int {
        max(0, detailPaneLines.count - Viewport.detailPaneRows(self))
    }
}
