/// Companion pieces: a making-of, a set diary or an afterparty about another
/// title of the same catalog ("Nature's Great Events: Diaries", "Night on
/// Earth: Shot in the Dark", "The Crystal Calls Making the Dark Crystal: Age
/// of Resistance"). Their names rarely say "making of", so the catalog build
/// reads three facts together: the description looks behind the scenes, the
/// title names (or the description quotes) another title of the catalog, and
/// the title is non-fiction (or has no genre). None alone is enough — a
/// reality series can go "behind the scenes" of a border post, "Chef's Table:
/// France" extends another title's name without being about it, and a drama
/// can be a "companion to" an earlier film.
///
/// The result is one cue word, `cue`, stored in cues.tsv with the lexicon's
/// cues; audience inference reads it as promotional.
public enum CompanionCue {
    /// The cue word a companion piece carries.
    public static let cue = "behind the scenes"

    /// Whether the title `name`, described by `description`, is about another
    /// title whose folded name (`TextFolding.foldedName`, without a trailing
    /// "(year)") is in `catalogNames`.
    public static func isCompanion(name: String, genres: [Genre], description: String,
                                   catalogNames: Set<String>) -> Bool {
        guard genres.isEmpty || genres.contains(where: nonFiction.contains), looksBehindTheScenes(description)
        else { return false }
        let own = baseName(name)
        return referencedNames(name: name, description: description).contains { $0 != own && catalogNames.contains($0) }
    }

    static let nonFiction: Set<Genre> = [.documentary, .reality, .talkShow, .standUp]

    /// A title's folded name without a trailing year in brackets, as
    /// `catalogNames` holds it ("Nature's Great Events (2009)").
    public static func baseName(_ name: String) -> String {
        var trimmed = Substring(name).trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("),
           trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].allSatisfy(\.isNumber) {
            trimmed = String(trimmed[..<open])
        }
        return TextFolding.foldedName(trimmed)
    }

    public static func looksBehindTheScenes(_ description: String) -> Bool {
        let words = DescriptionCues.tokens(description)
        guard words.count >= 3 else { return false }
        for index in 0..<(words.count - 2) where words[index] == "behind" {
            if words[index + 1] == "the" && words[index + 2] == "scenes" { return true }
        }
        return false
    }

    /// Names the title might be about: the part of its own name before a
    /// colon or a dash, what follows "Making" or "Creating" in it, and the
    /// quoted names in its description.
    static func referencedNames(name: String, description: String) -> [String] {
        var names: [String] = []
        for separator in [":", " - ", " – "] {
            if let range = name.range(of: separator) { names.append(baseName(String(name[..<range.lowerBound]))) }
        }
        let words = name.split(separator: " ")
        for (index, word) in words.enumerated() where ["making", "creating"].contains(word.lowercased()) {
            let rest = words[(index + 1)...].joined(separator: " ")
            names.append(baseName(rest))
            if rest.lowercased().hasPrefix("of ") { names.append(baseName(String(rest.dropFirst(3)))) }
        }
        names += quotedPhrases(in: description).map(baseName)
        return names.filter { !$0.isEmpty }
    }

    /// Text between straight or typographic double quotes.
    static func quotedPhrases(in text: String) -> [String] {
        var phrases: [String] = []
        var current: String?
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if let phrase = current {
                    phrases.append(phrase)
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current!.append(character)
            }
        }
        return phrases
    }
}
