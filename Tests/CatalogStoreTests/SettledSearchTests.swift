import Catalog
@testable import CatalogStore
import GRDB
import TestSupport
import Testing

/// When at least as many titles start with the query as were asked, the
/// title-prefix pass settles the answer: it must then be exactly the best
/// titles of the whole catalog by the ranking, read from a few hundred rows
/// instead of thousands, and a shorter limit must still give the start of a
/// longer answer.
@Suite(.serialized) struct SettledSearchTests {
    static let data = TemporaryDirectory("marquee-settled-search")
    /// As one-shot commands ask: every pass in SQL.
    static let database = try! CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
    /// As the app asks, once its query worker loaded the words and names.
    static let warmed: CatalogDatabase = {
        let database = try! CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
        database.warmUpSearch()
        return database
    }()
    static let both = [database, warmed]

    /// Every title's folded columns, to rank the whole catalog by brute force.
    struct Row {
        var position: Int
        var name: String
        var directors: String
        var cast: String
        var nicknames: String
        var curated: Bool
    }

    static let rows: [Row] = try! database.queue.read { db in
        try GRDB.Row.fetchAll(db, sql: "SELECT position, folded_name, folded_directors, folded_cast, nicknames, curated FROM title")
            .map { Row(position: $0[0], name: $0[1], directors: $0[2], cast: $0[3], nicknames: $0[4], curated: ($0[5] as Int) == 1) }
    }

    /// The best `limit` titles that the query names or that start with it,
    /// ranked over every title of the catalog.
    static func bruteForce(_ query: String, limit: Int) -> [Int] {
        let words = TitleSearch.cappedWords(query).map(TextFolding.searchWord)
        let ranking = MatchRanking(query: words.joined(separator: " "), words: words)
        // Every title that starts with the words or is named by them holds the first word.
        let first = words.first ?? ""
        return rows.filter { $0.name.contains(first) || $0.nicknames.contains(first) }.compactMap { row -> (TitleSearch.MatchQuality, Int, Int, Int)? in
            let quality = ranking.quality(name: row.name, directors: row.directors[...], cast: row.cast[...],
                                          nicknames: row.nicknames[...])
            guard quality <= .titlePrefix else { return nil }
            return (quality, row.curated ? 0 : 1, row.name.split(separator: " ").count, row.position)
        }
        .sorted { $0 < $1 }
        .prefix(limit)
        .map { $0.3 - 1 }
    }

    static let queries = "abcdefghijklmnopqrstuvwxyz".map { String($0) }
        + ["st", "th", "ch", "br", "bl", "ma", "lo", "na", "mu", "ki", "da", "the", "the c", "love", "star", "sp", "an",
           "la", "el", "le", "black m", "gb", "oitnb", "money heist", "the o", "christ", "5", "five"]

    @Test func aSettledAnswerIsTheBestOfTheWholeCatalog() throws {
        let best = Dictionary(uniqueKeysWithValues: Self.queries.map { ($0, Self.bruteForce($0, limit: 200)) })
        for database in Self.both {
            var settled = 0
            for query in Self.queries {
                for limit in [5, 50, 200] {
                    let found = try database.searchMatches(query, limit: limit, pool: CatalogQuery.textCandidateLimit).positions
                    guard database.searchIndex.lastWork.settledByTitlePrefix else { continue }
                    settled += 1
                    #expect(found == Array(best[query]!.prefix(limit)), "'\(query)' limit \(limit)")
                }
            }
            // Most one-letter queries settle at 50 on the embedded catalog.
            #expect(settled > 40, "\(settled)")
        }
    }

    @Test func aShorterLimitIsTheStartOfALongerAnswer() throws {
        for database in Self.both {
            for query in Self.queries {
                let all = try database.searchMatches(query, limit: CatalogQuery.textCandidateLimit,
                                                     pool: CatalogQuery.textCandidateLimit).positions
                for limit in [1, 50, 401] {
                    let few = try database.searchMatches(query, limit: limit, pool: CatalogQuery.textCandidateLimit).positions
                    #expect(few == Array(all.prefix(limit)), "'\(query)' limit \(limit)")
                }
            }
        }
    }

    /// The names in memory answer exactly as the SQL pass, settled or not.
    @Test func theNamesInMemoryAnswerAsTheIndexDoes() throws {
        for query in Self.queries + ["zodiac", "stranger t", "the crown", "xq", "千"] {
            for limit in [5, 200, 401] {
                let stored = try Self.database.searchMatches(query, limit: limit, pool: CatalogQuery.textCandidateLimit)
                let loaded = try Self.warmed.searchMatches(query, limit: limit, pool: CatalogQuery.textCandidateLimit)
                #expect(stored.positions == loaded.positions, "'\(query)' limit \(limit)")
                #expect(stored.isClosest == loaded.isClosest, "'\(query)' limit \(limit)")
            }
        }
    }

    /// The work is counted, not timed: a one-letter word reads about as
    /// many rows as were asked, not the two pools of thousands it used to.
    @Test func aOneLetterWordReadsAboutTheRowsAsked() throws {
        for letter in ["s", "t", "m", "b"] {
            _ = try Self.database.searchMatches(letter, limit: 200, pool: CatalogQuery.textCandidateLimit)
            let work = Self.database.searchIndex.lastWork
            #expect(work.settledByTitlePrefix, "'\(letter)'")
            #expect(work.candidatesRead <= 260, "'\(letter)': \(work.candidatesRead) rows")
            // With the names in memory, only titles nicknamed by the letter are read.
            _ = try Self.warmed.searchMatches(letter, limit: 200, pool: CatalogQuery.textCandidateLimit)
            #expect(Self.warmed.searchIndex.lastWork.settledByTitlePrefix, "'\(letter)'")
            #expect(Self.warmed.searchIndex.lastWork.candidatesRead <= 60, "'\(letter)': \(Self.warmed.searchIndex.lastWork.candidatesRead) rows")
        }
        // Not settled: fewer titles start with the word than were asked.
        _ = try Self.database.searchMatches("zodiac", limit: 200, pool: CatalogQuery.textCandidateLimit)
        #expect(!Self.database.searchIndex.lastWork.settledByTitlePrefix)
    }

    /// A title that a word names by a nickname ranks above titles that only
    /// start with the word, even when enough of those settle the answer.
    @Test func aNicknameStillLeadsASettledAnswer() throws {
        // Initials that begin many other titles ("mon" for Master of None).
        var starts: [Substring: Int] = [:]
        for row in Self.rows {
            for length in 0..<min(6, row.name.count) { starts[row.name.prefix(length + 1), default: 0] += 1 }
        }
        func starting(_ text: String) -> Int { text.count > 6 ? 0 : starts[text[...], default: 0] }
        let initials = Self.rows.filter { row in
            !row.nicknames.isEmpty && !row.nicknames.contains("|") && !row.nicknames.hasPrefix("=") && !row.name.hasPrefix(row.nicknames)
        }
        let nicknamed = try #require(initials.max { starting($0.nicknames) < starting($1.nicknames) })
        try #require(starting(nicknamed.nicknames) > 20)
        for database in Self.both {
            let found = try database.searchMatches(nicknamed.nicknames, limit: 20, pool: CatalogQuery.textCandidateLimit).positions
            #expect(database.searchIndex.lastWork.settledByTitlePrefix)
            #expect(found.prefix(3).contains(nicknamed.position - 1), "'\(nicknamed.nicknames)' should find \(nicknamed.name): \(found)")
        }
    }

    /// Sorting the titles that share the typed start and walking the pass
    /// order until enough are met give the same titles (a million-title
    /// catalog walks; the embedded one, left to itself, sorts).
    @Test func walkingThePassOrderFindsWhatSortingFinds() throws {
        let (sorting, walking) = try Self.database.queue.read { db in
            (try #require(try TitlePrefixIndex(db, walkAbove: .max)), try #require(try TitlePrefixIndex(db, walkAbove: 8)))
        }
        #expect(sorting.count == Self.rows.count)
        for query in Self.queries + ["the ", "the c", "a ", "zz"] {
            for limit in [1, 10, 200, 2_000] {
                let sorted = sorting.titles(startingWith: query, limit: limit)
                let walked = walking.titles(startingWith: query, limit: limit)
                #expect(sorted.map(\.position) == walked.map(\.position), "'\(query)' limit \(limit)")
                #expect(sorted.map(\.quality) == walked.map(\.quality), "'\(query)' limit \(limit)")
            }
        }
    }
}
