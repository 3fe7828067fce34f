import Foundation

/// Batches passed from one producing thread to one consuming thread, at most
/// `capacity` waiting: the producer works ahead, but never holds the whole
/// catalog. Either side can end it: the producer by finishing (with what it
/// worked out, or an error), the consumer by cancelling.
final class Handoff<Batch, Outcome>: @unchecked Sendable {
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [Batch] = []
    private var outcome: Result<Outcome, Error>?
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Producer: waits for room; throws `Cancelled` once the consumer gave up.
    func put(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { throw Cancelled() }
        waiting.append(batch)
        condition.broadcast()
    }

    /// Producer: no more batches; `outcome` is what the consumer gets at the end.
    func finish(_ outcome: Result<Outcome, Error>) {
        condition.lock()
        self.outcome = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next batch, or nil when the producer finished and every
    /// batch was taken. A producer's error is thrown as soon as it happens.
    func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && outcome == nil { condition.wait() }
        if case let .failure(error)? = outcome { throw error }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Consumer, after `take` returned nil: what the producer worked out.
    func result() throws -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        return try outcome!.get()
    }

    /// Consumer: stop the producer at its next batch and wait until it has
    /// stopped, so no thread of a failed build runs on.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        while outcome == nil { condition.wait() }
    }
}
