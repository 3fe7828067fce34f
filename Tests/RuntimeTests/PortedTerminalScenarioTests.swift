import Catalog
import CatalogStore
import Foundation
@testable import Runtime
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Scenarios of `EndToEndTests/TerminalTests` (tmux, seconds each) run
/// in-process on the fixture catalog in milliseconds. The tmux originals stay
/// for what only a real terminal shows: curses, signals, the modes it leaves.
@Suite struct PortedTerminalScenarioTests {
    /// The frame fills the screen exactly: its box starts on row 1 and ends on
    /// the row above the status bar, both as wide as the screen.
    static func framed(_ screen: String, width: Int, height: Int) -> Bool {
        let lines = screen.components(separatedBy: "\n")
        guard lines.count == height, lines.allSatisfy({ DisplayWidth.of($0) <= width }) else { return false }
        let top = lines[1], bottom = lines[height - 2]
        return top.hasPrefix("╭") && top.hasSuffix("╮") && top.count == width
            && bottom.hasPrefix("╰") && bottom.hasSuffix("╯") && bottom.count == width
    }

    /// `everyScreenWorksAndSurvivesAResize`.
    @Test(arguments: [(80, 24, 200, 60), (200, 60, 80, 24)])
    func everyScreenWorksAndSurvivesAResize(width: Int, height: Int, otherWidth: Int, otherHeight: Int) throws {
        let app = try RuntimeHarness(width: width, height: height)
        app.passWelcome()
        app.press(.character("4"))
        let tour: [(keys: [Key], shows: String)] = [
            ([], "For your mood"), ([.character("b")], "All titles"), ([.enter], "My rating"),
            ([.escape, .character("s")], "For you ·"), ([.character("W")], "Watchlist"),
            ([.character("R")], "My ratings"), ([.character("S")], "Your stars"),
        ]
        for stop in tour {
            for key in stop.keys { app.press(key) }
            #expect(app.screen.contains(stop.shows) && Self.framed(app.screen, width: width, height: height),
                    "\(stop.shows) at \(width)×\(height):\n\(app.screen)")
            // Resize while on this screen, and back: the same screen, framed at each size.
            for (nextWidth, nextHeight) in [(otherWidth, otherHeight), (width, height)] {
                app.send(.resize(width: nextWidth, height: nextHeight))
                #expect(app.screen.contains(stop.shows) && Self.framed(app.screen, width: nextWidth, height: nextHeight),
                        "\(stop.shows) at \(nextWidth)×\(nextHeight) after a resize:\n\(app.screen)")
            }
        }
        for (key, title) in [(Key.character("m"), "How do you feel tonight?"), (.character("?"), "Esc closes")] {
            app.press(key)
            #expect(app.screen.contains(title), "\(app.screen)")
            app.send(.resize(width: otherWidth, height: otherHeight))
            #expect(app.screen.contains(title) && app.lines.allSatisfy { DisplayWidth.of($0) <= otherWidth }, "\(app.screen)")
            app.send(.resize(width: width, height: height))
            app.press(.escape)
            #expect(!app.screen.contains(title), "\(app.screen)")
        }
    }

    /// `rateFromDetailThenSeeItAfterRelaunch`.
    @Test func rateFromDetailThenSeeItAfterRelaunch() throws {
        let data = TemporaryDirectory("marquee-runtime")
        do {
            let app = try RuntimeHarness(data: data)
            app.passWelcome()
            app.searchAndSelect("stranger", "Stranger Things")
            app.press(.enter)
            #expect(app.screen.contains("Series · 2016"), "\(app.screen)")
            app.press(.character("4"))
            #expect(app.screen.contains("Rated Stranger Things ★★★★☆"), "\(app.screen)")
            #expect(app.screen.contains("My rating   ★★★★☆"), "\(app.screen)")
            app.press(.character("q"))
            #expect(app.runtime.ending == .quit)
        }
        let app = try RuntimeHarness(data: data)
        // The welcome was closed once: the relaunch opens on the home screen.
        #expect(app.screen.contains("For your mood") && !app.screen.contains("Welcome to Marquee"), "\(app.screen)")
        app.press(.character("/"))
        app.type("stranger")
        app.press(.enter)
        #expect(app.screen.contains("Results for “stranger”"), "\(app.screen)")
        let row = app.lines.first { $0.contains("Stranger Things ") }
        #expect(row?.contains("★★★★☆") == true, "\(app.screen)")
        app.select("Stranger Things")
        app.press(.enter)
        #expect(app.screen.contains("My rating   ★★★★☆"), "\(app.screen)")
    }

    /// `theMouseSelectsOpensAndScrolls`.
    @Test func theMouseSelectsOpensAndScrolls() throws {
        let app = try RuntimeHarness(width: 100, height: 30)
        app.passWelcome()
        app.press(.character("b"))
        #expect(app.screen.contains("All titles"))
        // Row 6 of the screen is the fifth title of the list.
        app.send(.mouse(MouseEvent(kind: .click, x: 5, y: 6)))
        #expect(app.screen.contains("5/"), "\(app.screen)")
        let row = try #require(app.lines.dropFirst(6).first)
        #expect(row.contains("▸"), "\(app.screen)")
        let name = row.dropFirst(2).prefix(20).trimmingCharacters(in: .whitespaces)
        app.send(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 6)))
        #expect(app.screen.contains("8/"), "\(app.screen)")
        app.send(.mouse(MouseEvent(kind: .doubleClick, x: 5, y: 6)))
        #expect(app.screen.contains("Browse › Detail"), "\(app.screen)")
        #expect(app.screen.contains(String(name.prefix(12))), "\(name) in \(app.screen)")
    }

    /// `aRatingAfterAnEraseElsewhereLandsInTheNewFile`, with the erase done as
    /// `marquee erase` does it, from outside the runtime.
    @Test func aRatingAfterAnEraseElsewhereLandsInTheNewFile() throws {
        let app = try RuntimeHarness(width: 100, height: 30)
        app.passWelcome()
        app.searchAndSelect("stranger", "Stranger Things")
        app.press(.character("4"))
        #expect(app.screen.contains("Rated Stranger Things ★★★★☆"), "\(app.screen)")
        try DataErasure.erase(DataErasure.presentFiles(in: app.data.url))
        app.press(.character("5"))
        #expect(app.screen.contains("Your data was erased or replaced elsewhere: now saving to the new user.sqlite"), "\(app.screen)")
        let ratings = try UserDatabase(directory: app.data.url).ratings()
        #expect(ratings == [TitleID("stranger-things-2016"): try #require(Rating(stars: 5))])
    }
}
