import Catalog
import GRDB

/// As-you-type search over the FTS5 index.
///
/// Every query word matches as a prefix ("strang thi" finds "Stranger
/// Things"), accents and case are ignored by the tokenizer, and results are
/// ranked by how well the title itself matches before people and genres.
/// When a query finds little, words that are one or two edits away from
/// indexed words are tried as well, so small typos still find the title.
final class TitleSearch: @unchecked Sendable {
    private let queue: DatabaseQueue
    private var vocabulary: [String]?

    init(queue: DatabaseQueue) {
        self.queue = queue
    }

    func search(_ query: String, limit: Int) throws -> [Int] {
        let words = TextFolding.words(query)
        guard !words.isEmpty else { return [] }
        let foldedQuery = words.joined(separator: " ")
        var hits = try matches(expression: Self.prefixExpression(words.map { [$0] }), foldedQuery: foldedQuery, limit: limit)
        if hits.count < 5 {
            let alternatives = try words.map { word in [word] + (try similarTerms(to: word)) }
            if alternatives.contains(where: { $0.count > 1 }) {
                let seen = Set(hits.map(\.position))
                let fuzzy = try matches(expression: Self.prefixExpression(alternatives), foldedQuery: foldedQuery, limit: limit)
                hits += fuzzy.filter { !seen.contains($0.position) }.map { hit in
                    var hit = hit
                    hit.quality = max(hit.quality, .fuzzy)
                    return hit
                }
            }
        }
        return hits.prefix(limit).map { $0.position - 1 }
    }

    /// How closely the title itself matches the query; lower is better.
    enum MatchQuality: Int, Comparable {
        /// "stranger" → "Stranger", "matrix" → "The Matrix"
        case exactTitle
        /// "stranger" → "Stranger Things"
        case titleStartsWithWords
        /// "strang" → "Stranger Things"
        case titlePrefix
        /// "things" → "Stranger Things"
        case titleWholeWords
        /// "thin" → "Stranger Things"
        case titleWords
        /// a person or genre matched
        case elsewhere
        case fuzzy
        static func < (a: MatchQuality, b: MatchQuality) -> Bool { a.rawValue < b.rawValue }
    }

    struct Hit {
        var position: Int
        var quality: MatchQuality
        /// Words in the title: among equally good matches the shorter title
        /// is the more likely target ("Stranger Things" before "Stranger than Fiction").
        var titleLength: Int
        var rank: Double
    }

    /// `(a* OR b*) AND c*` from one list of alternatives per query word.
    static func prefixExpression(_ alternatives: [[String]]) -> String {
        alternatives.map { options in
            let terms = options.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    private func matches(expression: String, foldedQuery: String, limit: Int) throws -> [Hit] {
        let candidates = max(limit * 3, 300)
        var hits = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT title_fts.rowid, bm25(title_fts, 10.0, 2.0, 1.0), title.name
                FROM title_fts JOIN title ON title.position = title_fts.rowid
                WHERE title_fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [expression, candidates])
        }.map { row -> Hit in
            let name: String = row[2]
            return Hit(position: row[0], quality: Self.quality(of: name, foldedQuery: foldedQuery),
                       titleLength: TextFolding.words(name).count, rank: row[1])
        }
        hits.sort { ($0.quality, $0.titleLength, $0.rank) < ($1.quality, $1.titleLength, $1.rank) }
        return hits
    }

    static func quality(of name: String, foldedQuery: String) -> MatchQuality {
        let titleWords = TextFolding.words(name)
        let folded = titleWords.joined(separator: " ")
        let withoutArticle = ["the", "a", "an"].contains(titleWords.first ?? "") ? titleWords.dropFirst().joined(separator: " ") : folded
        if folded == foldedQuery || withoutArticle == foldedQuery { return .exactTitle }
        if folded.hasPrefix(foldedQuery + " ") || withoutArticle.hasPrefix(foldedQuery + " ") { return .titleStartsWithWords }
        if folded.hasPrefix(foldedQuery) || withoutArticle.hasPrefix(foldedQuery) { return .titlePrefix }
        let queryWords = foldedQuery.split(separator: " ")
        if queryWords.allSatisfy({ word in titleWords.contains { $0 == word } }) { return .titleWholeWords }
        if queryWords.allSatisfy({ word in titleWords.contains { $0.hasPrefix(word) } }) { return .titleWords }
        return .elsewhere
    }

    /// Indexed words within a small edit distance of `word`.
    private func similarTerms(to word: String) throws -> [String] {
        guard word.count >= 4 else { return [] }
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

    private func loadVocabulary() throws -> [String] {
        if let vocabulary { return vocabulary }
        let terms = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT term FROM title_fts_terms WHERE col = 'name'")
        }
        vocabulary = terms
        return terms
    }
}
