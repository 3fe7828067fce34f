import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// `>` and `<` move the rating by half a star, as `marquee rate ID 3.5` can.
@Suite struct HalfStarTests {
    @Test func halfAStarUpAndDown() {
        var driver = Driver()
        driver.press(.character("b"))
        let id = driver.state.selectedTitle!.id
        let name = driver.selectedName!
        driver.press(.character("3"))
        #expect(driver.press(.character(">")) == [.saveRating(id, Rating(stars: 3.5))])
        #expect(driver.state.status?.text == "Rated \(name) ★★★½☆ · u undoes")
        driver.press(.character("<"), .character("<"))
        #expect(driver.state.signals.ratings[id] == Rating(stars: 2.5))
        // One undo per step, back to where the steps started.
        driver.press(.character("u"), .character("u"), .character("u"))
        #expect(driver.state.signals.ratings[id] == Rating(stars: 3))
    }

    @Test func theEndsOfTheScaleHold() {
        var driver = Driver()
        driver.press(.character("b"))
        let id = driver.state.selectedTitle!.id
        let name = driver.selectedName!
        #expect(driver.press(.character("<")).isEmpty)
        #expect(driver.state.status?.text == "\(name) has no rating to lower")
        #expect(driver.press(.character(">")) == [.saveRating(id, Rating(stars: 0.5))])
        #expect(driver.press(.character("<")).isEmpty)
        #expect(driver.state.status?.text == "½ star is the lowest; 0 clears the rating")
        driver.press(.character("5"))
        #expect(driver.press(.character(">")).isEmpty)
        #expect(driver.state.signals.ratings[id] == Rating(stars: 5))
    }
}
