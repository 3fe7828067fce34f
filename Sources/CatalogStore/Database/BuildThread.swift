import Foundation

/// A thread of the index build whose outcome the calling thread waits for:
/// `join` returns once the work ended, with its error if it failed.
final class BuildThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<Void, Error>?

    init(name: String, _ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            let result = Result { try work() }
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        thread.start()
    }

    /// Waits for the work to end; `tick` runs on the calling thread every
    /// `interval` seconds meanwhile (progress reports belong to that thread).
    func join(every interval: TimeInterval = 0.25, tick: () -> Void = {}) throws {
        condition.lock()
        while outcome == nil {
            if !condition.wait(until: Date(timeIntervalSinceNow: interval)) {
                condition.unlock()
                tick()
                condition.lock()
            }
        }
        let result = outcome!
        condition.unlock()
        try result.get()
    }
}
