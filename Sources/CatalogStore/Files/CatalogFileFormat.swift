import Catalog

/// The embedded catalog's text format: one title per line, tab-separated,
/// sorted by id so that a catalog update diffs as a few changed lines.
/// See docs/catalog-format.md.
public enum CatalogFileFormat {
    public static let titlesFileName = "titles.tsv"
    public static let formatVersion = 1

    /// Column names, in order, as written in the header line.
    public static let columns = [
        "id", "kind", "title", "year", "runtime", "seasons", "maturity",
        "genres", "countries", "directors", "cast", "added", "source",
    ]

    /// Separates the items of list fields (genres, countries, people).
    public static let listSeparator: Character = "|"

    /// Escapes a field so it never contains a tab, line break or a bare
    /// list separator.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "|" }) else {
            return field
        }
        var result = ""
        for character in field {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "|": result += "\\|"
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits a list field on unescaped `|` and unescapes each item.
    /// Returns nil when the field ends in a dangling backslash or uses an
    /// unknown escape.
    public static func splitList(_ field: Substring) -> [String]? {
        guard !field.isEmpty else { return [] }
        if !field.utf8.contains(UInt8(ascii: "\\")) {
            // ASCII splits by bytes (no grapheme breaking): the index build
            // reads a million titles' genres, countries and people.
            if field.utf8.allSatisfy({ $0 < 0x80 }) {
                return field.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
            }
            return field.split(separator: listSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        var items: [String] = []
        var current = ""
        var escaping = false
        for character in field {
            if escaping {
                guard let unescaped = unescapedCharacter(character) else { return nil }
                current.append(unescaped)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == listSeparator {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !escaping else { return nil }
        items.append(current)
        return items
    }

    /// Unescapes a single-value field; nil on a malformed escape.
    public static func unescape(_ field: Substring) -> String? {
        // By bytes: the same answer as looking for the character, without grapheme breaking.
        guard field.utf8.contains(UInt8(ascii: "\\")) else { return String(field) }
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                guard let unescaped = unescapedCharacter(character) else { return nil }
                result.append(unescaped)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return escaping ? nil : result
    }

    private static func unescapedCharacter(_ character: Character) -> Character? {
        switch character {
        case "\\": "\\"
        case "t": "\t"
        case "n": "\n"
        case "r": "\r"
        case "|": "|"
        default: nil
        }
    }
}
