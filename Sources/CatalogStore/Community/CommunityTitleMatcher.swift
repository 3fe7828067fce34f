import Catalog

/// Finds the catalog film a community film (MovieLens `movies.csv`) stands
/// for, by normalised title and year.
///
/// MovieLens writes "Matrix, The (1999)" and adds original titles in
/// brackets, "Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)"; the
/// catalog writes "The Matrix" and "Amélie". Both sides are reduced to folded
/// words without a leading article; a community film matches when one of its
/// names and its year equal a catalog film's, or, failing that, when exactly
/// one catalog film has that name a year either side (release years differ
/// between sources). Ambiguous names match nothing rather than guess.
public struct CommunityTitleMatcher: Sendable {
    private struct Key: Hashable {
        var name: String
        var year: Int
    }

    private let byKey: [Key: [TitleID]]

    public init(titles: [Title]) {
        var byKey: [Key: [TitleID]] = [:]
        for title in titles where title.kind == .movie {
            let name = Self.normalisedName(title.name)
            guard !name.isEmpty else { continue }
            byKey[Key(name: name, year: title.year), default: []].append(title.id)
        }
        self.byKey = byKey
    }

    /// The catalog film, or nil when none (or more than one) fits.
    public func match(_ item: CommunityItem) -> TitleID? {
        guard let year = item.year else { return nil }
        let names = Self.names(ofCommunityTitle: item.title)
        for name in names {
            if let found = byKey[Key(name: name, year: year)] { return found.count == 1 ? found[0] : nil }
        }
        for name in names {
            let near = [year - 1, year + 1].flatMap { byKey[Key(name: name, year: $0)] ?? [] }
            if near.count == 1 { return near[0] }
        }
        return nil
    }

    /// The names a MovieLens title goes by: the main one and each bracketed
    /// alternative, each with a trailing article moved to the front.
    static func names(ofCommunityTitle title: String) -> [String] {
        var parts: [String] = []
        var main = title
        // Peel "(…)" groups off the end: "Amelie (Fabuleux destin…, Le)".
        while main.hasSuffix(")"), let open = main.lastIndex(of: "(") {
            parts.append(String(main[main.index(after: open)..<main.index(before: main.endIndex)]))
            main = String(main[..<open]).trimmingCharacters(in: .whitespaces)
        }
        parts.insert(main, at: 0)
        return parts.map { normalisedName(frontArticle($0)) }.filter { !$0.isEmpty }
    }

    /// "Matrix, The" → "The Matrix"; "Fabuleux destin d'Amélie Poulain, Le" → "Le Fabuleux…".
    static func frontArticle(_ name: String) -> String {
        guard let comma = name.range(of: ", ", options: .backwards) else { return name }
        let article = name[comma.upperBound...]
        guard trailingArticles.contains(article.lowercased()) else { return name }
        let separator = article.hasSuffix("'") ? "" : " "
        return article + separator + name[..<comma.lowerBound]
    }

    static let trailingArticles: Set<String> = [
        "the", "a", "an", "le", "la", "les", "l'", "il", "lo", "gli", "i", "el", "los", "las",
        "der", "die", "das", "de", "het", "en", "et", "o", "os", "as",
    ]

    /// Folded words with a leading article dropped, "&" read as "and".
    static func normalisedName(_ name: String) -> String {
        var words = TextFolding.words(name.contains("&") ? name.replacingOccurrences(of: "&", with: " and ") : name)
        if words.count > 1, leadingArticles.contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static let leadingArticles: Set<String> = ["the", "a", "an", "le", "la", "les", "l", "el", "il", "der", "die", "das"]
}
