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
    /// The "not for me" list: hidden titles, each one `x` away from coming back.
    case hidden
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
        case .hidden: "Not for me"
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
    /// The work's other versions (library positions), its original first.
    public var versions: [Int]
    /// Titles like this one, with why, worked out once when the screen opens.
    public var similar: [SimilarTitles.Match]
    /// True until the similar titles arrive.
    public var isFindingSimilar = false
    /// The chosen version or similar title, when the keyboard is in those lists (Tab).
    public var chosen: DetailChoice?

    public init(id: TitleID, reason: String? = nil, versions: [Int] = [], similar: [SimilarTitles.Match] = []) {
        self.id = id
        self.reason = reason
        self.versions = versions
        self.similar = similar
    }

    /// What Tab and j/k move through: the versions, then the similar titles.
    public var choices: [DetailChoice] {
        versions.indices.map(DetailChoice.version) + similar.indices.map(DetailChoice.similar)
    }

    /// The chosen similar title's index, if a similar title is chosen.
    public var similarSelection: Int? {
        if case let .similar(index) = chosen { index } else { nil }
    }
}

/// A line of the detail screen that can be chosen and opened.
public enum DetailChoice: Hashable, Sendable {
    /// The n-th other version of the work.
    case version(Int)
    /// The n-th similar title.
    case similar(Int)
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
    /// The first launch: mood and a few titles to rate.
    case welcome(WelcomeState)
}
