/// Text from files is never trusted. Everything that may reach a terminal
/// goes through `SafeText.display`, which turns control characters and
/// escape sequences into harmless visible symbols.
public enum SafeText {
    /// Replaces characters a terminal would interpret.
    ///
    /// Tabs and line breaks become spaces; other C0 controls become their
    /// Unicode "control picture" (ESC shows as `␛`), DEL becomes `␡`, C1
    /// controls become `�`, and bidirectional overrides are dropped so they
    /// cannot reorder the rest of the screen.
    public static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                result.append(" ")
            case 0x00...0x1F:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F:
                result.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `display` line by line: keeps the line breaks of a multi-line
    /// message (help, usage) and makes everything else harmless.
    public static func displayLines(_ text: String) -> String {
        guard !isClean(text.replacingOccurrences(of: "\n", with: " ")) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { display(String($0)) }.joined(separator: "\n")
    }

    /// JSON text with C1 controls, DEL and bidirectional overrides written as
    /// `\uXXXX`: JSON encoders leave them raw, and a terminal acts on them.
    /// Outside strings JSON is ASCII, so every such scalar is inside one.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isEscapedInJSON) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard isEscapedInJSON(scalar) else { result.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    private static func isEscapedInJSON(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// True when `display` would change the text.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: needsReplacement)
    }

    private static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Collapses runs of white space (including line breaks) into single
    /// spaces and trims the ends: what importers do to every field.
    public static func collapsingWhitespace(_ text: String) -> String {
        if isCollapsedASCII(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Printable ASCII with single spaces between words and none at the
    /// ends: already collapsed. Most names are, and checking bytes is far
    /// cheaper than walking characters (a million IMDb titles).
    static func isCollapsedASCII(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte > 0x20 && byte < 0x7F {
                previousSpace = false
            } else {
                return false
            }
        }
        return !previousSpace || text.isEmpty
    }
}
