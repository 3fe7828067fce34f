import Catalog
import Recommender
import TestSupport
import Testing
@testable import ViewModel

/// Tens of thousands of random keys and resizes: the reducer never traps,
/// every selection stays inside its list, and undo always restores the
/// rating that was there before.
@Suite struct PropertyTests {
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape,
                           .tab, .backTab, .backspace, .delete, .control("d"), .control("u"), .control("w")]
        keys += "jkhlgG/1234505uaxms[]!bWRS?qéA千 foFcr".map { Key.character($0) }
        return keys
    }()

    func checkInvariants(_ state: AppState, step: Int) {
        #expect(state.browseList.selection >= 0)
        #expect(state.browseItems.isEmpty || state.browseList.selection < state.browseItems.count, "step \(step)")
        #expect(state.suggestions.items.isEmpty || state.suggestions.list.selection < state.suggestions.items.count)
        #expect(state.watchlistItems.isEmpty || state.watchlistList.selection < state.watchlistItems.count)
        #expect(state.ratedItems.isEmpty || state.ratingsList.selection < state.ratedItems.count)
        for (index, list) in state.home.lists.enumerated() {
            #expect(list.selection >= 0 && list.selection < max(1, state.home.rows[index].positions.count))
        }
        #expect(state.home.rows.isEmpty || state.home.rows.indices.contains(state.home.row))
        for list in [state.browseList, state.suggestions.list, state.watchlistList, state.ratingsList] {
            #expect(list.offset >= 0 && list.offset <= list.selection)
        }
        if case let .detail(context) = state.screen { #expect(state.library.title(context.id) != nil) }
        for (_, rating) in state.signals.ratings { #expect((0.5...5).contains(rating.stars)) }
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomKeysNeverBreakTheState(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var driver = Driver(width: 80, height: 24)
        var quits = 0
        for step in 0..<8_000 {
            if generator.next() % 50 == 0 {
                driver.send(.resize(width: 20 + Int(generator.next() % 200), height: 5 + Int(generator.next() % 60)))
            }
            if generator.next() % 8 == 0 {
                let kinds: [MouseEvent.Kind] = [.click, .doubleClick, .wheelUp, .wheelDown]
                driver.send(.mouse(MouseEvent(kind: kinds[Int(generator.next() % 4)], x: Int(generator.next() % 120),
                                              y: Int(generator.next() % 40))))
            }
            let key = Self.keys[Int(generator.next() % UInt64(Self.keys.count))]
            driver.press(key)
            if !driver.state.isRunning {
                // Start again where a person would: quitting is allowed, not an error.
                quits += 1
                driver = Driver(width: driver.state.width, height: driver.state.height, signals: driver.state.signals)
            }
            if step % 16 == 0 { checkInvariants(driver.state, step: step) }
        }
        checkInvariants(driver.state, step: -1)
        #expect(quits > 0)
    }

    @Test(arguments: [7, 8, 9])
    func undoAlwaysRestoresThePreviousRating(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var driver = Driver()
        for _ in 0..<2_000 {
            // Wander somewhere, then rate and undo.
            let moves: [Key] = [.down, .up, .pageDown, .character("G"), .character("g")]
            driver.press(moves[Int(generator.next() % UInt64(moves.count))])
            guard let id = driver.state.selectedTitle?.id else { continue }
            let before = driver.state.signals.ratings[id]
            let stars = Character(String(generator.next() % 6))
            driver.press(.character(stars))
            if driver.state.signals.ratings[id] != before {
                driver.press(.character("u"))
                #expect(driver.state.signals.ratings[id] == before)
            }
        }
    }

    /// Jobs answered late and out of order, as a slow worker would: the state
    /// stays sound throughout, and once every answer is in, the lists are the
    /// answers to the newest questions.
    @Test(arguments: [11, 12, 13])
    func lateAnswersInAnyOrderKeepTheStateSound(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var state = AppState(library: Fixtures.library, moodSetting: MoodSetting(mood: NamedMood.tense.mood))
        let context = state.jobContext
        var waiting: [Job] = []
        var newestSuggestions: Job?
        func take(_ effects: [Effect]) {
            for effect in effects {
                switch effect {
                case let .query(query):
                    _ = state.reduce(.queryResults(query, positions: FixtureQuery.answer(query)))
                case let .run(job):
                    waiting.append(job)
                    if case .suggestions = job { newestSuggestions = job }
                default:
                    break
                }
            }
        }
        take(state.reduce(.launched))
        for step in 0..<3_000 {
            let key = Self.keys[Int(generator.next() % UInt64(Self.keys.count))]
            guard key != .character("q") else { continue }
            take(state.reduce(.key(key)))
            // Now and then a waiting job, any of them, answers.
            while !waiting.isEmpty, generator.next() % 3 == 0 {
                let job = waiting.remove(at: Int(generator.next() % UInt64(waiting.count)))
                take(state.reduce(.jobDone(job.run(in: context))))
            }
            if step % 16 == 0 { checkInvariants(state, step: step) }
        }
        while !waiting.isEmpty { take(state.reduce(.jobDone(waiting.removeFirst().run(in: context)))) }
        checkInvariants(state, step: -1)
        #expect(state.home.waitingFor == nil && state.suggestions.waitingFor == nil)
        if case let .suggestions(_, items)? = newestSuggestions?.run(in: context) {
            // The newest answer, less any title since sent to "not for me": a subsequence of it.
            var rest = items[...]
            for item in state.suggestions.items {
                guard let found = rest.firstIndex(of: item) else { Issue.record("\(item.id) is not from the newest answer"); break }
                rest = rest[(found + 1)...]
            }
        } else {
            Issue.record("no suggestions were asked for in 3,000 keys")
        }
    }
}
