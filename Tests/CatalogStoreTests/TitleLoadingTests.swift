import Catalog
@testable import CatalogStore
import Foundation
import GRDB
import TestSupport
import Testing

/// Loading reads the columns' bytes through SQLite's C interface (`RowRead`)
/// and splits lists on bytes; it must give what GRDB rows and String
/// splitting gave, value for value, on the real catalog and on awkward text.
@Suite struct TitleLoadingTests {
    // MARK: The reference: the loading as it was before reading bytes.

    static func referenceSplit(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    static func referenceTitle(_ row: Row) -> Title {
        Title(
            id: TitleID(row[0] as String),
            kind: TitleKind(rawValue: row[1]) ?? .movie,
            name: row[2],
            year: row[3],
            runtimeMinutes: row[4],
            seasons: row[5],
            maturity: Maturity(rawValue: row[6]) ?? .notRated,
            genres: referenceSplit(row[7]).compactMap(Genre.init(rawValue:)),
            countries: referenceSplit(row[8]),
            directors: referenceSplit(row[9]),
            cast: referenceSplit(row[10]),
            dateAdded: (row[11] as String?).flatMap(CalendarDate.init(iso:)),
            source: row[12],
            aiUse: AIUse(code: row[13], note: row[14] ?? ""))
    }

    static func referenceTitles(_ database: CatalogDatabase) throws -> [Title] {
        try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(CatalogDatabase.titleColumns) FROM title ORDER BY position").map(referenceTitle)
        }
    }

    static func referenceCues(_ database: CatalogDatabase) throws -> [TitleID: [String]] {
        try database.queue.read { db in
            var cues: [TitleID: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, cues FROM title WHERE cues != ''") {
                cues[TitleID(row[0] as String)] = (row[1] as String).split(separator: ",").map(String.init)
            }
            return cues
        }
    }

    static func referenceMoods(_ database: CatalogDatabase) throws -> [TitleID: CuratedMood] {
        try database.queue.read { db in
            var moods: [TitleID: CuratedMood] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT title.id, tones, valence, energy, logline, standing, audience, judged
                FROM curated_mood JOIN title USING (position)
                """) {
                let point = MoodPoint(valence: Float(row[2] as Double), energy: Float(row[3] as Double))
                moods[TitleID(row[0] as String)] = CuratedMood(
                    profile: MoodProfile(point: point, tones: ToneCoding.decode(row[1]) ?? ToneVector(), source: .curated),
                    logline: row[4], standing: (row[5] as String?).flatMap(Standing.init(rawValue:)),
                    madeFor: MadeFor(rawValue: row[6] as String) ?? .everyone,
                    method: (row[7] as String?).flatMap(CurationMethod.init(rawValue:)))
            }
            return moods
        }
    }

    /// Equal titles, and equal to the byte: Swift's `==` on strings would
    /// let a composed and a decomposed accent pass for each other.
    static func expectSame(_ loaded: [Title], _ reference: [Title]) {
        #expect(loaded.count == reference.count)
        for (title, expected) in zip(loaded, reference) {
            #expect(title == expected, "\(expected.id)")
            let strings = { (title: Title) in
                [title.id.rawValue, title.name, title.source, title.aiUse.note ?? "-"] + title.countries + ["/"] + title.directors
                    + ["/"] + title.cast
            }
            #expect(strings(title).map { Array($0.utf8) } == strings(expected).map { Array($0.utf8) }, "\(expected.id)")
        }
    }

    static func checkAgainstReference(_ database: CatalogDatabase) throws {
        let titles = try database.loadTitles()
        expectSame(titles, try referenceTitles(database))
        #expect(try database.loadCues() == referenceCues(database))
        #expect(try database.loadCuratedMoods() == referenceMoods(database))
        // The lists and single titles read the same columns the same way.
        let positions = [titles.count - 1, 0, titles.count / 2, 7]
        expectSame(try database.titles(at: positions), positions.map { titles[$0] })
        for position in positions {
            let found = try database.positionedTitle(id: titles[position].id)
            #expect(found?.position == position)
            expectSame(found.map { [$0.title] } ?? [], [titles[position]])
        }
        #expect(try database.positionedTitle(id: "no-such-title") == nil)
        for asked in [nil, positions] {
            let columns = try database.listColumns(at: asked)
            let expected = (asked ?? Array(titles.indices)).map { titles[$0] }
            #expect(columns.positions == asked ?? Array(titles.indices))
            #expect(columns.titles.map(\.genres) == expected.map(\.genres))
            #expect(columns.titles.map(\.countries) == expected.map(\.countries))
            #expect(columns.titles.map(\.dateAdded) == expected.map(\.dateAdded))
            #expect(columns.titles.map { "\($0.id) \($0.kind) \($0.year) \(String(describing: $0.runtimeMinutes))" }
                == expected.map { "\($0.id) \($0.kind) \($0.year) \(String(describing: $0.runtimeMinutes))" })
            #expect(columns.titles.map(\.maturity) == expected.map(\.maturity))
            #expect(columns.titles.map(\.aiUse.status) == expected.map(\.aiUse.status))
        }
    }

    @Test func embeddedCatalogLoadsAsTheFilesSayAndAsRowsRead() throws {
        let directory = TemporaryDirectory()
        let files = CatalogFiles(directory: Fixtures.embeddedCatalogDirectory)
        let database = try CatalogDatabase.open(in: directory.url, files: files)
        let content = try files.read()
        Self.expectSame(try database.loadTitles(), content.titles)
        #expect(try database.loadCues() == content.cues.filter { !$0.value.isEmpty })
        try Self.checkAgainstReference(database)
    }

    /// Awkward values written straight into the built table, past what the
    /// catalog files would accept: the loading must still read them as the
    /// String-based code did.
    @Test func awkwardValuesLoadAsTheStringCodeReadThem() throws {
        let directory = TemporaryDirectory()
        let files = CatalogFiles(directory: Fixtures.catalogDirectory)
        _ = try CatalogDatabase.open(in: directory.url, files: files)
        let lists = [
            "", "France", "a||b", "|", "||", "|a", "a|", "Côte d’Ivoire|日本|Россия", "e\u{301}|x", "x|e\u{301}",
            "a|\u{301}b", "a\u{301}|\u{301}b", "👩‍👩‍👧|🇫🇷|x", "🇫🇷|🇩🇪", "\u{600}|a", "a|\u{200D}b", "a|\u{FE0F}", " | ",
            "Zoë Kravitz|Sigourney Weaver|Bong Joon-ho", "tab\there|new\nline", "\u{0}|a", "é|e\u{301}", "long name of a person beyond fifteen bytes|x",
        ]
        let genres = [
            "", "drama", "drama|comedy", "drama||comedy", "drama|\u{301}comedy", "unknown|drama", "Drama", "drama|drama",
            "|", "action-adventure|spanish-language", "dramä|comedy", "comedy|", "\u{212A}orean|korean",
        ]
        let kinds = ["movie", "series", "film", "Movie", "", "séries"]
        let maturities = ["TV-MA", "XX", "", "nr", "NR", "UR", "TV-Y7-FV", "PG-13", "pg-13", "TV\u{2010}MA"]
        let dates: [String?] = [nil, "2020-01-31", "2020-+1-01", "2021-02-30", "", "20200101", "2020-1-01", "٢٠٢٠-01-01",
                                "1799-12-31", "2024-02-29", "2023-02-29", "2020-01-3a", "+020-01-01", "2020-01-01 "]
        let ai: [(String, String?)] = [("used", "a report"), ("none", nil), ("unknown", "ignored"), ("Used", "x"), ("none", "🙂 é"),
                                       ("used", "")]
        let names = ["", "Amélie", "Ame\u{301}lie", "🎬 Film", "before\u{0}after", "a|b", "Ελληνικά", "x\u{301}\u{302}\u{303}"]
        let cues = ["a,,b", ",", "x,\u{301}y", "hello", "a,b,", "é,e\u{301}"]
        let writable = try DatabaseQueue(path: directory.url.appendingPathComponent(CatalogDatabase.fileName).path)
        let count = try writable.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM title") ?? 0
            for position in 1...count {
                let k = position - 1
                let (status, note) = ai[k % ai.count]
                try db.execute(sql: """
                    UPDATE title SET countries = ?, directors = ?, cast_members = ?, genres = ?, kind = ?, maturity = ?,
                        date_added = ?, ai_status = ?, ai_note = ?, name = ?, cues = ?, runtime = ?, seasons = ?
                    WHERE position = ?
                    """, arguments: [lists[k % lists.count], lists[(k + 3) % lists.count], lists[(k * 7 + 1) % lists.count],
                                     genres[k % genres.count], kinds[k % kinds.count], maturities[k % maturities.count],
                                     dates[k % dates.count], status, note, names[k % names.count], cues[k % cues.count],
                                     k % 3 == 0 ? nil : k, k % 4 == 0 ? nil : k % 7, position])
            }
            return count
        }
        #expect(count >= max(lists.count, genres.count, dates.count), "every awkward value is used at least once")
        let database = try CatalogDatabase.open(in: directory.url, files: files)
        #expect(!database.wasBuilt, "the changed table is read, not rebuilt")
        try Self.checkAgainstReference(database)
        // The cases that tell the splits apart, spelled out.
        let titles = try database.loadTitles()
        #expect(titles.contains { $0.countries == ["a", "", "b"] })
        #expect(titles.contains { $0.countries == ["", ""] })
        #expect(titles.contains { $0.countries == ["a|\u{301}b"] }, "a mark after | joins it: no split there")
        #expect(titles.contains { $0.genres == [.drama, .comedy] })
        #expect(titles[2].dateAdded == CalendarDate(year: 2020, month: 1, day: 1), "2020-+1-01: a sign in a field is read as Int reads it")
        #expect(titles.contains { $0.name == "before" }, "text stops at a NUL, as GRDB reads it")
    }

    /// The index's columns in one pass are what a map per column made.
    @Test func titleIndexColumnsAreAsMappedOneByOne() throws {
        let titles = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).readTitles()
        let codes: [AIUseStatus: UInt8] = [.unknown: 0, .used: 1, .none: 2]
        let index = TitleIndex(titles: titles)
        #expect(index.ids == titles.map(\.id))
        #expect(index.kinds == titles.map { $0.kind == .movie ? 0 : 1 })
        #expect(index.years == titles.map { Int16(clamping: $0.year) })
        #expect(index.minutes == titles.map { Int16(clamping: $0.sittingMinutes ?? -1) })
        #expect(index.minimumAges == titles.map { UInt8($0.maturity.minimumAge) })
        #expect(index.genreMasks == titles.map { $0.genres.reduce(0) { $0 | UInt32(1) << UInt32(Genre.allCases.firstIndex(of: $1)!) } })
        #expect(index.added == titles.map { $0.dateAdded.map { Int32($0.dayNumber) } ?? Int32.min })
        #expect(index.aiStatus == titles.map { codes[$0.aiUse.status]! })
        var names: [String] = []
        for title in titles { for country in title.countries where !names.contains(country) { names.append(country) } }
        #expect(index.countryNames == names)
        #expect(index.countryStarts.count == titles.count + 1)
        for (position, title) in titles.enumerated() {
            let numbers = index.countryNumbers[Int(index.countryStarts[position])..<Int(index.countryStarts[position + 1])]
            #expect(numbers.map { index.countryNames[Int($0)] } == title.countries)
        }
    }

    @Test func byteSplitMatchesStringSplitOnItsOwn() {
        let texts = ["", "|", "a", "a|b", "||a||", "é|e\u{301}|\u{301}|x", "🇫🇷|🇩🇪", "a,,b", ",x,", "\u{600}|,a"]
        for text in texts {
            for separator in ["|", ","] as [Character] {
                for keepingEmpty in [true, false] {
                    let bytes = Array(text.utf8)
                    let split = bytes.withUnsafeBufferPointer {
                        ColumnBytes.split($0, on: separator.asciiValue!, keepingEmpty: keepingEmpty)
                    }
                    let expected = text.isEmpty ? [] : text.split(separator: separator, omittingEmptySubsequences: !keepingEmpty)
                        .map(String.init)
                    #expect(split.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(text.debugDescription) \(separator)")
                }
            }
        }
    }
}
