/// Words and short phrases found whole in a text, each standing for a name:
/// the matcher behind `DescriptionCues` and `TopicWords`. Text is read as
/// lowercased runs of letters ("coming-of-age" is "coming of age"); at each
/// word the longest phrase that starts there wins, and its words are used up.
/// A phrase named "" is a blocker: it uses up its words and yields nothing.
struct PhraseLexicon: Sendable {
    /// Phrases by their first word, longest first.
    private let byFirstWord: [String: [(words: [String], name: String)]]

    init(_ phrases: [(form: String, name: String)]) {
        var table: [String: [(words: [String], name: String)]] = [:]
        for (form, name) in phrases {
            let words = Self.tokens(form)
            table[words[0], default: []].append((words, name))
        }
        byFirstWord = table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The names of the phrases in `text`: deduplicated, in text order, at most `limit`.
    func names(in text: String, limit: Int) -> [String] {
        let words = Self.tokens(text)
        var found: [String] = []
        var index = 0
        while index < words.count, found.count < limit {
            guard let (name, length) = longestMatch(in: words, at: index) else {
                index += 1
                continue
            }
            if !name.isEmpty, !found.contains(name) { found.append(name) }
            index += length
        }
        return found
    }

    private func longestMatch(in words: [String], at index: Int) -> (name: String, length: Int)? {
        guard let candidates = byFirstWord[words[index]] else { return nil }
        for candidate in candidates where index + candidate.words.count <= words.count
            && words[index..<index + candidate.words.count].elementsEqual(candidate.words) {
            return (candidate.name, candidate.words.count)
        }
        return nil
    }

    /// Lowercased runs of letters.
    static func tokens(_ text: String) -> [String] {
        text.lowercased().unicodeScalars
            .split { !$0.properties.isAlphabetic }
            .map { String(String.UnicodeScalarView($0)) }
    }
}
