import Foundation

/// A detached tmux session of a pinned size on its own server socket, for
/// driving the real binary the way a person at a terminal would.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "marquee"

    public static var isAvailable: Bool {
        (try? TmuxSession.tmux(["-V"], socket: nil).status) == 0
    }

    /// Starts `command` (run by `sh -c`) in a `width`×`height` window.
    public init(width: Int, height: Int, command: String) throws {
        socket = "marquee-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let result = try Self.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command], socket: socket)
        guard result.status == 0 else { throw TmuxError(message: "tmux new-session failed: \(result.output)") }
        // Keep the pane after the program exits so its last screen and exit can be inspected.
        _ = try Self.tmux(["set-option", "-t", name, "remain-on-exit", "on"], socket: socket)
    }

    deinit {
        _ = try? Self.tmux(["kill-server"], socket: socket)
    }

    public struct TmuxError: Error, CustomStringConvertible {
        public var message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }

    @discardableResult
    public static func tmux(_ arguments: [String], socket: String?) throws -> (status: Int32, output: String) {
        try Spawn.run(["tmux"] + (socket.map { ["-L", $0] } ?? []) + arguments)
    }

    /// Sends tmux key names ("Enter", "Escape", "C-c") or literal text.
    public func send(_ keys: String...) throws {
        try Self.tmux(["send-keys", "-t", name] + keys, socket: socket)
    }

    /// Types text literally, one key at a time.
    public func type(_ text: String) throws {
        for character in text { try Self.tmux(["send-keys", "-t", name, "-l", String(character)], socket: socket) }
    }

    /// The visible screen as text; `escapes` keeps colour and attribute codes.
    /// A left click at a cell (0-based), as a terminal reports it to the
    /// program: the X10 mouse sequence for press, then for release.
    public func click(x: Int, y: Int, double: Bool = false) throws {
        func report(_ button: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        }
        // One write per report: split up, the program could take the ESC for the Esc key.
        for _ in 0..<(double ? 2 : 1) {
            try Self.tmux(["send-keys", "-t", name, "-l", report(0)], socket: socket)
            try Self.tmux(["send-keys", "-t", name, "-l", report(3)], socket: socket)
        }
    }

    /// One notch of the wheel at a cell: down, or up.
    public func wheel(down: Bool, x: Int, y: Int) throws {
        let report = "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + (down ? 65 : 64)))) + String(UnicodeScalar(UInt8(33 + x)))
            + String(UnicodeScalar(UInt8(33 + y)))
        try Self.tmux(["send-keys", "-t", name, "-l", report], socket: socket)
    }

    public func capture(escapes: Bool = false) throws -> String {
        try Self.tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []), socket: socket).output
    }

    /// Waits until `predicate` holds for the screen, returning it; throws with
    /// the last screen when it never does.
    @discardableResult
    public func waitFor(_ description: String, timeout: TimeInterval = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError(message: "timed out waiting for \(description); screen was:\n\(screen)")
    }

    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// True once the program in the pane has exited.
    public func programExited() throws -> Bool {
        try Self.tmux(["display-message", "-p", "-t", name, "#{pane_dead}"], socket: socket).output
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    public func waitForExit(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try programExited() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError(message: "the program did not exit; screen was:\n\(try capture())")
    }

    /// The pane's process id, for sending signals.
    public func panePID() throws -> Int32 {
        Int32(try Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"], socket: socket).output
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    public func resize(width: Int, height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)], socket: socket)
    }

    /// Terminal modes of the pane's tty as `stty -a` reports them.
    public func paneTTY() throws -> String {
        try Self.tmux(["display-message", "-p", "-t", name, "#{pane_tty}"], socket: socket).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
