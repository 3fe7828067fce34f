import Catalog
import Recommender

/// A full screen of the app. Screens stack: Esc returns to the one below.
public enum Screen: Hashable, Sendable {
    /// Rows to scan: for your mood, because you liked …, new, watchlist, genres.
    case home
    case browse
    case suggestions
    case watchlist
    case ratings
    /// Plots of the person's ratings and of how varied their suggestions are.
    case stats
    case detail(DetailContext)

    public var title: String {
        switch self {
        case .home: "Home"
        case .browse: "Browse"
        case .suggestions: "For you"
        case .watchlist: "Watchlist"
        case .ratings: "My ratings"
        case .stats: "Stats"
        case .detail: "Detail"
        }
    }
}

/// What the detail screen shows and how it was reached.
public struct DetailContext: Hashable, Sendable {
    public var id: TitleID
    /// The suggestion's reason when reached from suggestions or "surprise me".
    public var reason: String?
    public var scroll: Int = 0
    /// Titles like this one, with why, worked out once when the screen opens.
    public var similar: [SimilarTitles.Match]
    /// The chosen similar title, when the keyboard is in that list (Tab).
    public var similarSelection: Int?

    public init(id: TitleID, reason: String? = nil, similar: [SimilarTitles.Match] = []) {
        self.id = id
        self.reason = reason
        self.similar = similar
    }
}

/// Which side of the browse screen has the keyboard.
public enum Pane: Hashable, Sendable {
    case list, detail
}

/// Something drawn over the current screen.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case moodPicker(MoodPickerState)
    case filters(FilterFormState)
    case sortMenu(selection: Int)
    case correction(CorrectionState)
}
