/// Screen geometry that both the reducer (for paging and scrolling) and the
/// renderer (for drawing) use, so that they always agree.
public enum Viewport {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// Below this width the browse screen drops its detail pane.
    public static let detailPaneMinimumWidth = 70

    /// Rows between the header line and the status bar.
    public static func bodyRows(height: Int) -> Int { max(0, height - 2) }

    /// Visible items of the current screen's list.
    public static func visibleItems(_ state: AppState, on screen: Screen? = nil) -> Int {
        let body = bodyRows(height: state.height)
        switch screen ?? state.screen {
        case .home:
            return homeLayout(state).items
        case .browse:
            return max(1, body - 2 - (state.search.isActive ? 1 : 0))
        case .suggestions:
            // Inside the frame: the gauge, a blank line, then two lines per
            // suggestion (title and reason).
            return max(1, (body - 4) / 2)
        case .watchlist, .ratings, .hidden, .stats:
            return max(1, body - 2)
        case .detail:
            return max(1, body - 2)
        }
    }

    /// Home rows inside the frame: every row's heading, and the focused
    /// row's titles under its own. When the headings leave fewer than three
    /// lines for titles, only the focused row is shown.
    public static func homeLayout(_ state: AppState) -> (items: Int, showsAllHeadings: Bool) {
        let inner = max(1, bodyRows(height: state.height) - 2)
        let headings = max(1, state.home.rows.count)
        if inner - headings >= 3 { return (inner - headings, true) }
        return (max(1, inner - 1), false)
    }

    /// Text columns of the detail pane beside the browse list.
    public static func detailPaneTextWidth(width: Int) -> Int {
        max(1, width - browseListWidth(width: width) - 4)
    }

    /// Text columns of the stats screen.
    public static func statsTextWidth(width: Int) -> Int { max(1, min(width - 4, 100)) }

    /// Text columns of the full detail screen.
    public static func detailScreenTextWidth(width: Int) -> Int {
        max(1, min(width - 4, 100))
    }

    /// Rows of text the detail pane shows.
    public static func detailPaneRows(_ state: AppState) -> Int {
        max(1, bodyRows(height: state.height) - 2 - (state.search.isActive ? 1 : 0))
    }

    /// Lines of the welcome above its list of titles: without the blank
    /// ones on a short terminal.
    public static func welcomeIntroRows(height: Int) -> Int { bodyRows(height: height) >= 14 ? 5 : 3 }

    /// Lines of the welcome's "import your history" block below its titles
    /// (a blank, the heading, one command per service), on a terminal tall
    /// enough to keep the titles too; none below.
    public static func welcomeImportRows(height: Int) -> Int {
        bodyRows(height: height) - 2 - welcomeIntroRows(height: height) - WelcomeState.importCommands.count - 2 >= 6
            ? WelcomeState.importCommands.count + 2 : 0
    }

    /// Titles the welcome shows at once.
    public static func welcomeRows(height: Int) -> Int {
        max(1, bodyRows(height: height) - 2 - welcomeIntroRows(height: height) - welcomeImportRows(height: height))
    }

    /// Text rows inside the help overlay.
    public static func helpRows(height: Int) -> Int { max(1, bodyRows(height: height) - 2) }

    public static func showsDetailPane(width: Int) -> Bool { width >= detailPaneMinimumWidth }

    /// Columns of the browse list when the detail pane is beside it.
    public static func browseListWidth(width: Int) -> Int {
        showsDetailPane(width: width) ? max(36, width * 11 / 20) : width
    }
}
