import Catalog
import Recommender
import TestSupport
import ViewModel

/// Drives an `AppState` the way the runtime does, answering search effects
/// with a plain in-memory filter (the store has its own tests) and keeping
/// every effect for inspection.
struct Driver {
    var state: AppState
    private(set) var effects: [Effect] = []

    init(width: Int = 80, height: Int = 24, signals: UserSignals = UserSignals(),
         mood: MoodSetting = MoodSetting(mood: NamedMood.tense.mood), library: Library = Fixtures.library) {
        state = AppState(library: library, signals: signals, moodSetting: mood, width: width, height: height)
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
            if case let .search(query) = effect {
                let words = TextFolding.words(query)
                let titles = state.library.titles
                let positions = titles.indices.filter { index in
                    let titleWords = TextFolding.words(titles[index].name)
                    return words.allSatisfy { word in titleWords.contains { $0.hasPrefix(word) } }
                }
                _ = state.reduce(.searchResults(query: query, positions: positions))
            }
        }
        return produced
    }

    var selectedName: String? { state.selectedTitle?.name }
}
