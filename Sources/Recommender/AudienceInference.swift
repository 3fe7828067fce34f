import Catalog

/// Who a title without a curated audience is made for, from its facts:
/// children's maturity ratings, and title words that mark promotional
/// material (making-of, aftershow, a look inside another title).
public enum AudienceInference {
    public static func madeFor(_ title: Title) -> MadeFor {
        if isPromotional(title.name) { return .promotion }
        switch title.maturity {
        case .tvY: return .youngChildren
        case .tvY7, .tvY7FV: return .children
        default: return .everyone
        }
    }

    /// Phrases that, in a title, only promotional companions use.
    static let promotionalPhrases = [
        "behind the scenes", "the making of", "making of", "a look inside", "aftershow", "after show", "featurette",
    ]

    static func isPromotional(_ name: String) -> Bool {
        let folded = TextFolding.foldedName(name)
        return promotionalPhrases.contains { phrase in
            folded == phrase || folded.hasPrefix(phrase + " ") || folded.hasSuffix(" " + phrase)
                || folded.contains(" " + phrase + " ")
        }
    }
}

/// Dubs and alternate-language releases of one work ("Boomika (Hindi)",
/// "Game Over (Telugu Version)", "Solo: A Star Wars Story (Spanish
/// Version)") grouped under one title, so a list shows the work once.
public enum VersionGrouping {
    static let languages: Set<String> = [
        "hindi", "tamil", "telugu", "malayalam", "kannada", "marathi", "bengali", "punjabi", "gujarati",
        "english", "spanish", "japanese", "korean", "dubbed", "international", "extended",
    ]

    /// The title without its version tag, or nil when it has none.
    public static func baseName(_ name: String) -> String? {
        // Most titles end in neither ")" nor "version": answer them without copying.
        guard let last = name.last(where: { !$0.isWhitespace }), last == ")" || last == "n" || last == "N" else { return nil }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let tag = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
            let words = tag.split(separator: " ")
            if let first = words.first, languages.contains(String(first)),
               words.count == 1 || (words.count == 2 && words[1] == "version") {
                return trimmed[..<open].trimmingCharacters(in: .whitespaces)
            }
        }
        for suffix in [": international version", ": extended version"] where trimmed.lowercased().hasSuffix(suffix) {
            return String(trimmed.dropLast(suffix.count))
        }
        return nil
    }

    /// For each position, the position of its work's representative: the
    /// untagged title when the catalog has it (the original), else the first
    /// version in catalog order. Versions must share the kind and lie within
    /// a year of each other.
    public static func works(_ titles: [Title]) -> [Int] {
        var result = Array(titles.indices)
        var untagged: [String: [Int]] = [:]
        var tagged: [String: [Int]] = [:]
        for (position, title) in titles.enumerated() {
            if let base = baseName(title.name) {
                tagged[key(base, title.kind), default: []].append(position)
            } else {
                untagged[key(title.name, title.kind), default: []].append(position)
            }
        }
        for (key, versions) in tagged {
            let year = titles[versions[0]].year
            let original = untagged[key]?.first { abs(titles[$0].year - year) <= 1 } ?? versions[0]
            for position in versions where abs(titles[position].year - titles[original].year) <= 1 {
                result[position] = original
            }
        }
        return result
    }

    private static func key(_ name: String, _ kind: TitleKind) -> String {
        "\(kind.rawValue):\(TextFolding.foldedName(name))"
    }
}
