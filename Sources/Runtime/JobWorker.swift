import Foundation
import ViewModel

/// Runs the reducer's jobs (suggestions, home rows, similar titles, surprise)
/// off the input loop. A queued job that a newer one of its kind overtook is
/// skipped; the reducer drops any answer that is not for its newest question.
final class JobWorker: @unchecked Sendable {
    private let worker = BackgroundWorker<JobAnswer>(label: "marquee.jobs")
    private let context: JobContext
    private let lock = NSLock()
    private var newest: [Job.Kind: Int] = [:]

    init(context: JobContext) {
        self.context = context
    }

    func submit(_ job: Job) {
        if let kind = job.kind, let ticket = job.ticket { lock.withLock { newest[kind] = ticket } }
        worker.submit { [self] in
            if let kind = job.kind, let ticket = job.ticket, lock.withLock({ newest[kind] != ticket }) { return nil }
            return job.run(in: context)
        }
    }

    func takeAnswers() -> [JobAnswer] { worker.takeAnswers() }
    var isBusy: Bool { worker.isBusy }
    func waitUntilIdle() { worker.waitUntilIdle() }
    func waitUntilIdle(milliseconds: Int) -> Bool { worker.waitUntilIdle(milliseconds: milliseconds) }
    func hold() -> @Sendable () -> Void { worker.hold() }
}
