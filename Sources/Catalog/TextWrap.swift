/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at
    /// spaces where possible and inside long words where not.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
            } else if wordWidth <= width {
                if currentWidth > 0 { lines.append(current) }
                current = String(word)
                currentWidth = wordWidth
            } else {
                if currentWidth > 0 { lines.append(current) }
                current = ""
                currentWidth = 0
                for character in word {
                    let w = DisplayWidth.of(character)
                    if currentWidth + w > width {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                    current.append(character)
                    currentWidth += w
                }
            }
        }
        if currentWidth > 0 { lines.append(current) }
        return lines
    }
}
