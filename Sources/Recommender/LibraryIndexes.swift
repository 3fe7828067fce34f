import Dispatch
import Foundation

/// The candidate indexes of one library (`SuggestionIndex`, `SimilarIndex`).
/// A request that finds them missing starts building both on a background
/// queue and scans this once (`ready`), so no request — least of all the
/// launch's home rows — waits seconds for a build; `Library.prepareIndexes()`
/// (and the index paths the tests call) build them on the spot. Builds run
/// outside the lock, so asking never waits for one; the first built is kept.
final class LibraryIndexes: @unchecked Sendable {
    private let lock = NSLock()
    private var suggestion: SuggestionIndex?
    private var similar: SimilarIndex?
    private var building = false

    func suggestionIndex(_ build: () -> SuggestionIndex) -> SuggestionIndex {
        if let built = lock.withLock({ suggestion }) { return built }
        let built = build()
        return lock.withLock {
            if suggestion == nil { suggestion = built }
            return suggestion!
        }
    }

    func similarIndex(_ build: () -> SimilarIndex) -> SimilarIndex {
        if let built = lock.withLock({ similar }) { return built }
        let built = build()
        return lock.withLock {
            if similar == nil { similar = built }
            return similar!
        }
    }

    /// Whether both indexes are built; when not, starts building them in the background (once).
    func ready(_ library: Library) -> Bool {
        let (done, start) = lock.withLock { () -> (Bool, Bool) in
            if suggestion != nil && similar != nil { return (true, false) }
            defer { building = true }
            return (false, !building)
        }
        if start { DispatchQueue.global(qos: .utility).async { _ = library.prepareIndexes() } }
        return done
    }
}
