import Catalog
import CatalogStore
import Foundation
@testable import Runtime
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// The real runtime on an in-memory terminal: keys in, the screen as a
/// person reads it out, the person's data on disk.
@Suite struct RuntimeTests {
    @Test func openSearchRateOpenTheDetailAndQuit() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        app.press(.character("/"))
        app.type("stranger")
        // The search line shows what was typed, with the cursor after it.
        #expect(app.screen.contains("stranger"), "\(app.screen)")
        #expect(app.backend.cursor != nil)
        app.press(.enter)
        #expect(app.screen.contains("Results for “stranger”"), "\(app.screen)")
        app.select("Stranger Things")
        app.press(.enter)
        #expect(app.screen.contains("Detail"), "\(app.screen)")
        app.press(.character("4"))
        #expect(app.screen.contains("Rated Stranger Things ★★★★☆"), "\(app.screen)")
        #expect(app.screen.contains("My rating   ★★★★☆"), "\(app.screen)")
        // Saved before the frame that says so was drawn.
        let user = try UserDatabase(directory: app.data.url)
        #expect(try user.ratings()[TitleID("stranger-things-2016")] == Rating(stars: 4))
        app.press(.character("q"))
        #expect(app.runtime.ending == .quit)
    }

    @Test func runEndsOnQuitAndGivesTheScreenBack() throws {
        let app = try RuntimeHarness()
        app.backend.send(.key(.escape), .key(.character("b")), .key(.character("q")))
        #expect(app.runtime.run() == .quit)
        #expect(app.backend.isStopped)
        #expect(app.screen.contains("All titles"), "\(app.screen)")
    }

    @Test func ctrlCQuitsThroughTheSamePath() throws {
        let app = try RuntimeHarness()
        app.press(.escape, .control("c"))
        #expect(app.runtime.ending == .quit)
    }

    @Test func aQuitSignalEndsTheLoopAtOnceWithItsNumber() throws {
        let app = try RuntimeHarness()
        app.backend.send(.key(.escape), .quitSignal(SIGTERM), .key(.character("b")))
        #expect(app.runtime.run() == .signal(SIGTERM))
        #expect(app.backend.isStopped)
        // Nothing after the signal was read.
        #expect(app.backend.hasPendingEvents)
    }

    @Test func launchWarningsShowInTheStatusLine() throws {
        let data = TemporaryDirectory("marquee-runtime")
        try Data("not a database".utf8).write(to: data.url.appendingPathComponent("community.sqlite"))
        let app = try RuntimeHarness(data: data)
        #expect(app.lines.last?.contains("ignored") == true, "\(app.screen)")
    }

    @Test func aResizeRedrawsEverythingAtTheNewSize() throws {
        let app = try RuntimeHarness(width: 80, height: 24)
        app.passWelcome()
        app.send(.resize(width: 100, height: 30))
        #expect(app.backend.lastFrame?.grid.width == 100)
        #expect(app.lines.count == 30)
        // A new size leaves nothing of the old frame: every row is written.
        #expect(Set(app.backend.lastRuns.map(\.y)) == Set(0..<30))
        app.send(.resize(width: 30, height: 8))
        #expect(app.screen.contains("too small"), "\(app.screen)")
    }

    @Test func anUnchangedScreenIsNotDrawnAgain() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        let drawn = app.backend.drawCount
        // Polls with nothing to read draw nothing.
        for _ in 0..<3 { app.runtime.turn() }
        #expect(app.backend.drawCount == drawn)
        app.press(.character("j"))
        #expect(app.backend.drawCount == drawn + 1)
        // A moved selection rewrites some rows, not the whole screen.
        let rows = Set(app.backend.lastRuns.map(\.y))
        #expect(!rows.isEmpty && rows.count < 24, "\(rows.sorted())")
    }

    @Test func withoutColourOrUnicodeTheScreenIsASCII() throws {
        let app = try RuntimeHarness(hasColor: false, hasUnicode: false)
        app.passWelcome()
        let grid = try #require(app.backend.lastFrame?.grid)
        #expect(grid.cells.allSatisfy { $0.character.isASCII }, "\(app.screen)")
        #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }
}
