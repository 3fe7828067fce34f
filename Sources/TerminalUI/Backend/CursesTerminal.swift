import CNcursesw
import Foundation
import ViewModel

/// The one place that talks to ncurses: it copies frames to the screen,
/// reads keys, and puts the terminal back as it found it.
public final class CursesTerminal: TerminalBackend {
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private let usesColor: Bool
    private var stopped = false

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    public private(set) var width: Int
    public private(set) var height: Int

    /// False on a terminal without colours (TERM=vt100): the app then draws
    /// with attributes only, or its selection would be invisible.
    public let hasColor: Bool
    /// False when the locale is not UTF-8 (LANG=C): the app then draws in ASCII,
    /// as curses cannot show box drawing, stars or bars there.
    public let hasUnicode: Bool

    /// Why this terminal cannot show the full-screen browser, or nil when it can.
    /// Asked before `init`: curses on TERM=dumb shows a blank screen.
    public static func unusableReason(term: String?) -> String? {
        let name = term ?? ""
        switch marquee_terminal_can_address(STDOUT_FILENO) {
        case 1: return nil
        case 0:
            return "TERM=\(name) cannot show the full-screen browser (it cannot move the cursor): "
                + "run it in a terminal such as xterm-256color, or use `marquee search`, `show`, `rate` or `suggest`"
        default:
            return name.isEmpty
                ? "TERM is not set, so the full-screen browser cannot run: set it (for example TERM=xterm-256color) "
                    + "or use `marquee search`, `show`, `rate` or `suggest`"
                : "TERM=\(name) is not a terminal this system knows: set TERM to one it does (for example xterm-256color) "
                    + "or use `marquee search`, `show`, `rate` or `suggest`"
        }
    }

    /// Enters full-screen mode. `wantsColor` is false under `NO_COLOR`.
    public init(wantsColor: Bool) {
        setlocale(LC_ALL, "")
        hasUnicode = marquee_locale_is_utf8() != 0
        marquee_install_signal_handlers()
        initscr()
        raw()  // Ctrl-C arrives as a key, so quitting always goes through the normal path.
        noecho()
        nonl()
        keypad(marquee_stdscr(), true)
        marquee_set_escdelay(25)
        wtimeout(marquee_stdscr(), 100)
        curs_set(0)
        marquee_enable_mouse()
        hasColor = has_colors()
        if wantsColor && hasColor {
            start_color()
            use_default_colors()
            usesColor = true
        } else {
            usesColor = false
        }
        width = Int(marquee_cols())
        height = Int(marquee_lines())
    }

    /// Leaves full-screen mode; safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
    }

    deinit { stop() }

    /// Copies a frame to the screen, rewriting only what `FrameDiff` says changed.
    public func draw(_ frame: Frame) {
        let grid = frame.grid
        let screen = marquee_stdscr()
        for run in FrameDiff.runs(from: previous, to: grid, visible: (width, height)) {
            var characters: [wchar_t] = []
            for character in run.text {
                for scalar in character.unicodeScalars { characters.append(wchar_t(bitPattern: scalar.value)) }
            }
            apply(run.style)
            characters.append(0)
            _ = mvwaddnwstr(screen, Int32(run.y), Int32(run.x), characters, Int32(characters.count - 1))
        }
        previous = grid
        if let cursor = frame.cursor, cursor.y < height, cursor.x < width {
            wmove(screen, Int32(cursor.y), Int32(cursor.x))
        }
        curs_set(frame.showsCursor ? 1 : 0)
        wrefresh(screen)
    }

    private func apply(_ style: Style) {
        var attributes = marquee_a_normal()
        if style.bold { attributes |= marquee_a_bold() }
        if style.dim { attributes |= marquee_a_dim() }
        if style.reverse { attributes |= marquee_a_reverse() }
        if style.underline { attributes |= marquee_a_underline() }
        _ = marquee_set_style(attributes, usesColor ? pair(style) : 0)
    }

    /// Colour pairs are made on first use; -1 is the terminal's default colour.
    private func pair(_ style: Style) -> Int16 {
        let key = PairKey(foreground: Int16(style.foreground?.rawValue ?? -1),
                          background: Int16(style.background?.rawValue ?? -1))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let next = Int16(pairs.count + 1)
        guard Int(next) < marquee_color_pairs() else { return 0 }
        init_pair(next, key.foreground, key.background)
        pairs[key] = next
        return next
    }

    /// A quit signal that arrived while no events were read (during a long
    /// start), or nil.
    public func takeQuitSignal() -> Int32? {
        let signal = marquee_take_signal()
        return signal != 0 ? signal : nil
    }

    private var pollMilliseconds: Int32 = 100

    /// Waits up to `timeoutMilliseconds` for input; nil when nothing happened.
    public func nextEvent(timeoutMilliseconds: Int32 = 100) -> TerminalEvent? {
        if timeoutMilliseconds != pollMilliseconds {
            pollMilliseconds = timeoutMilliseconds
            wtimeout(marquee_stdscr(), timeoutMilliseconds)
        }
        let signal = marquee_take_signal()
        if signal != 0 { return .quitSignal(signal) }
        var character: wint_t = 0
        let result = wget_wch(marquee_stdscr(), &character)
        if result == KEY_CODE_YES {
            if Int32(character) == KEY_RESIZE {
                width = Int(marquee_cols())
                height = Int(marquee_lines())
                previous = nil
                // Repaint everything on the next refresh: no leftovers from the old size.
                clearok(marquee_curscr(), true)
                return .resize(width: width, height: height)
            }
            if Int32(character) == KEY_MOUSE {
                var x: Int32 = 0, y: Int32 = 0
                let kind: MouseEvent.Kind? = switch marquee_read_mouse(&x, &y) {
                case 1: .click
                case 2: .doubleClick
                case 3: .wheelUp
                case 4: .wheelDown
                default: nil
                }
                return kind.map { .mouse(MouseEvent(kind: $0, x: Int(x), y: Int(y))) }
            }
            return Self.functionKey(Int32(character)).map(TerminalEvent.key)
        }
        guard result == OK else {
            let late = marquee_take_signal()
            return late != 0 ? .quitSignal(late) : nil
        }
        return Self.characterKey(UInt32(character)).map(TerminalEvent.key)
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        default: nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
