import Catalog
import GRDB

/// As-you-type search over titles, people and genres.
///
/// Two passes feed one ranking. A range scan of the indexed folded titles
/// finds titles that start with the query (cheap even for one letter over a
/// million titles); the FTS5 index finds every word match in titles, people
/// and genres, accent- and case-blind, each query word as a prefix. CJK
/// titles are indexed character by character, so any part of one matches.
/// When little is found, indexed words one or two edits away from the
/// query's words are tried too, so "strnger thngs" still finds the show.
///
/// Ranking: how well the title itself matches (exact, starts with, word
/// prefix…), then a person's name, then anything else; among equals, titles
/// with a curated profile (well-known works) first, then shorter titles.
final class TitleSearch: @unchecked Sendable {
    private let queue: DatabaseQueue
    /// Indexed title words, loaded on the first typo (touched only from one
    /// thread at a time: the app's query worker, or a command).
    private var vocabulary: [String]?
    private var vocabularySet: Set<String> = []

    init(queue: DatabaseQueue) {
        self.queue = queue
    }

    /// How closely a title matches; lower is better.
    enum MatchQuality: Int, Comparable {
        /// "stranger" → "Stranger", "matrix" → "The Matrix"
        case exactTitle
        /// "stranger" → "Stranger Things"
        case titleStartsWithWords
        /// "strang" → "Stranger Things"
        case titlePrefix
        /// "things" → "Stranger Things"
        case titleWholeWords
        /// "thin" → "Stranger Things", "千尋" → "千と千尋の神隠し"
        case titleWords
        /// "fincher" → films directed by David Fincher
        case director
        /// "winona" → titles she leads (billed in the first three)
        case leadActor
        /// anyone else in the cast
        case castMember
        /// a genre or part of a name matched
        case elsewhere
        /// only after correcting a typo
        case fuzzy

        static func < (a: MatchQuality, b: MatchQuality) -> Bool { a.rawValue < b.rawValue }
    }

    struct Candidate {
        var position: Int
        var name: String
        var directors: [String]
        var cast: [String]
        var curated: Bool
        var rank: Double
    }

    struct Hit {
        var position: Int
        var quality: MatchQuality
        var curated: Bool
        var titleLength: Int
        var rank: Double
    }

    func search(_ text: String, limit: Int) throws -> [Int] {
        let words = TextFolding.words(text)
        guard !words.isEmpty, limit > 0 else { return [] }
        let query = words.joined(separator: " ")
        var hits: [Int: Hit] = [:]
        func add(_ candidates: [Candidate], fuzzy: Bool) {
            for candidate in candidates where hits[candidate.position] == nil {
                let quality = fuzzy ? .fuzzy : Self.quality(
                    name: candidate.name, directors: candidate.directors, cast: candidate.cast, query: query, words: words)
                hits[candidate.position] = Hit(
                    position: candidate.position, quality: quality, curated: candidate.curated,
                    titleLength: TextFolding.words(candidate.name).count, rank: candidate.rank)
            }
        }
        add(try titlesStarting(with: query, limit: max(limit, 100)), fuzzy: false)
        add(try fullText(Self.expression(words.map { [$0] }), words: words, limit: max(limit * 3, 300)), fuzzy: false)
        if hits.count < 5 {
            // Words one or two edits away, a word split in two ("spiderman"),
            // or two words joined ("god father").
            let alternatives = try words.map { word in [word] + (try similarTerms(to: word)) + (try splits(of: word)) }
            if alternatives.contains(where: { $0.count > 1 }) {
                add(try fullText(Self.expression(alternatives), words: words, limit: max(limit * 3, 300)), fuzzy: true)
            }
            for joined in try joins(of: words) {
                add(try fullText(Self.expression(joined.map { [$0] }), words: joined, limit: max(limit * 3, 300)), fuzzy: true)
            }
        }
        return hits.values
            .sorted { a, b in
                (a.quality, a.curated ? 0 : 1, a.titleLength, a.rank, a.position)
                    < (b.quality, b.curated ? 0 : 1, b.titleLength, b.rank, b.position)
            }
            .prefix(limit)
            .map { $0.position - 1 }
    }

    // MARK: The two passes

    private static let candidateColumns = "title.position, title.name, title.directors, title.cast_members, title.curated"

    private static func candidate(_ row: Row, rank: Double) -> Candidate {
        let directors: String = row[2], cast: String = row[3]
        return Candidate(
            position: row[0], name: row[1],
            directors: directors.isEmpty ? [] : directors.split(separator: "|").map(String.init),
            cast: cast.isEmpty ? [] : cast.split(separator: "|").map(String.init),
            curated: (row[4] as Int) == 1, rank: rank)
    }

    /// Titles whose folded name (with or without a leading article) starts
    /// with the query: an index range scan.
    private func titlesStarting(with query: String, limit: Int) throws -> [Candidate] {
        let pattern = query + "*"
        return try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.candidateColumns) FROM title
                WHERE folded_name GLOB ? OR sort_key GLOB ? LIMIT ?
                """, arguments: [pattern, pattern, limit])
        }.map { Self.candidate($0, rank: 0) }
    }

    /// Word matches from the FTS5 index. Short prefixes match a large part
    /// of a big catalog, so they are not scored by bm25 (that would touch
    /// every match); the ranking above orders what comes back.
    private func fullText(_ expression: String, words: [String], limit: Int) throws -> [Candidate] {
        guard !expression.isEmpty else { return [] }
        let selective = words.allSatisfy { $0.count >= 3 || $0.unicodeScalars.contains(where: TextFolding.isCJK) }
        let order = selective ? "ORDER BY rank" : ""
        let score = selective ? "bm25(title_fts, 10.0, 2.0, 1.0, 10.0)" : "0.0"
        return try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.candidateColumns), \(score)
                FROM title_fts JOIN title ON title.position = title_fts.rowid
                WHERE title_fts MATCH ? \(order) LIMIT ?
                """, arguments: [expression, limit])
        }.map { Self.candidate($0, rank: $0[5]) }
    }

    /// `(a* OR b*) AND c*` from one list of alternatives per query word;
    /// CJK words become one `cjk : "字"` term per character.
    static func expression(_ alternatives: [[String]]) -> String {
        alternatives.map { options -> String in
            let terms = options.map { option -> String in
                let characters = TextFolding.cjkCharacters(option)
                if !characters.isEmpty {
                    let rest = option.unicodeScalars.filter { !TextFolding.isCJK($0) }
                    var parts = characters.map { "cjk : \(quoted($0))" }
                    if !rest.isEmpty { parts.append(quoted(String(String.UnicodeScalarView(rest))) + "*") }
                    return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
                }
                if option.contains(" ") {
                    return "(" + option.split(separator: " ").map { quoted(String($0)) + "*" }.joined(separator: " AND ") + ")"
                }
                return quoted(option) + "*"
            }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    private static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Ranking

    static func quality(name: String, directors: [String], cast: [String], query: String, words: [String]) -> MatchQuality {
        let titleWords = TextFolding.words(name)
        let folded = titleWords.joined(separator: " ")
        let withoutArticle = titleWords.count > 1 && ["the", "a", "an"].contains(titleWords[0])
            ? titleWords.dropFirst().joined(separator: " ") : folded
        if folded == query || withoutArticle == query { return .exactTitle }
        if folded.hasPrefix(query + " ") || withoutArticle.hasPrefix(query + " ") { return .titleStartsWithWords }
        if folded.hasPrefix(query) || withoutArticle.hasPrefix(query) { return .titlePrefix }
        if words.allSatisfy({ word in titleWords.contains(word) }) { return .titleWholeWords }
        if words.allSatisfy({ word in titleWords.contains { $0.hasPrefix(word) } || (isCJKWord(word) && folded.contains(word)) }) {
            return .titleWords
        }
        func named(_ person: String) -> Bool {
            let personWords = TextFolding.words(person)
            return words.allSatisfy { word in personWords.contains { $0.hasPrefix(word) } }
        }
        if directors.contains(where: named) { return .director }
        if cast.prefix(3).contains(where: named) { return .leadActor }
        if cast.contains(where: named) { return .castMember }
        return .elsewhere
    }

    private static func isCJKWord(_ word: String) -> Bool { word.unicodeScalars.contains(where: TextFolding.isCJK) }

    // MARK: Typos

    /// Indexed title words within a small edit distance of `word`.
    private func similarTerms(to word: String) throws -> [String] {
        guard word.count >= 4, !Self.isCJKWord(word) else { return [] }
        let allowed = word.count >= 7 ? 2 : 1
        let terms = try loadVocabulary()
        let target = Array(word.unicodeScalars)
        var found: [(String, Int)] = []
        for term in terms where abs(term.unicodeScalars.count - target.count) <= allowed && term != word {
            let distance = EditDistance.restrictedDamerauLevenshtein(target, Array(term.unicodeScalars), limit: allowed)
            if distance <= allowed { found.append((term, distance)) }
        }
        return found.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(8).map(\.0)
    }

    /// "spiderman" → "spider man" when both halves are indexed title words.
    private func splits(of word: String) throws -> [String] {
        guard word.count >= 6, !Self.isCJKWord(word) else { return [] }
        _ = try loadVocabulary()
        let characters = Array(word)
        return (3...(characters.count - 3)).compactMap { cut in
            let left = String(characters[..<cut]), right = String(characters[cut...])
            return vocabularySet.contains(left) && vocabularySet.contains(right) ? "\(left) \(right)" : nil
        }
    }

    /// Queries with two neighbouring words joined, when the joined word is indexed.
    private func joins(of words: [String]) throws -> [[String]] {
        guard words.count >= 2 else { return [] }
        _ = try loadVocabulary()
        return (0..<(words.count - 1)).compactMap { index in
            let joined = words[index] + words[index + 1]
            guard vocabularySet.contains(joined) else { return nil }
            return Array(words[..<index]) + [joined] + Array(words[(index + 2)...])
        }
    }

    private func loadVocabulary() throws -> [String] {
        if let vocabulary { return vocabulary }
        let terms = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT term FROM title_fts_terms WHERE col = 'name'")
        }
        vocabulary = terms
        vocabularySet = Set(terms)
        return terms
    }
}
