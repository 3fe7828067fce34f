import Catalog
import Recommender
import TestSupport
import ViewModel

/// Drives an `AppState` the way the runtime does, answering queries from a
/// real database of the fixture catalog, running jobs at once and keeping
/// every effect.
struct Driver {
    var state: AppState
    /// Effects other than jobs: what reaches the stores.
    private(set) var effects: [Effect] = []
    /// Every job asked for, in order (each was run at once).
    private(set) var jobs: [Job] = []

    init(width: Int = 80, height: Int = 24, signals: UserSignals = UserSignals(),
         mood: MoodSetting = MoodSetting(mood: NamedMood.tense.mood), library: Library = Fixtures.library,
         today: CalendarDate? = nil) {
        state = AppState(library: library, signals: signals, moodSetting: mood, width: width, height: height, today: today)
        send(.launched)
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        var produced: [Effect] = []
        for key in keys { produced += send(.key(key)) }
        return produced
    }

    mutating func type(_ text: String) { press(text.map { Key.character($0) }) }

    /// Reduces `action` and answers its queries and jobs; returns its effects other than jobs.
    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        var produced: [Effect] = []
        for effect in state.reduce(action) {
            switch effect {
            case let .query(query):
                produced.append(effect)
                effects.append(effect)
                send(.queryResults(query, positions: FixtureQuery.answer(query, ratings: state.signals.ratings)))
            case let .run(job):
                jobs.append(job)
                produced += send(.jobDone(job.run(in: state.jobContext)))
            default:
                produced.append(effect)
                effects.append(effect)
            }
        }
        return produced
    }

    var selectedName: String? { state.selectedTitle?.name }
}
