import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// `X` lists the titles hidden with `x`; there `x` unhides and `u` hides again.
@Suite struct NotForMeListTests {
    @Test func theListShowsHiddenTitlesAndUnhides() {
        let ids: [TitleID] = ["zodiac-2007", "amelie-2001"]
        var driver = Driver(signals: UserSignals(hidden: Set(ids)))
        driver.press(.character("X"))
        #expect(driver.state.screen == .hidden)
        #expect(driver.state.screen.title == "Not for me")
        // By title: Amélie before Zodiac.
        #expect(driver.state.hiddenItems.map { driver.state.library.titles[$0].id } == ["amelie-2001", "zodiac-2007"])
        driver.press(.character("j"))
        #expect(driver.press(.character("x")) == [.saveHidden("zodiac-2007", false)])
        #expect(driver.state.hiddenItems.map { driver.state.library.titles[$0].id } == ["amelie-2001"])
        #expect(driver.state.hiddenList.selection == 0)
        #expect(driver.state.status?.text == "Zodiac may be suggested again")
        #expect(driver.press(.character("u")) == [.saveHidden("zodiac-2007", true)])
        #expect(driver.state.hiddenItems.count == 2)
        driver.press(.escape)
        #expect(driver.state.stack == [.home])
    }

    @Test func enterOpensTheHiddenTitle() {
        var driver = Driver(signals: UserSignals(hidden: ["zodiac-2007"]))
        driver.press(.character("X"), .enter)
        guard case let .detail(context) = driver.state.screen else {
            Issue.record("expected the detail screen")
            return
        }
        #expect(context.id == "zodiac-2007")
    }
}
