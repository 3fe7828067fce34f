import Catalog

/// Which series of films or shows a title belongs to, from its name alone:
/// "Jaws", "Jaws 2", "Jaws 3-D" and "Jaws: The Revenge" all answer "jaws".
///
/// The key is the folded name before the first colon or dash, without a
/// version tag, a trailing sequel number (2–9, II–X, "Part 2", "3-D") or
/// "the Movie"; a few distinctive series names ("Barbie", "Power Rangers")
/// are the key of any title that starts with them. Nothing else is cut, so titles that merely share a first word
/// ("Love Actually", "Love Is Blind") keep apart, and so do remakes for
/// another country ("The Office (U.S.)", "The Office (U.K.)": separate works
/// with their own casts, not episodes of one series). A leading article stays
/// too: "Circle" and "The Circle" are different films, at the price of
/// missing "The Final Destination". Homonyms do meet ("Solo" and "Solo: A
/// Star Wars Story"); the cap that uses the key only bites at three titles,
/// so a rare false pair costs nothing.
public enum FranchiseKey {
    /// The key, or nil when the name has no letters or digits.
    public static func key(_ name: String) -> String? {
        let untagged = VersionGrouping.baseName(name) ?? name
        var words = TextFolding.words(String(head(untagged)))
        if let first = words.first, seriesFirstWords.contains(first),
           let series = seriesNames.first(where: { words.starts(with: $0) }) {
            return series.joined(separator: " ")
        }
        var trimmed = true
        while trimmed && words.count > 1 {
            trimmed = false
            let last = words[words.count - 1]
            if words.count > 2, numberedParts.contains(words[words.count - 2]),
               sequelMarks.contains(last) || last.allSatisfy(\.isNumber) {
                // "Part 2", "Chapter II", "Vol 1"
                words.removeLast(2)
                trimmed = true
            } else if sequelMarks.contains(last) {
                words.removeLast()
                trimmed = true
            } else if words.count > 2, words[words.count - 1] == "d", sequelMarks.contains(words[words.count - 2]) {
                // "3-D" folds to "3 d"
                words.removeLast(2)
                trimmed = true
            } else if words.count > 2, words[words.count - 2] == "the", words[words.count - 1] == "movie" {
                words.removeLast(2)
                trimmed = true
            }
        }
        guard !words.isEmpty else { return nil }
        let key = words.joined(separator: " ")
        return aliases[key] ?? key
    }

    /// The name up to its first colon or spaced dash: "Tremors 2: Aftershocks"
    /// → "Tremors 2", "Little Singham - Black Shadow" → "Little Singham".
    static func head(_ name: String) -> Substring {
        let scalars = name.unicodeScalars
        var previous: Unicode.Scalar = "x"
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let spacedDash = previous == " " && ["-", "–", "—"].contains(scalar) && next != scalars.endIndex && scalars[next] == " "
            if scalar == ":" || spacedDash {
                let head = name[..<index]
                // A name that opens with its colon (": Zero") keeps all of itself.
                return head.contains(where: { $0.isLetter || $0.isNumber }) ? head : name[...]
            }
            previous = scalar
            index = next
        }
        return name[...]
    }

    /// Sequel marks: small numbers only, so "Apollo 13" never meets
    /// "Apollo 18"; "3d" is "Jaws 3D".
    static let sequelMarks: Set<String> = [
        "2", "3", "4", "5", "6", "7", "8", "9", "3d",
        "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    ]

    static let numberedParts: Set<String> = ["part", "pt", "chapter", "vol", "volume"]

    /// Series whose titles begin with the series' name but not always with a
    /// colon after it ("Barbie Dolphin Magic", "Power Rangers Dino Fury"):
    /// names distinctive enough that no unrelated title starts with them.
    static let seriesNames: [[String]] = [
        "barbie", "beyblade", "chhota bheem", "inuyasha", "kung fu panda", "lego", "little singham", "marvel s",
        "mighty little bheem", "monster high", "motu patlu", "my little pony", "naruto", "pokemon", "power rangers",
        "spirit riding free", "star trek", "star wars", "thomas friends", "transformers", "yu gi oh",
    ].map { $0.split(separator: " ").map(String.init) }

    static let seriesFirstWords = Set(seriesNames.map { $0[0] })

    /// Series whose titles do not share a head: the cheap cases worth naming.
    static let aliases: [String: String] = [
        "the fast and the furious": "fast furious",
        "2 fast 2 furious": "fast furious",
        "fast five": "fast furious",
        "furious": "fast furious",
        "fast and furious": "fast furious",
        "the final destination": "final destination",
    ]
}
