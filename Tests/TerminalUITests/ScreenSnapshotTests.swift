import Catalog
import Recommender
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Every screen, drawn from the fixture catalog at fixed sizes and compared
/// with the text in Snapshots/. Colours are not part of the text, so the
/// snapshots hold what a person reads.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (40, 10)]

    /// Drives a state with keys; queries are answered by a real database of
    /// the fixture catalog.
    static func state(width: Int, height: Int, keys: [Key] = [], signals: UserSignals = UserSignals(),
                      mood: MoodSetting = MoodSetting(mood: NamedMood.tense.mood), imports: [ImportSummary] = []) -> AppState {
        var state = AppState(library: Fixtures.library, signals: signals, moodSetting: mood, width: width, height: height,
                             imports: imports)
        state.reduceRunningJobs(.launched)
        for key in keys {
            for effect in state.reduceRunningJobs(.key(key)) {
                if case let .query(query) = effect {
                    _ = state.reduceRunningJobs(.queryResults(query, positions: FixtureQuery.answer(query)))
                }
            }
        }
        return state
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = Renderer(theme: .colored).render(state)
        let text = frame.grid.text
        #expect(frame.grid.lines().count == state.height, sourceLocation: sourceLocation)
        switch Snapshot.compare(text, named: name) {
        case .matched:
            break
        case let .recorded(path):
            Issue.record("recorded new snapshot \(path); check it and run again", sourceLocation: sourceLocation)
        case let .mismatched(expected, actual, path):
            Issue.record("snapshot \(path) differs\n--- expected\n\(expected)--- actual\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    static let rated = UserSignals(
        ratings: ["mindhunter-2017": Rating(stars: 5)!, "the-office-2005": Rating(stars: 3.5)!, "bird-box-2018": Rating(stars: 2)!],
        watchlist: ["zodiac-2007", "amelie-2001"],
        ratedOn: ["mindhunter-2017": CalendarDate(year: 2026, month: 11, day: 2)!, "the-office-2005": CalendarDate(year: 2026, month: 11, day: 20)!,
                  "bird-box-2018": CalendarDate(year: 2025, month: 12, day: 24)!])

    @Test(arguments: sizes) func home(width: Int, height: Int) {
        Self.check("home-\(width)x\(height)", Self.state(width: width, height: height, keys: [.down], signals: Self.rated))
    }

    @Test(arguments: sizes) func homeSecondRow(width: Int, height: Int) {
        Self.check("home-row-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.tab, .down, .down], signals: Self.rated))
    }

    /// The narrowest and the widest layouts people use, for the screens whose
    /// columns and map change most with the width.
    static let layoutSizes = [(60, 20), (200, 60)]

    @Test(arguments: layoutSizes) func layoutAtSixtyAndTwoHundredColumns(width: Int, height: Int) {
        Self.check("home-\(width)x\(height)", Self.state(width: width, height: height, keys: [.down], signals: Self.rated))
        Self.check("browse-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("b"), .down, .down], signals: Self.rated))
        Self.check("mood-picker-\(width)x\(height)", Self.state(width: width, height: height, keys: [.character("m"), .down, .down]))
        Self.check("suggestions-\(width)x\(height)", Self.state(width: width, height: height, keys: [.character("s")], signals: Self.rated))
        Self.check("detail-chain-\(width)x\(height)", Self.state(width: width, height: height, keys: Self.detailChain))
    }

    /// Detail, then a similar title's detail, then one of its similar titles'.
    static let detailChain: [Key] = [.down, .enter, .tab, .enter, .tab, .enter]

    @Test(arguments: sizes) func detailChain(width: Int, height: Int) {
        Self.check("detail-chain-\(width)x\(height)", Self.state(width: width, height: height, keys: Self.detailChain))
    }

    @Test(arguments: sizes) func moodPickerLift(width: Int, height: Int) {
        Self.check("mood-picker-lift-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("m"), .tab, .tab, .character("l")]))
    }

    @Test(arguments: sizes) func browse(width: Int, height: Int) {
        Self.check("browse-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("b"), .down, .down], signals: Self.rated))
    }

    @Test(arguments: sizes) func searchWhileTyping(width: Int, height: Int) {
        Self.check("search-typing-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("/")] + Self.type("the")))
    }

    @Test(arguments: sizes) func searchAccepted(width: Int, height: Int) {
        Self.check("search-accepted-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("/")] + Self.type("stranger") + [.enter]))
    }

    /// A wide-character title and a very long one, side by side with the detail pane.
    @Test(arguments: sizes) func wideAndLongTitles(width: Int, height: Int) {
        Self.check("wide-long-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("/")] + Self.type("千") + [.enter]))
        Self.check("long-title-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("/")] + Self.type("jim") + [.enter]))
    }

    @Test(arguments: sizes) func detail(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("stranger") + [.enter, .enter, .character("4")]
        Self.check("detail-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    /// A history imported from Letterboxd: a rating, the days it was watched.
    static let history = UserSignals(
        ratings: ["zodiac-2007": Rating(stars: 4.5)!, "mindhunter-2017": Rating(stars: 5)!],
        watched: ["zodiac-2007": WatchedTitle(days: [CalendarDate(year: 2024, month: 3, day: 2)!, CalendarDate(year: 2019, month: 10, day: 12)!],
                                              times: 3),
                  "inception-2010": WatchedTitle(), "the-conjuring-2013": WatchedTitle(days: [CalendarDate(year: 2023, month: 10, day: 31)!])],
        ratingSources: ["zodiac-2007": "Letterboxd"])

    static let imports = [
        ImportSummary(source: "Letterboxd", on: CalendarDate(year: 2026, month: 11, day: 28), rows: 214, matched: 188, unmatched: 26,
                      newRatings: 150, viewings: 203),
        ImportSummary(source: "Netflix", on: CalendarDate(year: 2026, month: 11, day: 29), rows: 1_204, matched: 310, unmatched: 41,
                      newRatings: 0, viewings: 1_163),
    ]

    /// The detail of a title rated on Letterboxd and watched three times.
    @Test(arguments: sizes) func detailOfAWatchedTitle(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("zodiac") + [.enter, .enter]
        Self.check("detail-watched-\(width)x\(height)", Self.state(width: width, height: height, keys: keys, signals: Self.history))
    }

    /// Suggestions with rewatches on (`r`): watched titles may come back.
    @Test(arguments: sizes) func suggestionsWithRewatches(width: Int, height: Int) {
        Self.check("suggestions-rewatches-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("s"), .character("r")], signals: Self.history))
    }

    /// The stats of a person who imported from two services.
    @Test(arguments: sizes) func statsAfterImports(width: Int, height: Int) {
        Self.check("stats-imported-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("S")], signals: Self.history, imports: Self.imports))
    }

    @Test(arguments: sizes) func detailWithASimilarTitleChosen(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("zodiac") + [.enter, .enter, .tab, .down]
        Self.check("detail-similar-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    /// A work with two other versions: listed once in search, the versions on
    /// its detail screen with the first one chosen (Tab) and one rated.
    @Test(arguments: sizes) func detailWithVersions(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("example") + [.enter, .enter, .tab]
        let signals = UserSignals(ratings: ["example-film-tamil-version-2019": Rating(stars: 4)!])
        Self.check("detail-versions-\(width)x\(height)", Self.state(width: width, height: height, keys: keys, signals: signals))
        Self.check("search-versions-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("/")] + Self.type("example") + [.enter]))
    }

    @Test(arguments: sizes) func suggestions(width: Int, height: Int) {
        Self.check("suggestions-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("s")], signals: Self.rated))
    }

    @Test(arguments: sizes) func moodPicker(width: Int, height: Int) {
        Self.check("mood-picker-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("m"), .down, .down]))
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) {
        Self.check("help-\(width)x\(height)", Self.state(width: width, height: height, keys: [.character("?")]))
    }

    /// The help on the watchlist, found down to "rate".
    @Test(arguments: sizes) func helpFind(width: Int, height: Int) {
        Self.check("help-find-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("W"), .character("?"), .character("/")] + Self.type("rate")))
    }

    /// The fixture titles with a curator's standings, for the welcome's picks.
    static let regarded = Library(titles: Fixtures.library.titles, standings: [
        "paddington-2-2017": .acclaimed, "zodiac-2007": .acclaimed, "amelie-2001": .liked, "the-office-2005": .liked,
        "mindhunter-2017": .acclaimed, "grave-of-the-fireflies-1988": .acclaimed,
    ])

    /// The first launch's welcome, after rating the first title (4) and moving on (j).
    @Test(arguments: sizes) func welcome(width: Int, height: Int) {
        var state = AppState(library: Self.regarded, moodSetting: .default, width: width, height: height, welcome: true)
        state.reduceRunningJobs(.launched)
        for key in [Key.character("4"), .character("j")] { _ = state.reduceRunningJobs(.key(key)) }
        Self.check("welcome-\(width)x\(height)", state)
    }

    static let hidden = UserSignals(hidden: ["zodiac-2007", "amelie-2001", "bird-box-2018"])

    /// The not-for-me list (`X`), and empty.
    @Test(arguments: sizes) func notForMe(width: Int, height: Int) {
        Self.check("not-for-me-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("X"), .down], signals: Self.hidden))
        Self.check("not-for-me-empty-\(width)x\(height)", Self.state(width: width, height: height, keys: [.character("X")]))
    }

    @Test(arguments: sizes) func watchlist(width: Int, height: Int) {
        Self.check("watchlist-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("W")], signals: Self.rated))
    }

    @Test(arguments: sizes) func ratings(width: Int, height: Int) {
        Self.check("ratings-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("R")], signals: Self.rated))
    }

    @Test(arguments: sizes) func ratingsNewestFirst(width: Int, height: Int) {
        Self.check("ratings-by-date-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("R"), .character("o")], signals: Self.rated))
    }

    @Test(arguments: sizes) func stats(width: Int, height: Int) {
        Self.check("stats-\(width)x\(height)", Self.state(width: width, height: height, keys: [.character("S")], signals: Self.manyRatings))
    }

    @Test(arguments: sizes) func statsScrolled(width: Int, height: Int) {
        Self.check("stats-end-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("S"), .character("G")], signals: Self.manyRatings))
    }

    /// A person with a dozen ratings across the fixture catalog.
    static let manyRatings = UserSignals(ratings: [
        "mindhunter-2017": Rating(stars: 5)!, "zodiac-2007": Rating(stars: 4.5)!, "the-office-2005": Rating(stars: 3.5)!,
        "bird-box-2018": Rating(stars: 2)!, "paddington-2-2017": Rating(stars: 4)!, "the-conjuring-2013": Rating(stars: 3)!,
        "inception-2010": Rating(stars: 5)!, "notting-hill-1999": Rating(stars: 1)!, "klaus-2019": Rating(stars: 4)!,
        "parasite-2019": Rating(stars: 5)!, "free-solo-2018": Rating(stars: 3.5)!, "schitts-creek-2015": Rating(stars: 4)!,
    ])

    @Test func tooSmall() {
        Self.check("too-small-39x9", Self.state(width: 39, height: 9))
    }

    @Test(arguments: sizes) func filterForm(width: Int, height: Int) {
        Self.check("filters-\(width)x\(height)", Self.state(
            width: width, height: height,
            keys: [.character("b"), .character("f"), .character("l"), .down, .right, .right, .character(" "), .down, .right]))
    }

    @Test(arguments: sizes) func filteredAndSorted(width: Int, height: Int) {
        let keys: [Key] = [.character("b"), .character("f"), .character("l"), .down, .down, .character("l"), .character("l"), .enter,
                           .character("o"), .down, .enter]
        Self.check("browse-filtered-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    @Test(arguments: sizes) func sortMenu(width: Int, height: Int) {
        Self.check("sort-menu-\(width)x\(height)",
                   Self.state(width: width, height: height, keys: [.character("b"), .character("o"), .down, .down]))
    }

    @Test(arguments: sizes) func correction(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("grave") + [.enter, .enter, .character("c"), .down, .character("l")]
        Self.check("correction-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    @Test(arguments: sizes) func curatedDetailWithLogline(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("grave") + [.enter, .enter]
        Self.check("detail-curated-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    /// Provenance of an inferred profile: the description cues, title word and genres it read.
    @Test(arguments: sizes) func inferredDetailNamesItsCues(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("hill house") + [.enter, .enter]
        Self.check("detail-inferred-cues-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    /// Provenance of a curated profile judged with AI assistance, with its standing.
    @Test(arguments: sizes) func curatedDetailSaysHowItWasJudged(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("paddington") + [.enter, .enter]
        Self.check("detail-curated-ai-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }

    @Test(arguments: sizes) func aiUseBadge(width: Int, height: Int) {
        let keys: [Key] = [.character("/")] + Self.type("synthetic") + [.enter, .enter]
        Self.check("detail-ai-use-\(width)x\(height)", Self.state(width: width, height: height, keys: keys))
    }
}
