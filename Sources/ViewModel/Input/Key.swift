/// A key press, independent of any terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a lowercase letter: `.control("d")` is Ctrl-d.
    case control(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete

    /// How help and key hints spell the key.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case let .character(c): String(c)
        case let .control(c): "Ctrl-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        }
    }
}
