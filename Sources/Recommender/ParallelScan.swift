import Dispatch
import Foundation

/// Runs a scan over 0..<count in chunks on every core when the scan is big
/// enough to pay for it, and joins the chunks' results in order. Small
/// catalogs scan on the calling thread.
enum ParallelScan {
    /// Below this many items a scan stays on one thread.
    static let minimumPerChunk = 25_000

    static func collect<Element>(_ count: Int, _ body: @Sendable (Range<Int>) -> [Element]) -> [Element] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = min(max(1, cores), max(1, count / minimumPerChunk))
        guard chunks > 1 else { return body(0..<count) }
        let parts = ChunkResults<Element>(count: chunks)
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * size
            parts.set(chunk, body(start..<min(start + size, count)))
        }
        return parts.joined()
    }
}

/// One slot per chunk, each written by exactly one worker.
private final class ChunkResults<Element>: @unchecked Sendable {
    private var slots: [[Element]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Element]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func joined() -> [Element] { slots.flatMap { $0 } }
}
