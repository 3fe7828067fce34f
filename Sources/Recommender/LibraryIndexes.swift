import Foundation

/// The candidate indexes of one library (`SuggestionIndex`, `SimilarIndex`),
/// each built the first time a request needs it — on the job worker, never
/// in the reducer — or up front by `Library.prepareIndexes()`. A lock guards
/// the build so two workers never build one twice.
final class LibraryIndexes: @unchecked Sendable {
    private let lock = NSLock()
    private var suggestion: SuggestionIndex?
    private var similar: SimilarIndex?

    func suggestionIndex(_ build: () -> SuggestionIndex) -> SuggestionIndex {
        lock.lock()
        defer { lock.unlock() }
        if let suggestion { return suggestion }
        let built = build()
        suggestion = built
        return built
    }

    func similarIndex(_ build: () -> SimilarIndex) -> SimilarIndex {
        lock.lock()
        defer { lock.unlock() }
        if let similar { return similar }
        let built = build()
        similar = built
        return built
    }
}
