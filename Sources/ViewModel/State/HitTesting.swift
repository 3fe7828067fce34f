/// Where on the screen things are, for the mouse. The numbers mirror the
/// renderer's layout (header on row 0, a framed body from row 1, the status
/// bar on the last row); `HomeView` draws from `Viewport.homeLines` itself so
/// the two cannot drift apart.
public enum HitTarget: Hashable, Sendable {
    /// A row of the current screen's list (browse, suggestions, watchlist, ratings).
    case listItem(Int)
    case homeHeading(row: Int)
    case homeItem(row: Int, item: Int)
    /// A version or similar title on the detail screen.
    case detailChoice(DetailChoice)
    /// The detail pane beside the browse list.
    case detailPane
}

/// One line of the home screen's frame, top to bottom.
public enum HomeLine: Hashable, Sendable {
    case heading(row: Int)
    case item(row: Int, item: Int)
}

extension Viewport {
    /// First row inside a framed body.
    static let innerTop = 2

    /// The lines the home screen shows, in order.
    public static func homeLines(_ state: AppState) -> [HomeLine] {
        let home = state.home
        let layout = homeLayout(state)
        var lines: [HomeLine] = []
        for (index, row) in home.rows.enumerated() where layout.showsAllHeadings || index == home.row {
            lines.append(.heading(row: index))
            guard index == home.row, home.lists.indices.contains(index) else { continue }
            let offset = home.lists[index].offset
            for line in 0..<layout.items where offset + line < row.positions.count {
                lines.append(.item(row: index, item: offset + line))
            }
        }
        return Array(lines.prefix(max(0, bodyRows(height: state.height) - 2)))
    }
}

extension AppState {
    /// What is under the cell (x, y), if anything the mouse can act on.
    public func target(atX x: Int, y: Int) -> HitTarget? {
        guard overlay == nil, !isTooSmall, y >= Viewport.innerTop, y < height - 2, x >= 1, x < width - 1 else { return nil }
        let listWidth = Viewport.browseListWidth(width: width)
        let besideList = Viewport.showsDetailPane(width: width) && x >= listWidth
        switch screen {
        case .home:
            if besideList { return nil }
            let lines = Viewport.homeLines(self)
            let index = y - Viewport.innerTop
            guard lines.indices.contains(index) else { return nil }
            switch lines[index] {
            case let .heading(row): return .homeHeading(row: row)
            case let .item(row, item): return .homeItem(row: row, item: item)
            }
        case .browse:
            if besideList { return .detailPane }
            let top = Viewport.innerTop + (search.isActive ? 1 : 0)
            let row = y - top
            guard row >= 0, row < Viewport.visibleItems(self) else { return nil }
            return listTarget(browseList.offset + row, count: browseItems.count)
        case .suggestions:
            // The gauge and a blank line, then two lines per suggestion.
            let row = y - Viewport.innerTop - 2
            guard row >= 0, row / 2 < Viewport.visibleItems(self) else { return nil }
            return listTarget(suggestions.list.offset + row / 2, count: suggestions.items.count)
        case .watchlist:
            return listTarget(watchlistList.offset + y - Viewport.innerTop, count: watchlistItems.count)
        case .ratings:
            return listTarget(ratingsList.offset + y - Viewport.innerTop, count: ratedItems.count)
        case .hidden:
            return listTarget(hiddenList.offset + y - Viewport.innerTop, count: hiddenItems.count)
        case .stats:
            return nil
        case let .detail(context):
            let lines = detailLines(context)
            let visible = Viewport.visibleItems(self)
            let start = min(max(0, context.scroll), max(0, lines.count - visible))
            let index = start + y - Viewport.innerTop
            guard lines.indices.contains(index), let choice = lines[index].kind.choice else { return nil }
            return .detailChoice(choice)
        }
    }

    private func listTarget(_ index: Int, count: Int) -> HitTarget? {
        index >= 0 && index < count ? .listItem(index) : nil
    }
}
