import Catalog
import ViewModel

/// What one frame shows: the cells, and where the hardware cursor goes (the
/// focused row or the search prompt) so screen readers follow the selection.
public struct Frame: Sendable {
    public var grid: CellGrid
    public var cursor: (x: Int, y: Int)?
    /// True when the person is typing and should see the cursor.
    public var showsCursor: Bool
}

/// Draws the whole screen for a state. Pure: same state, same cells.
public struct Renderer: Sendable {
    public var theme: Theme

    public init(theme: Theme = .colored) {
        self.theme = theme
    }

    public func render(_ state: AppState) -> Frame {
        var frame = Frame(grid: CellGrid(width: state.width, height: state.height), cursor: nil, showsCursor: false)
        if state.isTooSmall {
            TooSmallView.draw(state, into: &frame, theme: theme)
            return frame
        }
        HeaderView.draw(state, into: &frame.grid, theme: theme)
        let body = Rect(x: 0, y: 1, width: state.width, height: Viewport.bodyRows(height: state.height))
        switch state.screen {
        case .home:
            HomeView.draw(state, in: body, into: &frame, theme: theme)
        case .browse:
            BrowseView.draw(state, in: body, into: &frame, theme: theme)
        case .suggestions:
            SuggestionsView.draw(state, in: body, into: &frame, theme: theme)
        case .watchlist:
            TitleListView.draw(state, items: state.watchlistItems, list: state.watchlistList,
                               title: "Watchlist",
                               empty: "Your watchlist is empty: press \(Keymap.keyName(Command.toggleWatchlist, in: state.keymap)) on any title to add it.",
                               in: body, into: &frame, theme: theme)
        case .ratings:
            // The day each title was rated leads the row where there is room for it.
            let dated = state.width >= 60
            TitleListView.draw(state, items: state.ratedItems, list: state.ratingsList,
                               title: "My ratings · \(state.ratingsOrder.displayName)",
                               empty: "No ratings yet: press 1 to 5 on any title.", in: body, into: &frame, theme: theme,
                               prefix: { position in
                                   guard dated else { return "" }
                                   let day = state.signals.ratedOn[state.library.titles[position].id]?.iso ?? "          "
                                   return day + "  "
                               })
        case .hidden:
            TitleListView.draw(state, items: state.hiddenItems, list: state.hiddenList,
                               title: "Not for me · never suggested",
                               empty: "Nothing hidden: press \(Keymap.keyName(Command.notForMe, in: state.keymap)) on a title you never want suggested.",
                               in: body, into: &frame, theme: theme)
        case .stats:
            StatsView.draw(state, in: body, into: &frame, theme: theme)
        case let .detail(context):
            DetailView.drawScreen(state, context: context, in: body, into: &frame, theme: theme)
        }
        if state.overlay != nil {
            // The screen underneath stays visible but steps back.
            frame.grid.restyle(body, with: theme.dim)
        }
        switch state.overlay {
        case let .help(scroll):
            HelpView.draw(state, scroll: scroll, in: body, into: &frame, theme: theme)
        case let .moodPicker(picker):
            MoodPickerView.draw(state, picker: picker, in: body, into: &frame, theme: theme)
        case let .filters(form):
            FilterFormView.draw(form, in: body, into: &frame, theme: theme)
        case let .sortMenu(selection):
            SortMenuView.draw(selection: selection, current: state.search.sort, in: body, into: &frame, theme: theme)
        case let .correction(correction):
            CorrectionView.draw(correction, state: state, in: body, into: &frame, theme: theme)
        case let .welcome(welcome):
            WelcomeView.draw(welcome, state: state, in: body, into: &frame, theme: theme)
        case nil:
            break
        }
        StatusBarView.draw(state, into: &frame.grid, theme: theme)
        if let cursor = frame.cursor, !(0..<state.width).contains(cursor.x) || !(0..<state.height).contains(cursor.y) {
            frame.cursor = nil
        }
        if theme.ascii { frame.grid.foldToASCII() }
        return frame
    }
}
