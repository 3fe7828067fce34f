import Foundation

/// Case- and accent-insensitive forms of text for matching and sorting.
public enum TextFolding {
    /// "Amélie" → "amelie", "POKÉMON" → "pokemon", "Æon" → "aeon",
    /// "Sträßer" → "strasser": case, accents and width folded away, and the
    /// Latin letters that have no accent to remove spelled as ASCII does.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { latinLetters[$0] != nil }) else { return folded }
        var result = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if let ascii = latinLetters[scalar] { result.append(contentsOf: ascii.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// Latin letters that do not decompose into a base letter and an accent,
    /// as ICU's Latin-ASCII transliteration writes them (lowercase: folding
    /// has lowered them first).
    static let latinLetters: [Unicode.Scalar: String] = [
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l",
        "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ĸ": "q", "ŀ": "l", "Ŀ": "l",
        "ĳ": "ij", "Ĳ": "ij", "ſ": "s", "ƒ": "f",
    ]

    private static let leadingArticles = ["the ", "a ", "an "]

    /// Sort key that files "The Matrix" under M: folded, leading English
    /// article removed.
    public static func sortKey(_ title: String) -> String {
        let folded = fold(title)
        for article in leadingArticles where folded.hasPrefix(article) && folded.count > article.count {
            return String(folded.dropFirst(article.count))
        }
        return folded
    }

    /// Folded words of letters and digits: "Spider-Man: Far From Home" →
    /// ["spider", "man", "far", "from", "home"].
    public static func words(_ text: String) -> [String] {
        if let ascii = asciiFoldedName(text) { return ascii.split(separator: " ").map(String.init) }
        return fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The folded name of pure-ASCII text without Foundation's folding, which
    /// is slow on Linux: for ASCII, folding only lowercases, and letters and
    /// digits are the only word characters. Nil for any other text.
    static func asciiFoldedName(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            let isWordByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
            if isWordByte {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Han, kana and Hangul: scripts written without spaces between words,
    /// which search indexes character by character.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// The CJK characters of `text`, each once, in order.
    public static func cjkCharacters(_ text: String) -> [String] {
        var seen = Set<Unicode.Scalar>()
        return text.unicodeScalars.filter { isCJK($0) && seen.insert($0).inserted }.map { String($0) }
    }

    /// Folded words joined by single spaces: "Spider-Man: Far" → "spider man far".
    public static func foldedName(_ text: String) -> String { asciiFoldedName(text) ?? words(text).joined(separator: " ") }

    /// `foldedName` without a leading English article.
    public static func foldedNameWithoutArticle(_ text: String) -> String {
        let all = words(text)
        if all.count > 1, ["the", "a", "an"].contains(all[0]) { return all.dropFirst().joined(separator: " ") }
        return all.joined(separator: " ")
    }
}
