import Catalog
import Recommender
import TestSupport
import Testing
import ViewModel

/// Work slower than a frame leaves the reducer as a `Job` and comes back as
/// `.jobDone`: what the screen shows until then, and which answers count.
@Suite struct JobTests {
    static func state() -> AppState {
        AppState(library: Fixtures.library, moodSetting: MoodSetting(mood: NamedMood.tense.mood), width: 100, height: 30)
    }

    /// The jobs among `effects`.
    static func jobs(_ effects: [Effect]) -> [Job] {
        effects.compactMap { if case let .run(job) = $0 { job } else { nil } }
    }

    @Test func launchAsksForTheHomeRowsAndTheScreenWaitsForThem() {
        var state = Self.state()
        #expect(state.home.rows.isEmpty)
        let jobs = Self.jobs(state.reduce(.launched))
        #expect(jobs.count == 1)
        guard case .homeRows = jobs.first else { Issue.record("\(jobs)"); return }
        #expect(state.home.waitingFor != nil && state.home.rows.isEmpty)
        _ = state.reduce(.jobDone(jobs[0].run(in: state.jobContext)))
        #expect(state.home.waitingFor == nil)
        #expect(state.home.rows.first?.heading == "For your mood · Tense")
    }

    @Test func anAnswerToAnOlderSuggestionsQuestionIsDropped() {
        var state = Self.state()
        let first = Self.jobs(state.reduce(.key(.character("s"))))
        let second = Self.jobs(state.reduce(.key(.character("]"))))
        #expect(first.count == 1 && second.count == 1 && first != second)
        #expect(state.suggestions.items.isEmpty && state.suggestions.waitingFor != nil)
        let context = state.jobContext
        let newer = second[0].run(in: context), older = first[0].run(in: context)
        guard case let .suggestions(_, expected) = newer, case let .suggestions(_, stale) = older else {
            Issue.record("not suggestions"); return
        }
        #expect(expected != stale, "the dial must change the list for this test to mean anything")
        _ = state.reduce(.jobDone(newer))
        _ = state.reduce(.jobDone(older))
        #expect(state.suggestions.items == expected)
        #expect(state.suggestions.waitingFor == nil)
        // The answer is the one a direct call gives for the state as it is now.
        let direct = Recommender(library: state.library).suggest(state.suggestionRequest, signals: state.signals)
        #expect(state.suggestions.items == direct)
    }

    @Test func theDetailScreenSaysItIsLookingUntilSimilarTitlesArrive() {
        var state = Self.state()
        for job in Self.jobs(state.reduce(.launched)) { _ = state.reduce(.jobDone(job.run(in: state.jobContext))) }
        let jobs = Self.jobs(state.reduce(.key(.enter)))
        guard case let .detail(context) = state.screen, case let .similar(id, _)? = jobs.first else {
            Issue.record("\(state.screen) \(jobs)"); return
        }
        #expect(context.id == id && context.isFindingSimilar)
        #expect(state.detailLines(context).contains { $0.text == "Similar titles · looking…" })
        // An answer for another title changes nothing.
        _ = state.reduce(.jobDone(.similar("no-such-title", [])))
        guard case let .detail(still) = state.screen else { return }
        #expect(still.isFindingSimilar)
        _ = state.reduce(.jobDone(jobs[0].run(in: state.jobContext)))
        guard case let .detail(done) = state.screen else { Issue.record("left the detail"); return }
        #expect(!done.isFindingSimilar && !done.similar.isEmpty)
        #expect(!state.detailLines(done).contains { $0.text.contains("looking…") })
    }

    @Test func onlyTheNewestSurpriseOpens() {
        var state = Self.state()
        let first = Self.jobs(state.reduce(.key(.character("!"))))
        let second = Self.jobs(state.reduce(.key(.character("!"))))
        #expect(first.count == 1 && second.count == 1)
        let context = state.jobContext
        _ = state.reduce(.jobDone(first[0].run(in: context)))
        #expect(state.screen == .home, "an overtaken surprise opens nothing")
        let follow = Self.jobs(state.reduce(.jobDone(second[0].run(in: context))))
        guard case let .detail(opened) = state.screen else { Issue.record("\(state.screen)"); return }
        #expect(opened.reason?.hasPrefix("surprise · ") == true)
        // The surprise's detail asks for its similar titles in turn.
        #expect(follow == [.similar(opened.id, excluding: [])])
    }

    @Test func runningJobsAtOnceGivesTheSameStateAsAnsweringThemLater() {
        var inline = Self.state(), stepwise = Self.state()
        inline.reduceRunningJobs(.launched)
        for job in Self.jobs(stepwise.reduce(.launched)) { _ = stepwise.reduce(.jobDone(job.run(in: stepwise.jobContext))) }
        #expect(inline.home == stepwise.home)
    }
}
