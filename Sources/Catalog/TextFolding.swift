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
}
