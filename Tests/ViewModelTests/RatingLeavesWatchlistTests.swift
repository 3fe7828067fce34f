import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// Rating a title means it was watched: it leaves the watchlist, and one
/// undo brings back both the old rating and the watchlist entry.
@Suite struct RatingLeavesWatchlistTests {
    @Test func ratingAWatchlistedTitleTakesItOffAndUndoRestoresBoth() {
        var driver = Driver()
        driver.press(.character("b"))
        let id = driver.state.selectedTitle!.id
        let name = driver.selectedName!
        driver.press(.character("a"))
        #expect(driver.state.signals.watchlist.contains(id))
        let effects = driver.press(.character("4"))
        #expect(effects == [.saveRating(id, Rating(stars: 4)), .saveWatchlist(id, false)])
        #expect(!driver.state.signals.watchlist.contains(id))
        #expect(driver.state.status?.text == "Rated \(name) ★★★★☆ · off your watchlist · u undoes both")
        #expect(driver.press(.character("u")) == [.saveRating(id, nil), .saveWatchlist(id, true)])
        #expect(driver.state.signals.watchlist.contains(id))
        #expect(driver.state.signals.ratings[id] == nil)
        #expect(driver.state.status?.text == "Undone: \(name) unrated again and back on your watchlist")
    }

    /// Off the watchlist, or clearing a rating: the watchlist is not touched.
    @Test func otherRatingsLeaveTheWatchlistAlone() {
        var driver = Driver()
        driver.press(.character("b"))
        let id = driver.state.selectedTitle!.id
        #expect(driver.press(.character("3")) == [.saveRating(id, Rating(stars: 3))])
        driver.press(.character("a"))
        #expect(driver.press(.character("0")) == [.saveRating(id, nil)])
        #expect(driver.state.signals.watchlist.contains(id))
    }
}
