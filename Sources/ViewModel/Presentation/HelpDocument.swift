/// The help overlay's lines, generated from the keymap tables.
public struct HelpLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case section, binding, blank }
    public var kind: Kind
    public var keys: String
    public var text: String
}

public enum HelpDocument {
    /// The help for the standard keys.
    public static let lines: [HelpLine] = lines(main: Keymap.main)

    /// The help for a main table, as the app has it after config overrides.
    public static func lines(main: [KeyBinding<Command>]) -> [HelpLine] {
        var lines: [HelpLine] = []
        for (index, section) in Keymap.helpSections(main: main).enumerated() {
            if index > 0 { lines.append(HelpLine(kind: .blank, keys: "", text: "")) }
            lines.append(HelpLine(kind: .section, keys: "", text: section.title))
            for row in section.rows { lines.append(HelpLine(kind: .binding, keys: row.keys, text: row.summary)) }
        }
        return lines
    }

    public static func maxScroll(height: Int, lines: [HelpLine] = lines) -> Int {
        max(0, lines.count - Viewport.helpRows(height: height))
    }
}
