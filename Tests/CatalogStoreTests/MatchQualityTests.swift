import Catalog
@testable import CatalogStore
import GRDB
import TestSupport
import Testing

/// Ranking a candidate compares bytes of its folded text (`MatchRanking`)
/// instead of splitting it into words of characters; it must rank every
/// title of the embedded catalog exactly as splitting did, for every kind
/// of query.
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

    @Test func comparingBytesRanksEveryTitleAsSplittingDid() throws {
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
                let got = MatchRanking(query: query, words: words)
                    .quality(name: name, directors: directors[...], cast: cast[...], nicknames: nicknames[...])
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

    /// Where bytes and characters part: a query that ends inside a
    /// character cluster of the title's word still begins the word (the FTS
    /// index, which found the candidate, matches bytes too).
    @Test func aQueryEndingInsideAClusterBeginsTheWord() {
        let name = "தமிழ் படம்"
        let ranking = MatchRanking(query: "தம", words: ["தம"])
        #expect(!name.hasPrefix("தம"), "as characters, the cluster மி is not ம")
        #expect(ranking.quality(name: name, directors: "", cast: "", nicknames: "") == .titlePrefix)
        let second = MatchRanking(query: "பட", words: ["பட"])
        #expect(second.quality(name: name, directors: "", cast: "", nicknames: "") == .titleWords)
        let person = MatchRanking(query: "தம", words: ["தம"])
        #expect(person.quality(name: "x", directors: "", cast: "a b|c d|e f|தமிழ் செல்வன்", nicknames: "") == .castMember)
    }

    /// Multi-byte folded text ranks by whole words, articles and aliases as
    /// ASCII does.
    @Test func multiByteTitlesRankLikeASCII() {
        func quality(_ query: String, _ name: String, nicknames: Substring = "") -> TitleSearch.MatchQuality {
            MatchRanking(query: query, words: query.split(separator: " ").map(String.init))
                .quality(name: name, directors: "", cast: "", nicknames: nicknames)
        }
        #expect(quality("東京", "東京") == .exactTitle)
        #expect(quality("красная", "the красная жара") == .titleStartsWithWords)
        #expect(quality("жара", "the красная жара") == .titleWholeWords)
        #expect(quality("жа", "the красная жара") == .titleWords)
        #expect(quality("кж", "the красная жара", nicknames: "кж|=red heat") == .nickname)
        #expect(quality("red heat", "the красная жара", nicknames: "кж|=red heat") == .alias)
        #expect(quality("an", "an") == .exactTitle)
        #expect(quality("a", "a b") == .titleStartsWithWords)
    }

    /// `word` begins the text or follows a space, `|` or `=` (as written
    /// with Foundation's `range(of:)` before bytes were compared).
    static func startsAWordByRange(_ word: String, in text: Substring) -> Bool {
        var searchStart = text.startIndex
        while let found = text[searchStart...].range(of: word) {
            if found.lowerBound == text.startIndex { return true }
            let before = text[text.index(before: found.lowerBound)]
            if before == " " || before == "|" || before == "=" { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    @Test func findingWordStartsByBytesAgreesWithFindingThemByRange() throws {
        let data = TemporaryDirectory("marquee-word-starts")
        let database = try CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
        let rows = try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT folded_name, folded_directors, folded_cast, nicknames FROM title")
        }
        let words = ["a", "s", "t", "st", "th", "o", "of", "mi", "an", "the", "ki", "park", "kim", "千", "gb", "x", "ny"]
        var found = 0
        for row in rows {
            for column in 0..<4 {
                let text: String = row[column]
                for word in words {
                    let expected = Self.startsAWordByRange(word, in: text[...])
                    if MatchRanking.startsAWord(Array(word.utf8), in: text[...]) != expected {
                        Issue.record("'\(word)' in '\(text)': bytes disagree with range(of:), which said \(expected)")
                        return
                    }
                    if expected { found += 1 }
                }
            }
        }
        #expect(found > 10_000)
    }
}
