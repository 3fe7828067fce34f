import Catalog
import CatalogStore
import Foundation
import GRDB
import Recommender
@testable import Runtime
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Work that leaves the loop (queries) or fails (a save): keys are never
/// kept waiting, a late answer never wins, and the screen never shows a
/// change that is not on disk.
@Suite struct RuntimeJobTests {
    /// Reads every queued event without waiting for any query.
    private func pump(_ app: RuntimeHarness) {
        while app.backend.hasPendingEvents { app.runtime.turn() }
    }

    @Test func aLongQueryDoesNotBlockKeys() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        app.press(.character("/"))
        let release = app.runtime.effects.worker.hold()
        app.backend.type("matrix")
        let started = Date()
        pump(app)
        // Every key was read and drawn while the worker was still held.
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(app.screen.contains("matrix"), "\(app.screen)")
        #expect(app.screen.contains("searching…"), "\(app.screen)")
        #expect(app.runtime.effects.worker.isBusy)
        release()
        app.runtime.settle()
        #expect(!app.screen.contains("searching…"), "\(app.screen)")
        #expect(app.screen.contains("The Matrix"), "\(app.screen)")
    }

    @Test func aLongJobDoesNotBlockKeys() throws {
        let app = try RuntimeHarness(width: 100, height: 30)
        app.passWelcome()
        let release = app.runtime.effects.jobs.hold()
        app.backend.send(.key(.character("s")))
        let started = Date()
        pump(app)
        #expect(app.screen.contains("Finding titles for your mood…"), "\(app.screen)")
        // The help opens and closes while the suggestions are still being worked out.
        app.backend.send(.key(.character("?")))
        pump(app)
        #expect(app.screen.contains("Keys"), "\(app.screen)")
        app.backend.send(.key(.escape))
        pump(app)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(app.runtime.effects.jobs.isBusy)
        release()
        app.runtime.settle()
        #expect(!app.screen.contains("Finding titles"), "\(app.screen)")
        let first = app.runtime.state.suggestions.items.first.map { app.runtime.state.library.titles[$0.position].name }
        #expect(first.map { app.screen.contains($0) } == true, "\(app.screen)")
    }

    @Test func anAnswerToAnOlderJobIsDropped() throws {
        let app = try RuntimeHarness(width: 100, height: 30)
        app.passWelcome()
        let release = app.runtime.effects.jobs.hold()
        // Three questions while the worker is held: the list for the dial as it ends wins.
        for key in ["s", "]", "]"] { app.backend.send(.key(.character(Character(key)))) }
        pump(app)
        release()
        app.runtime.settle()
        let state = app.runtime.state
        #expect(state.suggestions.diversity == 0.5)
        #expect(state.suggestions.waitingFor == nil)
        let direct = Recommender(library: state.library, community: state.community)
            .suggest(state.suggestionRequest, signals: state.signals)
        #expect(!direct.isEmpty && state.suggestions.items == direct)
    }

    @Test func theFirstFrameShowsTheHomeRows() throws {
        let data = TemporaryDirectory("marquee-runtime")
        try RuntimeHarness(data: data).passWelcome()
        // The launch waits briefly for the rows, so the one frame drawn is not an empty home.
        let app = try RuntimeHarness(width: 100, height: 30, data: data)
        #expect(app.backend.drawCount == 1)
        #expect(app.screen.contains("For your mood") && !app.screen.contains("Finding titles"), "\(app.screen)")
    }

    @Test func pollsQuicklyOnlyWhileAQueryIsOut() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        app.runtime.turn()
        #expect(app.backend.lastTimeout == TerminalRuntime<TestBackend>.idlePoll)
        app.press(.character("/"))
        let release = app.runtime.effects.worker.hold()
        app.backend.type("o")
        pump(app)
        app.runtime.turn()
        #expect(app.backend.lastTimeout == TerminalRuntime<TestBackend>.busyPoll)
        release()
        app.runtime.settle()
        app.runtime.turn()
        #expect(app.backend.lastTimeout == TerminalRuntime<TestBackend>.idlePoll)
    }

    @Test func anAnswerToAnOlderQueryIsDropped() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        app.press(.character("/"))
        // "s" is answered, but the answer is not read before "t" is typed
        // (held until its own turn is over, so that turn cannot pick it up).
        let answerS = app.runtime.effects.worker.hold()
        app.backend.type("s")
        app.runtime.turn()
        answerS()
        app.runtime.effects.worker.waitUntilIdle()
        let release = app.runtime.effects.worker.hold()
        app.backend.type("t")
        app.runtime.turn()
        // The answer to "s" arrived in that turn and was not shown for "st".
        #expect(app.screen.contains("searching…"), "\(app.screen)")
        release()
        app.runtime.settle()
        let typedAtOnce = try RuntimeHarness()
        typedAtOnce.passWelcome()
        typedAtOnce.press(.character("/"))
        typedAtOnce.type("st")
        #expect(!app.screen.contains("searching…"))
        #expect(app.screen == typedAtOnce.screen)
    }

    @Test func aFailedSaveIsShownAndRolledBack() throws {
        let app = try RuntimeHarness()
        app.passWelcome()
        app.searchAndSelect("stranger", "Stranger Things")
        // Another process's database refuses new ratings from now on.
        let queue = try DatabaseQueue(path: app.data.url.appendingPathComponent("user.sqlite").path)
        try queue.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse_ratings BEFORE INSERT ON rating BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
        }
        try queue.close()
        app.press(.enter)
        app.press(.character("4"))
        #expect(app.screen.contains("Could not save"), "\(app.screen)")
        // What the screen shows is what is on disk: no rating.
        #expect(!app.screen.contains("★★★★☆"), "\(app.screen)")
        #expect(try UserDatabase(directory: app.data.url).ratings().isEmpty)
        #expect(app.runtime.state.signals.ratings.isEmpty)
    }
}
