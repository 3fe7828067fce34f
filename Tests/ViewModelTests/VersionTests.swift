import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// Versions of one work (the fixture's "Example Film" and its Hindi and
/// Tamil releases) are one row in browse and search, and are listed, chosen,
/// opened and rated from the work's detail screen.
@Suite struct VersionTests {
    static func name(_ driver: Driver, _ position: Int) -> String { driver.state.library.titles[position].name }

    static func context(_ driver: Driver) -> DetailContext? {
        if case let .detail(context) = driver.state.screen { context } else { nil }
    }

    @Test func browseListsEachWorkOnce() {
        var driver = Driver()
        driver.press(.character("b"))
        let items = driver.state.browseItems
        let library = driver.state.library
        #expect(Set(items.map { library.works[$0] }).count == items.count, "two rows of one work")
        #expect(items.count == Set(library.works).count, "every work is listed")
        let names = items.map { Self.name(driver, $0) }
        #expect(names.contains("Example Film"))
        #expect(!names.contains("Example Film (Hindi)") && !names.contains("Example Film (Tamil Version)"))
        // The detail pane says the work has more versions.
        let row = items.firstIndex { Self.name(driver, $0) == "Example Film" }!
        for _ in 0..<row { driver.press(.character("j")) }
        #expect(driver.selectedName == "Example Film")
        #expect(driver.state.detailPaneLines.contains { $0.kind == .field(label: "Versions") && $0.text == "2 more: Hindi, Tamil" })
    }

    @Test func searchShowsOneRowPerWorkAndKeepsTheMatchedVersion() {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("example")
        #expect(driver.state.search.results?.map { Self.name(driver, $0) } == ["Example Film"])
        // Only the Hindi release matches: its own row comes up, not nothing.
        driver.press(.escape, .character("/"))
        driver.type("example hindi")
        #expect(driver.state.search.results?.map { Self.name(driver, $0) } == ["Example Film (Hindi)"])
        #expect(driver.state.search.results?.count == 1)
    }

    @Test func theDetailScreenListsTheOtherVersions() throws {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("example")
        driver.press(.enter, .enter)
        let context = try #require(Self.context(driver))
        #expect(context.id == "example-film-2019")
        #expect(context.versions.map { Self.name(driver, $0) } == ["Example Film (Hindi)", "Example Film (Tamil Version)"])
        let lines = driver.state.detailLines(context)
        #expect(lines.contains { $0.kind == .section && $0.text.hasPrefix("Other versions") })
        #expect(lines.contains { $0.kind == .version(0) && $0.text.contains("Example Film (Hindi) (2019) · Hindi version") })
        #expect(lines.contains { $0.kind == .version(1) && $0.text.contains("Tamil version") })
        // Similar titles never hold the work's own versions.
        let similarNames = context.similar.map { Self.name(driver, $0.position) }
        #expect(!similarNames.contains { $0.hasPrefix("Example Film") }, "\(similarNames)")
    }

    @Test func aVersionIsChosenWithTabOpenedAndRated() throws {
        var driver = Driver()
        driver.press(.character("/"))
        driver.type("example")
        driver.press(.enter, .enter, .tab)
        #expect(Self.context(driver)?.chosen == .version(0))
        driver.press(.character("j"))
        #expect(Self.context(driver)?.chosen == .version(1))
        // j goes on from the versions into the similar titles, k comes back.
        if !(Self.context(driver)?.similar.isEmpty ?? true) {
            driver.press(.character("j"))
            #expect(Self.context(driver)?.chosen == .similar(0))
            driver.press(.character("k"))
        }
        #expect(Self.context(driver)?.chosen == .version(1))
        driver.press(.enter)
        #expect(Self.context(driver)?.id == "example-film-tamil-version-2019")
        // Its own versions: the original first.
        let opened = try #require(Self.context(driver))
        #expect(opened.versions.map { Self.name(driver, $0) } == ["Example Film", "Example Film (Hindi)"])
        #expect(driver.state.detailLines(opened).contains { $0.kind == .version(0) && $0.text.contains("original, India") })
        let effects = driver.press(.character("4"))
        #expect(effects.contains(.saveRating("example-film-tamil-version-2019", Rating(stars: 4))))
        #expect(driver.state.signals.ratings["example-film-tamil-version-2019"] == Rating(stars: 4))
        #expect(driver.state.signals.ratings["example-film-2019"] == nil)
        // Back on the work, the version's line shows the rating.
        driver.press(.escape)
        let work = try #require(Self.context(driver))
        #expect(work.id == "example-film-2019")
        #expect(driver.state.detailLines(work).contains { $0.kind == .version(1) && $0.text.contains("★★★★") })
        // Shift-Tab leaves the list; Enter then opens nothing.
        driver.press(.backTab, .enter)
        #expect(Self.context(driver)?.id == "example-film-2019")
        #expect(Self.context(driver)?.chosen == nil)
    }
}
