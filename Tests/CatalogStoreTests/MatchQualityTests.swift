import Catalog
@testable import CatalogStore
import GRDB
import TestSupport
import Testing

/// Ranking a candidate visits its words in place (`Tokens`) instead of
/// splitting them into arrays; it must rank every title of the embedded
/// catalog exactly as splitting did, for every kind of query.
@Suite struct MatchQualityTests {
    /// The ranking as it was written with `split`, kept as the reference.
    static func splitting(name: String, directors: Substring, cast: Substring, nicknames: Substring,
                          query: String, words: [String]) -> TitleSearch.MatchQuality {
        let folded = name
        let titleWords = folded.split(separator: " ")
        let withoutArticle: Substring = titleWords.count > 1 && ["the", "a", "an"].contains(titleWords[0])
            ? folded[titleWords[1].startIndex...] : folded[...]
        if folded == query || withoutArticle == query { return .exactTitle }
        let forms = nicknames.isEmpty ? [] : nicknames.split(separator: "|")
        if forms.contains(where: { $0.first == "=" && $0.dropFirst() == query }) { return .alias }
        if folded.hasPrefix(query + " ") || withoutArticle.hasPrefix(query + " ") { return .titleStartsWithWords }
        if !forms.isEmpty {
            let tokens = forms.flatMap { ($0.first == "=" ? $0.dropFirst() : $0).split(separator: " ") }
            var named = false
            let covered = words.allSatisfy { word in
                if tokens.contains(where: { $0 == word }) { named = true; return true }
                return titleWords.contains { $0.hasPrefix(word) }
            }
            if covered && named { return .nickname }
        }
        if folded.hasPrefix(query) || withoutArticle.hasPrefix(query) { return .titlePrefix }
        if words.allSatisfy({ word in titleWords.contains { $0 == word } }) { return .titleWholeWords }
        if words.allSatisfy({ word in titleWords.contains { $0.hasPrefix(word) } || (TitleSearch.isCJKWord(word) && folded.contains(word)) }) {
            return .titleWords
        }
        func named(_ person: Substring) -> Bool {
            let personWords = person.split(separator: " ")
            return words.allSatisfy { word in personWords.contains { $0.hasPrefix(word) } }
        }
        if directors.split(separator: "|").contains(where: named) { return .director }
        let castMembers = cast.split(separator: "|")
        if castMembers.prefix(3).contains(where: named) { return .leadActor }
        if castMembers.contains(where: named) { return .castMember }
        return .elsewhere
    }

    @Test func visitingWordsInPlaceRanksEveryTitleAsSplittingDid() throws {
        let data = TemporaryDirectory("marquee-match-quality")
        let database = try CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
        let rows = try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT folded_name, folded_directors, folded_cast, nicknames FROM title")
        }
        #expect(rows.count > 8_000)
        // Queries of every shape: one and two letters, whole and half words, several words,
        // names of people, articles, nicknames and aliases of real titles, CJK.
        var queries = "abcdefghijklmnopqrstuvwxyz".map { String($0) }
        queries += ["st", "th", "br", "ch", "the", "the c", "stranger", "stranger t", "stranger things", "a", "an",
                    "crown", "the crown", "black mirror", "bre", "breaking bad", "office", "the office", "love",
                    "tom", "tom hanks", "meryl", "scorsese", "nolan", "bong", "kim", "park", "gbbo", "gbb", "himym",
                    "lotr", "got", "it", "up", "her", "us", "war", "world war", "spider man", "amelie", "千", "東京"]
        var compared = 0
        var seen: Set<TitleSearch.MatchQuality> = []
        for row in rows {
            let name: String = row[0], directors: String = row[1], cast: String = row[2], nicknames: String = row[3]
            for query in queries {
                let words = query.split(separator: " ").map(String.init)
                let expected = Self.splitting(name: name, directors: directors[...], cast: cast[...], nicknames: nicknames[...],
                                              query: query, words: words)
                let got = TitleSearch.quality(name: name, directors: directors[...], cast: cast[...], nicknames: nicknames[...],
                                              query: query, words: words)
                if got != expected {
                    Issue.record("\(name) for '\(query)': \(got), splitting gave \(expected)")
                    return
                }
                seen.insert(got)
                compared += 1
            }
        }
        #expect(compared > 500_000)
        // Every rank was reached, so every branch was compared.
        #expect(seen.count >= 10, "\(seen)")
    }
}
