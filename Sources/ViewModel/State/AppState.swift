import Catalog
import Recommender
import Foundation

/// Everything the screen shows, in one value. Changed only by `reduce`.
public struct AppState: Sendable {
    public let library: Library
    /// What people who liked the same titles liked (empty without an import).
    public let community: CommunityLinks
    /// The browse list without a search: newest additions first, one row
    /// per work (a dub is listed on its original's detail screen).
    public let browseOrder: [Int]
    /// The countries the filter form offers, most titles first.
    public let countryChoices: [String]
    /// Where the titles sit on the mood plane, for the mood picker's map.
    public let moodMap: MoodMapDots

    public internal(set) var width: Int
    public internal(set) var height: Int
    /// Screens, bottom first; the last one is on screen.
    public internal(set) var stack: [Screen] = [.home]
    public internal(set) var overlay: Overlay?

    public internal(set) var home = HomeState()
    public internal(set) var browseList = ListState()
    public internal(set) var browseFocus: Pane = .list
    public internal(set) var detailPaneScroll = 0
    public internal(set) var search = SearchState()
    public internal(set) var suggestions = SuggestionsState()
    public internal(set) var watchlistList = ListState()
    public internal(set) var ratingsList = ListState()
    public internal(set) var hiddenList = ListState()
    public internal(set) var statsScroll = 0
    public internal(set) var ratingsOrder: RatingsOrder = .stars
    /// Today, as the runtime saw it at launch: the date given to new ratings.
    public let today: CalendarDate?
    /// The main keys, after any config.toml overrides; input, help and hints all read this.
    public let keymap: [KeyBinding<Command>]
    /// What `/` in the help has typed, and whether it is still typing.
    public internal(set) var helpFind = HelpFind()

    public internal(set) var signals: UserSignals
    public internal(set) var moodSetting: MoodSetting
    /// Each service's latest history import (the stats screen's "Imported"), one per source.
    public internal(set) var imports: [ImportSummary] = []
    public internal(set) var undoStack: [UndoEntry] = []
    public internal(set) var status: StatusMessage?
    public internal(set) var isRunning = true
    /// The newest job asked for of each kind: older answers are dropped.
    var jobTickets = JobTickets()

    public init(library: Library, community: CommunityLinks = .empty, signals: UserSignals = UserSignals(),
                moodSetting: MoodSetting = .default, diversity: Float = Recommender.defaultDiversity, width: Int = 80, height: Int = 24, today: CalendarDate? = nil,
                keymap: [KeyBinding<Command>] = Keymap.main, welcome: Bool = false, rewatches: Bool = false,
                imports: [ImportSummary] = []) {
        self.library = library
        self.today = today
        self.keymap = keymap
        self.community = community
        self.signals = signals
        self.moodSetting = moodSetting
        suggestions.diversity = min(max(diversity, 0), 1)
        suggestions.rewatches = rewatches
        self.imports = imports
        self.width = width
        self.height = height
        // Whole-catalog work happens here, once, or in jobs: never in `reduce`.
        browseOrder = Self.newestFirst(library)
        countryChoices = Self.commonCountries(library)
        moodMap = MoodMapDots(points: library.profiles.lazy.map(\.point))
        // The home rows are a job: `Action.launched` asks for them.
        if welcome { overlay = .welcome(Self.welcome(library: library, community: community)) }
    }

    public var screen: Screen { stack.last ?? .home }

    /// The help as it shows now: this screen's keys first, cut to the lines
    /// that match a find.
    public var helpLines: [HelpLine] {
        HelpDocument.filtered(HelpDocument.lines(main: keymap, screen: screen), query: helpFind.query)
    }

    /// Library positions listed by the browse screen right now.
    public var browseItems: [Int] { search.results ?? browseOrder }

    /// Watchlist titles, sorted by title (leading articles ignored).
    public var watchlistItems: [Int] { Self.watchlistPositions(signals, in: library) }

    static func watchlistPositions(_ signals: UserSignals, in library: Library) -> [Int] {
        signals.watchlist.compactMap(library.position(of:)).sorted {
            TextFolding.sortKey(library.titles[$0].name) < TextFolding.sortKey(library.titles[$1].name)
        }
    }

    /// "Not for me" titles, sorted by title like the watchlist.
    public var hiddenItems: [Int] {
        signals.hidden.compactMap(library.position(of:)).sorted {
            TextFolding.sortKey(library.titles[$0].name) < TextFolding.sortKey(library.titles[$1].name)
        }
    }

    /// Rated titles in the chosen order (`o` on the ratings screen); ties by title.
    public var ratedItems: [Int] {
        let name = { (position: Int) in TextFolding.sortKey(self.library.titles[position].name) }
        let rated = signals.ratings.compactMap { id, rating in library.position(of: id).map { (position: $0, id: id, stars: rating.stars) } }
        return rated.sorted { a, b in
            switch ratingsOrder {
            case .stars where a.stars != b.stars: return a.stars > b.stars
            case .date:
                let dayA = signals.ratedOn[a.id], dayB = signals.ratedOn[b.id]
                if dayA != dayB { return (dayA?.dayNumber ?? Int.min) > (dayB?.dayNumber ?? Int.min) }
                let momentA = signals.ratedAt[a.id], momentB = signals.ratedAt[b.id]
                if momentA != momentB { return (momentA ?? .distantPast) > (momentB ?? .distantPast) }
            default: break
            }
            return name(a.position) < name(b.position)
        }
        .map(\.position)
    }

    /// The title that rating, watchlist and "not for me" keys act on.
    public var selectedPosition: Int? {
        switch screen {
        case .home:
            return home.selectedPosition
        case .browse:
            let items = browseItems
            return items.indices.contains(browseList.selection) ? items[browseList.selection] : nil
        case .suggestions:
            let items = suggestions.items
            return items.indices.contains(suggestions.list.selection) ? items[suggestions.list.selection].position : nil
        case .watchlist:
            let items = watchlistItems
            return items.indices.contains(watchlistList.selection) ? items[watchlistList.selection] : nil
        case .ratings:
            let items = ratedItems
            return items.indices.contains(ratingsList.selection) ? items[ratingsList.selection] : nil
        case .hidden:
            let items = hiddenItems
            return items.indices.contains(hiddenList.selection) ? items[hiddenList.selection] : nil
        case .stats:
            return nil
        case let .detail(context):
            return library.position(of: context.id)
        }
    }

    public var selectedTitle: Title? { selectedPosition.map { library.titles[$0] } }

    public var isTooSmall: Bool { width < Viewport.minimumWidth || height < Viewport.minimumHeight }
}
