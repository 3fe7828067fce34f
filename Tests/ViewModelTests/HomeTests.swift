import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// The home screen's rows, how keys move through them, and how they follow
/// the person's ratings.
@Suite struct HomeTests {
    static let liked = UserSignals(ratings: ["mindhunter-2017": Rating(stars: 5)!, "the-matrix-1999": Rating(stars: 4)!,
                                             "the-office-2005": Rating(stars: 2)!],
                                   watchlist: ["amelie-2001"])

    @Test func aNewcomerGetsMoodNewAndGenreRows() {
        let driver = Driver()
        #expect(driver.state.screen == .home)
        let kinds = driver.state.home.rows.map(\.kind)
        #expect(kinds.first == .mood)
        #expect(!kinds.contains { if case .becauseYouLiked = $0 { true } else { false } })
        // No watchlist yet: an empty row is left out.
        #expect(!kinds.contains(.watchlist))
        #expect(kinds.filter { if case .genre = $0 { true } else { false } }.count == HomeState.genreRows)
        #expect(driver.state.home.rows.allSatisfy { !$0.positions.isEmpty && $0.positions.count <= HomeState.rowLength })
        #expect(driver.state.home.rows[0].heading == "For your mood · Tense")
        // "New on the catalog" is the latest additions, newest first.
        let new = driver.state.home.rows.first { $0.kind == .new }!
        let days = new.positions.map { driver.state.library.titles[$0].dateAdded!.dayNumber }
        #expect(days == days.sorted(by: >) && new.positions.count == HomeState.rowLength)
        #expect(new.reasons.first?.hasPrefix("added ") == true)
    }

    @Test func likedTitlesGetTheirOwnRowsBestFirst() {
        let driver = Driver(signals: Self.liked)
        let rows = driver.state.home.rows
        let liked = rows.compactMap { row -> TitleID? in if case let .becauseYouLiked(id) = row.kind { id } else { nil } }
        // 4★ and up only, 5★ first; the 2★ title gets no row.
        #expect(liked == ["mindhunter-2017", "the-matrix-1999"])
        let mindhunterRow = rows.first { $0.kind == .becauseYouLiked("mindhunter-2017") }!
        #expect(mindhunterRow.heading == "Because you liked Mindhunter")
        // Nothing already rated comes back.
        let rated = Set(Self.liked.ratings.keys)
        for row in rows where row.kind != .watchlist {
            #expect(row.positions.allSatisfy { !rated.contains(driver.state.library.titles[$0].id) }, "\(row.heading)")
        }
        #expect(rows.first { $0.kind == .watchlist }?.positions.map { driver.state.library.titles[$0].id } == ["amelie-2001"])
        // Genre rows follow what the person liked: Mindhunter and The Matrix lead with their genres.
        let genres = rows.compactMap { row -> Genre? in if case let .genre(genre) = row.kind { genre } else { nil } }
        #expect(genres.contains(.crime) || genres.contains(.thriller) || genres.contains(.sciFiFantasy), "\(genres) \(rows.map(\.heading))")
    }

    @Test func tabAndHLMoveBetweenRowsAndTheDetailPaneFollows() {
        var driver = Driver(width: 120, height: 40, signals: Self.liked)
        let rows = driver.state.home.rows
        #expect(driver.state.home.row == 0)
        driver.press(.character("j"), .character("j"))
        #expect(driver.state.home.selection == 2)
        let third = rows[0].positions[2]
        #expect(driver.state.selectedPosition == third)
        #expect(driver.state.detailPaneLines.first?.text.contains(driver.state.library.titles[third].name) == true)
        // The reason of a "for your mood" pick is in the pane.
        #expect(driver.state.detailPaneLines.contains { $0.text.contains("Tense") })
        driver.press(.tab)
        #expect(driver.state.home.row == 1)
        #expect(driver.state.selectedPosition == rows[1].positions[0])
        driver.press(.character("h"))
        #expect(driver.state.home.row == 0)
        // Each row keeps its own selection.
        #expect(driver.state.home.selection == 2)
        driver.press(.backTab)
        #expect(driver.state.home.row == rows.count - 1)
    }

    @Test func ratingOnHomeRebuildsTheRowsWhenComingBack() {
        var driver = Driver(signals: UserSignals())
        let first = driver.state.selectedTitle!
        driver.press(.character("5"))
        #expect(driver.state.signals.ratings[first.id] == Rating(stars: 5))
        // The row stays as it was while the person is on it…
        #expect(driver.state.home.rows[0].positions.first == driver.state.library.position(of: first.id))
        driver.press(.enter, .escape)
        // …and is rebuilt on coming back: the rated title gives a row of its own and leaves the mood row.
        #expect(driver.state.home.rows.contains { $0.kind == .becauseYouLiked(first.id) })
        #expect(!driver.state.home.rows[0].positions.contains(driver.state.library.position(of: first.id)!))
    }

    @Test func searchAndFiltersFromHomeGoToBrowse() {
        var driver = Driver()
        driver.press(.character("/"))
        #expect(driver.state.stack == [.home, .browse])
        driver.type("zod")
        driver.press(.enter)
        #expect(driver.selectedName == "Zodiac")
        // Esc clears the search before it leaves the screen.
        driver.press(.escape)
        #expect(driver.state.screen == .browse && driver.state.search.query.isEmpty)
        driver.press(.escape)
        #expect(driver.state.screen == .home)
    }
}
