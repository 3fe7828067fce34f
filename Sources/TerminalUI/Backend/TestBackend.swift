import Foundation

/// A terminal in memory, for in-process tests: it keeps the last frame it was
/// given (grid and cursor), hands out events a test queued (keys, resizes,
/// mouse reports, signals), and never touches a real terminal.
/// Once the queue is empty every read finds nothing, so a test that calls
/// the runtime's `run()` ends its script with a quit key or signal.
public final class TestBackend: TerminalBackend {
    public private(set) var width: Int
    public private(set) var height: Int
    public let hasColor: Bool
    public let hasUnicode: Bool

    /// The last frame drawn, nil before the first.
    public private(set) var lastFrame: Frame?
    /// What the last draw had to write, as the diff worked it out.
    public private(set) var lastRuns: [FrameDiff.Run] = []
    public private(set) var drawCount = 0
    public private(set) var isStopped = false
    /// How long the last read was allowed to wait (the runtime polls faster while a query is out).
    public private(set) var lastTimeout: Int32?
    private var pending: [TerminalEvent] = []

    public init(width: Int = 80, height: Int = 24, hasColor: Bool = true, hasUnicode: Bool = true) {
        self.width = width
        self.height = height
        self.hasColor = hasColor
        self.hasUnicode = hasUnicode
    }

    /// Queues events to be read in order.
    public func send(_ events: TerminalEvent...) { pending += events }

    /// Queues each character of `text` as a key press.
    public func type(_ text: String) { pending += text.map { .key(.character($0)) } }

    public var hasPendingEvents: Bool { !pending.isEmpty }

    /// The next queued event, at once; with none queued it waits a little
    /// (at most a millisecond) so a loop polling for answers does not spin.
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        lastTimeout = timeoutMilliseconds
        guard !pending.isEmpty else {
            if timeoutMilliseconds > 0 { usleep(1000) }
            return nil
        }
        let event = pending.removeFirst()
        // As a real terminal does, the size changes when the resize is read.
        if case let .resize(newWidth, newHeight) = event {
            width = newWidth
            height = newHeight
        }
        return event
    }

    public func draw(_ frame: Frame) {
        lastRuns = FrameDiff.runs(from: lastFrame?.grid, to: frame.grid)
        lastFrame = frame
        drawCount += 1
    }

    public func stop() { isStopped = true }

    /// The screen as a person reads it: rows with trailing spaces removed.
    public var text: String { lastFrame?.grid.text ?? "" }

    /// Where the cursor was left, when the frame shows it.
    public var cursor: (x: Int, y: Int)? {
        guard let frame = lastFrame, frame.showsCursor else { return nil }
        return frame.cursor
    }
}
