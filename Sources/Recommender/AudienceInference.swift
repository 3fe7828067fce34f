import Catalog

/// Who a title without a curated audience is made for, from its facts:
/// children's maturity ratings, and title words or description cues that
/// mark promotional material (making-of, aftershow, a look behind the scenes
/// of another title: `CompanionCue`).
public enum AudienceInference {
    public static func madeFor(_ title: Title, cues: [String] = []) -> MadeFor {
        if cues.first == CompanionCue.cue || isPromotional(title.name) { return .promotion }
        switch title.maturity {
        case .tvY: return .youngChildren
        case .tvY7, .tvY7FV: return .children
        default: return .everyone
        }
    }

    /// Phrases that, in a title, only promotional companions use.
    static let promotionalPhrases = [
        "behind the scenes", "the making of", "making of", "a look inside", "aftershow", "after show", "afterparty",
        "after party", "featurette",
    ]

    /// Every phrase above holds one of these words; an ASCII title without
    /// any of them needs no folding (Library checks every title at launch).
    static let promotionalWords: [[UInt8]] = ["behind", "making", "inside", "after", "featurette"].map { Array($0.utf8) }

    static func isPromotional(_ name: String) -> Bool {
        if let lowered = LeadingLetters.asciiLowercased(name),
           !promotionalWords.contains(where: { lowered.contains($0) }) { return false }
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
        var tagged: [String: [Int]] = [:]
        for (position, title) in titles.enumerated() {
            if let base = baseName(title.name) { tagged[key(base, title.kind), default: []].append(position) }
        }
        guard !tagged.isEmpty else { return result }
        // Only titles that begin like some version's base can be its original:
        // the rest are not folded (this runs over every title at launch).
        let leads = Set(tagged.values.compactMap { LeadingLetters.pair(TextFolding.foldedName(baseName(titles[$0[0]].name)!)) })
        var untagged: [String: [Int]] = [:]
        for (position, title) in titles.enumerated() where baseName(title.name) == nil {
            if let lead = LeadingLetters.pair(title.name), !leads.contains(lead) { continue }
            untagged[key(title.name, title.kind), default: []].append(position)
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

    /// The works with more than one title: representative → its titles,
    /// the representative first, the others in catalog order.
    static func groups(_ works: [Int]) -> [Int: [Int]] {
        var groups: [Int: [Int]] = [:]
        for (position, work) in works.enumerated() where work != position { groups[work, default: [work]].append(position) }
        return groups
    }

    private static func key(_ name: String, _ kind: TitleKind) -> String {
        "\(kind.rawValue):\(TextFolding.foldedName(name))"
    }
}

/// Cheap looks at ASCII titles that let launch-time checks skip folding.
enum LeadingLetters {
    /// The first two letters or digits, lowercased, of text whose start is
    /// ASCII; nil when a non-ASCII byte comes first (fold it instead). For
    /// ASCII, folding keeps exactly these two characters at the front.
    static func pair(_ text: String) -> UInt16? {
        var first: UInt8?
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else { continue }
            if let first { return UInt16(first) << 8 | UInt16(lower) }
            first = lower
        }
        return first.map { UInt16($0) << 8 }
    }

    /// The bytes of ASCII text, lowercased; nil for any other text.
    static func asciiLowercased(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return bytes
    }
}

private extension Array where Element == UInt8 {
    func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
