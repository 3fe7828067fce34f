import Foundation

/// Case- and accent-insensitive forms of text for matching and sorting.
public enum TextFolding {
    /// "Amélie" → "amelie", "POKÉMON" → "pokemon".
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

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
        fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
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
    public static func foldedName(_ text: String) -> String { words(text).joined(separator: " ") }

    /// `foldedName` without a leading English article.
    public static func foldedNameWithoutArticle(_ text: String) -> String {
        let all = words(text)
        if all.count > 1, ["the", "a", "an"].contains(all[0]) { return all.dropFirst().joined(separator: " ") }
        return all.joined(separator: " ")
    }
}
