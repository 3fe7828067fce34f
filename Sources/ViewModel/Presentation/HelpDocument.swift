import Foundation

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

    /// The help for a main table, as the app has it after config overrides;
    /// with a screen, that screen's keys come first.
    public static func lines(main: [KeyBinding<Command>], screen: Screen? = nil) -> [HelpLine] {
        var lines: [HelpLine] = []
        let sections = screen.map { Keymap.helpSections(main: main, screen: $0) } ?? Keymap.helpSections(main: main)
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(HelpLine(kind: .blank, keys: "", text: "")) }
            lines.append(HelpLine(kind: .section, keys: "", text: section.title))
            for row in section.rows { lines.append(HelpLine(kind: .binding, keys: row.keys, text: row.summary)) }
        }
        return lines
    }

    /// Only the bindings whose keys or words contain `query` (case and
    /// accents ignored), under their section titles; everything without a query.
    public static func filtered(_ lines: [HelpLine], query: String) -> [HelpLine] {
        let wanted = fold(query.trimmingCharacters(in: .whitespaces))
        guard !wanted.isEmpty else { return lines }
        var result: [HelpLine] = []
        var section: HelpLine?
        for line in lines {
            switch line.kind {
            case .section: section = line
            case .blank: break
            case .binding:
                guard fold(line.keys + " " + line.text).contains(wanted) else { continue }
                if let heading = section {
                    if !result.isEmpty { result.append(HelpLine(kind: .blank, keys: "", text: "")) }
                    result.append(heading)
                    section = nil
                }
                result.append(line)
            }
        }
        return result
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    public static func maxScroll(height: Int, lines: [HelpLine] = lines) -> Int {
        max(0, lines.count - Viewport.helpRows(height: height))
    }
}
