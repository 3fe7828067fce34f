import Catalog
import Recommender
import TestSupport
import ViewModel

/// Drives an `AppState` the way the runtime does, answering queries from a
/// real database of the fixture catalog and keeping every effect.
struct Driver {
    var state: AppState
    private(set) var effects: [Effect] = []

    init(width: Int = 80, height: Int = 24, signals: UserSignals = UserSignals(),
         mood: MoodSetting = MoodSetting(mood: NamedMood.tense.mood), library: Library = Fixtures.library,
         today: CalendarDate? = nil) {
        state = AppState(library: library, signals: signals, moodSetting: mood, width: width, height: height, today: today)
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

    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        let produced = state.reduce(action)
        effects += produced
        for effect in produced {
            if case let .query(query) = effect {
                _ = state.reduce(.queryResults(query, positions: FixtureQuery.answer(query, ratings: state.signals.ratings)))
            }
        }
        return produced
    }

    var selectedName: String? { state.selectedTitle?.name }
}
