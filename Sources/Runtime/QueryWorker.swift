import Catalog
import CatalogStore
import Dispatch
import Foundation
import ViewModel

/// Runs list queries off the input loop, so typing never waits for a
/// search. Only the newest request is worked on: one that was overtaken
/// while queued is skipped, and the reducer ignores any answer that is not
/// for the question it is waiting on.
final class QueryWorker: @unchecked Sendable {
    /// The rows to show, and how many matched when that is more.
    struct Answer: Sendable {
        var positions: [Int]
        var matched: MatchCount?
        /// Nothing matched as typed: these are the closest titles.
        var isClosest = false
        /// Found by what they are about, not by their names.
        var isAbout = false
    }

    private let query: CatalogQuery
    private let user: UserDatabase
    private let worker = BackgroundWorker<(TitleQuery, Result<Answer, Error>)>(label: "marquee.query")
    private let lock = NSLock()
    private var newest: TitleQuery?

    /// Folds versions of one work into one row (`Library.oneRowPerWork`).
    private let rows: @Sendable ([Int]) -> [Int]

    init(query: CatalogQuery, user: UserDatabase, rows: @escaping @Sendable ([Int]) -> [Int] = { $0 }) {
        self.query = query
        self.user = user
        self.rows = rows
    }

    /// Loads what search reads on first need (the word list for typos, the
    /// names in byte order) in the background: the runtime asks once its first
    /// frame is up, so the warm-up never takes a core from the launch.
    func warmUp() {
        let query = self.query
        worker.prepare { query.warmUp() }
    }

    func submit(_ request: TitleQuery) {
        lock.withLock { newest = request }
        worker.submit { [self] in
            guard lock.withLock({ newest == request }) else { return nil }
            let result = Result { () throws -> Answer in
                // Twice the rows shown, so that versions folding into one row still
                // leave a full list and the count only ever falls as words are added;
                // one more says that even the count was cut ("200 of 400+").
                let limit = CatalogQuery.interactiveLimit, fetched = 2 * limit
                let answer = try query.matches(request, ratings: request.sort == .rating ? try user.ratings() : [:],
                                               limit: request.hasText ? fetched + 1 : .max)
                let found = answer.positions
                let more = request.hasText && found.count > fetched
                let folded = rows(more ? Array(found.prefix(fetched)) : found)
                guard request.hasText, folded.count > limit else {
                    return Answer(positions: folded, matched: nil, isClosest: answer.isClosest, isAbout: answer.isAbout)
                }
                return Answer(positions: Array(folded.prefix(limit)), matched: MatchCount(total: folded.count, isLowerBound: more),
                              isClosest: answer.isClosest, isAbout: answer.isAbout)
            }
            return (request, result)
        }
    }

    /// Answers that arrived since the last call.
    func takeAnswers() -> [(TitleQuery, Result<Answer, Error>)] { worker.takeAnswers() }
    var isBusy: Bool { worker.isBusy }
    /// Blocks until the work queued so far is done (for tests and scripts).
    func waitUntilIdle() { worker.waitUntilIdle() }
    /// Holds the queue, as a slow query would, until the returned closure is called.
    func hold() -> @Sendable () -> Void { worker.hold() }
}
