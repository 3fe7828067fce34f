import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// The detail screen's similar titles: listed with why, chosen with Tab and
/// j/k, opened with Enter.
@Suite struct DetailTests {
    static func openZodiac() -> Driver {
        var driver = Driver(height: 24)
        driver.press(.character("/"))
        driver.type("zodiac")
        driver.press(.enter, .enter)
        return driver
    }

    static func context(_ driver: Driver) -> DetailContext? {
        if case let .detail(context) = driver.state.screen { context } else { nil }
    }

    @Test func similarTitlesAreListedWithTheirReason() throws {
        let driver = Self.openZodiac()
        let context = try #require(Self.context(driver))
        #expect(driver.state.library.title(context.id)?.name == "Zodiac")
        #expect(!context.similar.isEmpty && context.similar.count <= 8)
        let lines = driver.state.detailLines(context)
        #expect(lines.contains { $0.kind == .section && $0.text.hasPrefix("Similar titles") })
        let names = context.similar.map { driver.state.library.titles[$0.position].name }
        // Fincher's other work in the fixture is Mindhunter.
        #expect(names.first == "Mindhunter", "\(names)")
        #expect(lines.contains { $0.kind == .similar(0) && $0.text.contains("Mindhunter") && $0.text.contains("same director") })
        #expect(!names.contains("Zodiac"))
    }

    @Test func tabChoosesJKMoveEnterOpensShiftTabReturns() throws {
        var driver = Self.openZodiac()
        driver.press(.tab)
        #expect(Self.context(driver)?.similarSelection == 0)
        driver.press(.character("j"), .character("j"))
        let context = try #require(Self.context(driver))
        #expect(context.similarSelection == 2)
        // The chosen line is on screen.
        let line = try #require(driver.state.detailLines(context).firstIndex { $0.kind == .similar(2) })
        #expect(line >= context.scroll && line < context.scroll + Viewport.visibleItems(driver.state))
        // Rating keys still rate the title of the screen, not the chosen similar one.
        driver.press(.character("4"))
        #expect(driver.state.signals.ratings["zodiac-2007"] == Rating(stars: 4))
        let third = driver.state.library.titles[context.similar[2].position]
        driver.press(.enter)
        #expect(Self.context(driver)?.id == third.id)
        #expect(driver.state.stack.count == 4)
        driver.press(.escape)
        #expect(Self.context(driver)?.id == "zodiac-2007")
        driver.press(.backTab)
        #expect(Self.context(driver)?.similarSelection == nil)
        driver.press(.character("G"))
        driver.press(.enter)
        #expect(Self.context(driver)?.id == "zodiac-2007", "Enter without a chosen similar title stays")
    }
}
