import Dispatch
import Foundation

/// One serial queue off the input loop and the answers it has produced
/// since they were last taken. The query worker and the job worker are
/// built on it; each decides for itself when queued work is overtaken.
final class BackgroundWorker<Answer: Sendable>: @unchecked Sendable {
    private let queue: DispatchQueue
    private let lock = NSLock()
    private var answers: [Answer] = []
    private var running = 0

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Runs `work` on the queue; a nil answer (work skipped) is not kept.
    func submit(_ work: @escaping @Sendable () -> Answer?) {
        lock.withLock { running += 1 }
        queue.async { [self] in
            let answer = work()
            lock.withLock {
                if let answer { answers.append(answer) }
                running -= 1
            }
        }
    }

    /// Runs `work` on the queue without an answer (warming a cache).
    func prepare(_ work: @escaping @Sendable () -> Void) { queue.async(execute: work) }

    /// Answers that arrived since the last call, oldest first.
    func takeAnswers() -> [Answer] {
        lock.withLock {
            defer { answers.removeAll() }
            return answers
        }
    }

    var isBusy: Bool { lock.withLock { running > 0 || !answers.isEmpty } }

    /// Blocks until the work queued so far is done (for tests and scripts).
    func waitUntilIdle() { queue.sync {} }

    /// Waits at most `milliseconds` for the work queued so far; true when it is done.
    func waitUntilIdle(milliseconds: Int) -> Bool {
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        return done.wait(timeout: .now() + .milliseconds(milliseconds)) == .success
    }

    /// Holds the queue, as slow work would, until the returned closure is
    /// called: tests show that keys are still read meanwhile.
    func hold() -> @Sendable () -> Void {
        let gate = DispatchSemaphore(value: 0)
        queue.async { gate.wait() }
        return { gate.signal() }
    }
}
