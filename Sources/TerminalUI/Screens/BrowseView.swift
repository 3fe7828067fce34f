import Catalog
import ViewModel

/// Browse: the title list (or search results) with the detail pane beside it.
enum BrowseView {
    static func draw(_ state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        var area = body
        if state.search.isActive {
            let (line, rest) = area.splitRows(1)
            drawSearchLine(state, in: line, into: &frame, theme: theme)
            area = rest
        }
        let listWidth = Viewport.browseListWidth(width: state.width)
        let (listRect, paneRect) = area.splitColumns(listWidth)
        let items = state.browseItems
        let listTitle = Self.listTitle(state.search)
        let counter = items.isEmpty ? "0" : "\(state.browseList.selection + 1)/\(items.count)"
        let listFocused = state.browseFocus == .list && !state.search.isEditing
        let inner = Box.draw(listRect, in: &frame.grid, title: listTitle, trailing: counter,
                             focused: state.browseFocus == .list, theme: theme)
        if items.isEmpty {
            let message = state.search.pending != nil ? "Searching…" : "No titles match. Esc clears the search, F the filters."
            frame.grid.put(message, x: inner.x + 1, y: inner.y, style: theme.dim, maxWidth: inner.width - 1)
        }
        let visible = min(inner.height, Viewport.visibleItems(state))
        for row in 0..<visible {
            let index = state.browseList.offset + row
            guard index < items.count else { break }
            let selected = index == state.browseList.selection
            TitleRow.draw(state.library.titles[items[index]], state: state, x: inner.x, y: inner.y + row,
                          width: inner.width, selected: selected, focused: listFocused || state.search.isEditing,
                          into: &frame.grid, theme: theme)
            if selected && !state.search.isEditing { frame.cursor = (inner.x, inner.y + row) }
        }
        if Viewport.showsDetailPane(width: state.width) {
            DetailView.drawPane(state, in: paneRect, focused: state.browseFocus == .detail, into: &frame, theme: theme)
        }
    }

    /// "All titles · newest first", "Results for “x” · Comedy · by year".
    static func listTitle(_ search: SearchState) -> String {
        var parts: [String] = []
        if search.titleQuery.hasText {
            parts.append("Results for “\(search.query)”")
        } else if search.isEditing {
            parts.append("Search")
        } else if search.filter.isEmpty {
            parts.append("All titles")
        }
        if !search.filter.isEmpty { parts.append(search.filter.summary) }
        switch search.sort {
        case .relevance: if !search.titleQuery.hasText { parts.append("newest first") }
        default: parts.append("by \(search.sort.displayName)")
        }
        return parts.joined(separator: " · ")
    }

    private static func drawSearchLine(_ state: AppState, in rect: Rect, into frame: inout Frame, theme: Theme) {
        let prompt = " / "
        var x = rect.x
        x += frame.grid.put(prompt, x: x, y: rect.y, style: theme.keyHint)
        let count: String
        // The older list stays in view while a newer answer is awaited, but its count would mislead.
        if state.search.pending != nil {
            count = "searching…"
        } else if state.search.isAbout, let results = state.search.results {
            count = "by what it is about · \(results.count)"
        } else if state.search.isClosest, let results = state.search.results {
            count = "no exact match · \(results.count) closest"
        } else if let results = state.search.results, let matched = state.search.matched {
            // The list was cut short: say so, and how many matched.
            count = "\(results.count) of \(matched.total)\(matched.isLowerBound ? "+" : "") results"
        } else if let results = state.search.results {
            count = results.count == 1 ? "1 result" : "\(results.count) results"
        } else {
            count = ""
        }
        let countWidth = DisplayWidth.of(count)
        let queryRoom = max(1, rect.width - (x - rect.x) - countWidth - 3)
        // Keep the cursor of a long query in view: drop characters before it
        // while the text up to it does not fit, then after it.
        let characters = Array(state.search.query), cursor = state.search.cursor
        let room = queryRoom - 1
        var start = 0, end = characters.count
        while start < cursor, DisplayWidth.of(String(characters[start..<cursor])) > room { start += 1 }
        while end > cursor, DisplayWidth.of(String(characters[start..<end])) > room { end -= 1 }
        let used = frame.grid.put(String(characters[start..<end]), x: x, y: rect.y, style: theme.strong, maxWidth: queryRoom)
        if state.search.isEditing {
            frame.cursor = (x + DisplayWidth.of(String(characters[start..<cursor])), rect.y)
            frame.showsCursor = true
        } else {
            frame.grid.put("  Esc clears", x: x + used, y: rect.y, style: theme.dim, maxWidth: queryRoom - used)
        }
        if !count.isEmpty {
            frame.grid.put(count, x: rect.maxX - countWidth - 1, y: rect.y, style: theme.dim)
        }
    }
}
