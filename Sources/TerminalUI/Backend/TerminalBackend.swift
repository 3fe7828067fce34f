import ViewModel

/// Something the terminal reports.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// SIGTERM, SIGINT or SIGHUP arrived: leave cleanly.
    case quitSignal(Int32)
}

/// What the runtime needs from a screen: its size and abilities, the next
/// event, a way to show a frame, and a way to give the screen back.
/// `CursesTerminal` is the real one; `TestBackend` lives in memory.
public protocol TerminalBackend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// False on a terminal without colours: the app then draws with attributes only.
    var hasColor: Bool { get }
    /// False under a locale that is not UTF-8: the app then draws in ASCII.
    var hasUnicode: Bool { get }
    /// Waits up to `timeoutMilliseconds` for input; nil when nothing happened.
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
    /// Shows a frame; a backend writes only what changed since the last one.
    func draw(_ frame: Frame)
    /// Gives the screen back as it was found; safe to call twice.
    func stop()
}
