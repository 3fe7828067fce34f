import Catalog
import ViewModel

/// One title as a list row: name on the left; year, kind and your rating in
/// fixed columns on the right so they line up down the list.
enum TitleRow {
    static func draw(_ title: Title, state: AppState, x: Int, y: Int, width: Int, selected: Bool, focused: Bool,
                     into grid: inout CellGrid, theme: Theme, prefix: String = "") {
        guard width > 0 else { return }
        let rating = state.signals.ratings[title.id]
        let onWatchlist = state.signals.watchlist.contains(title.id)
        // Right-hand columns, dropped from the left as the row narrows. The
        // kind gives way first: beside a detail pane (80 columns) it is shown
        // there, and the name needs the room more.
        let showStars = width >= 30
        let showKind = width >= 50
        let showYear = width >= 20
        // The watchlist and rating columns are kept only for a person who has
        // something to show in them, so a new person's names are not cut
        // beside empty columns (asked of the signals, not of the list, so the
        // columns do not come and go while scrolling).
        let watchColumn = showStars && !state.signals.watchlist.isEmpty
        let starsColumn = showStars && !state.signals.ratings.isEmpty
        var right: StyledLine = []
        // Wide rows have room to say what kind of title it is, in a column
        // that grows with the row.
        if width >= 100 {
            let fixed = (showYear ? 5 : 0) + (showKind ? 7 : 0) + (watchColumn ? 2 : 0) + (starsColumn ? 6 : 0)
            let column = min(48, max(34, (width - fixed) * 9 / 20))
            let text = genreText(title, width: column - 2)
            right.append(Span("  " + text + String(repeating: " ", count: max(0, column - 2 - DisplayWidth.of(text))), theme.accent))
        }
        if showYear { right.append(Span(" \(title.year)", theme.dim)) }
        if showKind { right.append(Span(title.kind == .movie ? " film  " : " series", theme.dim)) }
        if showStars {
            if watchColumn { right.append(Span(onWatchlist ? " +" : "  ", theme.accent)) }
            if starsColumn { right.append(Span(" " + (rating?.starText ?? "     "), theme.stars)) }
        } else if rating != nil {
            right.append(Span(" ★\(rating!.numberText)", theme.stars))
        }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let nameWidth = max(1, width - rightWidth - 2)
        grid.fill(Rect(x: x, y: y, width: width, height: 1))
        var line: StyledLine = []
        if !prefix.isEmpty { line.append(Span(prefix, theme.dim)) }
        line.append(Span(title.name, theme.text))
        // The work has other versions (listed on its detail screen): say so
        // after the name, which gives way to the mark when room is short.
        let mark = versionMark(state.library.otherVersionCount(at: state.library.position(of: title.id) ?? 0),
                               nameWidth: nameWidth)
        let markWidth = DisplayWidth.of(mark)
        let used = grid.put(line, x: x + 1, y: y, maxWidth: max(1, nameWidth - markWidth))
        if !mark.isEmpty { grid.put(mark, x: x + 1 + used, y: y, style: theme.dim, maxWidth: markWidth) }
        grid.put(right, x: x + width - rightWidth - 1, y: y, maxWidth: rightWidth)
        if selected {
            // A visible marker as well as the highlight: monochrome terminals,
            // screen readers and text snapshots all see which row is chosen.
            grid.put("▸", x: x, y: y, style: theme.accent)
            grid.restyle(Rect(x: x, y: y, width: width, height: 1), with: focused ? theme.selection : theme.inactiveSelection)
        }
    }

    /// The first three genres, as many whole ones as fit in `width`; the
    /// first alone is cut when even it does not fit.
    static func genreText(_ title: Title, width: Int) -> String {
        let genres = title.genres.filter { !$0.isDescriptiveOnly }.prefix(3).map(\.displayName)
        var text = ""
        for genre in genres {
            let next = text.isEmpty ? genre : text + ", " + genre
            if DisplayWidth.of(next) > width { break }
            text = next
        }
        if text.isEmpty, var first = genres.first {
            while DisplayWidth.of(first) > width - 1, !first.isEmpty { first.removeLast() }
            text = first + "…"
        }
        return text
    }

    /// " +2 versions" where the name column is wide, " +2" where it is not;
    /// nothing for a title without other versions or a column too narrow.
    static func versionMark(_ others: Int, nameWidth: Int) -> String {
        guard others > 0 else { return "" }
        if nameWidth >= 40 { return others == 1 ? " +1 version" : " +\(others) versions" }
        return nameWidth >= 12 ? " +\(others)" : ""
    }
}
