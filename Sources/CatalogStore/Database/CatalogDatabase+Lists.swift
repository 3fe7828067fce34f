import Catalog
import GRDB

/// What a list needs from the index without the whole catalog in memory:
/// the columns that filter and order titles, and full titles only for the
/// rows that are shown. One-shot commands answer from these (issue 13).
extension CatalogDatabase {
    /// The filtering and ordering columns of some titles, in the order asked.
    public struct ListColumns: Sendable {
        /// 0-based catalog positions.
        public var positions: [Int]
        /// Titles holding only what `TitleIndex` reads: id, kind, year, length,
        /// maturity, genres, countries, date added and AI use (no names or people).
        public var titles: [Title]
        /// Places in A–Z order, as `loadTitleRanks`.
        public var ranks: [Int32]
        /// Each title's work representative (0-based), nil without other versions.
        public var works: [Int?]
        /// Titles of each one's work, 1 for most.
        public var versionCounts: [Int]
    }

    /// The list columns of the titles at `positions` (0-based, in that
    /// order; unknown positions are left out), or of every title in catalog
    /// order when `positions` is nil — then only of those that can pass
    /// `filter`: its kind, genres and years are asked of SQLite, so a
    /// filter over a million titles reads the few that pass. The caller
    /// still applies the whole filter (`TitleIndex`), which these
    /// conditions only anticipate.
    public func listColumns(at positions: [Int]?, narrowedBy filter: TitleFilter = TitleFilter()) throws -> ListColumns {
        try read { db in
            var columns = ListColumns(positions: [], titles: [], ranks: [], works: [], versionCounts: [])
            let select = """
                SELECT position, kind, year, runtime, seasons, maturity, genres, countries, date_added, ai_status,
                       title_rank, work, version_count, id FROM title
                """
            typealias Entry = (position: Int, title: Title, rank: Int32, work: Int?, versions: Int)
            func entry(_ row: RowRead) -> Entry {
                let title = Title(
                    id: TitleID(row.text(13)), kind: Self.kinds.value(row.bytes(1)) ?? .movie, name: "", year: row.int(2),
                    runtimeMinutes: row.optionalInt(3), seasons: row.optionalInt(4),
                    maturity: Self.maturities.value(row.bytes(5)) ?? .notRated,
                    genres: Self.genreList(row.bytes(6)), countries: Self.list(row.bytes(7)), directors: [], cast: [],
                    dateAdded: row.isNull(8) ? nil : ColumnBytes.date(row.bytes(8)),
                    source: "", aiUse: Self.aiUse(code: row.bytes(9), note: { "" }))
                return (row.int(0) - 1, title, Int32(truncatingIfNeeded: row.int(10)), row.optionalInt(11).map { $0 - 1 }, row.int(12))
            }
            func append(_ entry: Entry) {
                columns.positions.append(entry.position)
                columns.titles.append(entry.title)
                columns.ranks.append(entry.rank)
                columns.works.append(entry.work)
                columns.versionCounts.append(entry.versions)
            }
            guard let positions else {
                var conditions: [String] = [], arguments: [DatabaseValueConvertible] = []
                if filter.kinds.count == 1, let kind = filter.kinds.first {
                    conditions.append("kind = ?")
                    arguments.append(kind.rawValue)
                }
                let mask = Int(Genre.mask(filter.genres))
                if mask != 0 {
                    conditions.append("genre_mask & ? = ?")
                    arguments += [mask, mask]
                }
                if let years = filter.years {
                    conditions.append("year BETWEEN ? AND ?")
                    arguments += [years.lowerBound, years.upperBound]
                }
                let narrowing = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
                let rows = try RowRead(select + narrowing + " ORDER BY position", arguments: StatementArguments(arguments), in: db)
                while try rows.step() { append(entry(rows)) }
                return columns
            }
            var found: [Int: Entry] = [:]
            try Self.forEachRead(db, sql: select, at: positions, column: "position") { row in
                let read = entry(row)
                found[read.position] = read
            }
            for position in positions { if let read = found[position] { append(read) } }
            return columns
        }
    }

    /// The full titles at `positions` (0-based), in that order; unknown positions are left out.
    public func titles(at positions: [Int]) throws -> [Title] {
        try read { db in
            let found = Dictionary(try titles(db, at: positions), uniquingKeysWith: { first, _ in first })
            return positions.compactMap { found[$0] }
        }
    }

    /// Each title's work representative (0-based), for every title in
    /// catalog order: the grouping the build worked out once.
    public func loadWorks() throws -> [Int] {
        try read { db in
            var works: [Int] = []
            let rows = try RowRead("SELECT position, work FROM title ORDER BY position", in: db)
            while try rows.step() { works.append((rows.optionalInt(1) ?? rows.int(0)) - 1) }
            return works
        }
    }

    /// Runs `sql` for every row, read through `RowRead`, or (with
    /// `positions`, 0-based) for the rows whose `column` is one of them, a
    /// few thousand at a time; `joiner` adds the condition to a statement
    /// that already has a WHERE.
    static func forEachRead(_ db: Database, sql: String, at positions: [Int]?, column: String, joiner: String = "WHERE",
                            _ body: (RowRead) throws -> Void) throws {
        guard let positions else {
            let rows = try RowRead(sql, in: db)
            while try rows.step() { try body(rows) }
            return
        }
        for chunk in chunks(of: positions) {
            let rows = try RowRead(sql + " \(joiner) \(column) IN (\(placeholders(chunk.count)))",
                                   arguments: StatementArguments(chunk.map { $0 + 1 }), in: db)
            while try rows.step() { try body(rows) }
        }
    }

    /// The title with this id and its position (0-based), read from the index alone.
    public func positionedTitle(id: TitleID) throws -> (position: Int, title: Title)? {
        try read { db in
            let rows = try RowRead("SELECT \(Self.titleColumns), position FROM title WHERE id = ?", arguments: [id.rawValue], in: db)
            return try rows.step() ? (rows.int(15) - 1, Self.title(from: rows)) : nil
        }
    }

    /// The work representative (0-based) of each title at `positions` that
    /// has other versions; titles without are absent.
    public func works(at positions: [Int]) throws -> [Int: Int] {
        try read { db in
            var works: [Int: Int] = [:]
            try Self.forEachRead(db, sql: "SELECT position, work FROM title WHERE work IS NOT NULL", at: positions,
                                 column: "position", joiner: "AND") { works[$0.int(0) - 1] = $0.int(1) - 1 }
            return works
        }
    }

    /// Every title of the work the title at `position` belongs to (0-based,
    /// catalog order); just `[position]` for a title without versions.
    public func versionPositions(of position: Int) throws -> [Int] {
        try read { db in
            guard let work = try Int.fetchOne(db, sql: "SELECT work FROM title WHERE position = ?", arguments: [position + 1])
            else { return [position] }
            return try Int.fetchAll(db, sql: "SELECT position - 1 FROM title WHERE work = ? ORDER BY position", arguments: [work])
        }
    }

    /// Positions (0-based, ascending) of the titles that may be similar to
    /// `title` by `SimilarCandidates`: genres near its own (an index look-up
    /// per genre set) and people it shares (the search index's people,
    /// then checked name by name), plus the titles with the ids in `linked`.
    public func similarCandidatePositions(to title: Title, linked: [TitleID] = []) throws -> [Int] {
        try read { db in
            var found: Set<Int> = []
            // At most 407 genre sets (28 genres, two changes): one statement.
            let masks = SimilarCandidates.genreMasks(near: Genre.mask(title.genres))
            if !masks.isEmpty {
                let rows = try Int.fetchCursor(db, sql: "SELECT position FROM title WHERE genre_mask IN (\(Self.placeholders(masks.count)))",
                                               arguments: StatementArguments(masks.map { Int($0) }))
                while let position = try rows.next() { found.insert(position - 1) }
            }
            let people = SimilarCandidates.people(of: title)
            let names = Set(people.directors.union(people.cast).map(TextFolding.foldedName).filter { !$0.isEmpty })
            var sharing: Set<Int> = []
            for name in names {
                let phrase = "people : \"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let rows = try Int.fetchCursor(db, sql: "SELECT rowid FROM title_fts WHERE title_fts MATCH ?", arguments: [phrase])
                while let position = try rows.next() {
                    if !found.contains(position - 1) { sharing.insert(position - 1) }
                }
            }
            // The search index folds names; the rule compares them as written.
            if !sharing.isEmpty {
                for other in try titles(db, at: Array(sharing)) where SimilarCandidates.sharesPeople(people, with: other.title) {
                    found.insert(other.position)
                }
            }
            for id in linked {
                if let position = try Int.fetchOne(db, sql: "SELECT position FROM title WHERE id = ?", arguments: [id.rawValue]) {
                    found.insert(position - 1)
                }
            }
            return found.sorted()
        }
    }

    private func titles(_ db: Database, at positions: [Int]) throws -> [(position: Int, title: Title)] {
        var result: [(position: Int, title: Title)] = []
        try Self.forEachRead(db, sql: "SELECT \(Self.titleColumns), position FROM title", at: positions, column: "position") { row in
            result.append((row.int(15) - 1, Self.title(from: row)))
        }
        return result
    }

    /// Bound parameters per statement stay well under SQLite's limit.
    static func chunks(of positions: [Int]) -> [ArraySlice<Int>] {
        stride(from: 0, to: positions.count, by: 5_000).map { positions[$0..<min($0 + 5_000, positions.count)] }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
