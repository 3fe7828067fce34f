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

private extension Array where Element == UInt8 {
    func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
