import Foundation
import GRDB

/// The search half of the index build: FTS5 and the word tables filled on a
/// thread and connection of their own, into a file of their own (SQLite lets
/// one connection write a file at a time), then copied into catalog.sqlite.
/// FTS5 is most of the build's writing; this way it runs beside the title
/// table's writer instead of after each of its rows.
final class SearchIndexBuild: @unchecked Sendable {
    /// title_fts's shadow tables and the tables worked out from it, copied whole.
    static let copiedTables = ["title_fts_data", "title_fts_idx", "title_fts_docsize", "title_fts_config",
                               "search_term", "search_typo_word", "search_typo"]

    /// The reading thread's batches, in title order.
    let batches = Handoff<[TitleRow], Void>(capacity: 4)
    private let url: URL
    private let condition = NSCondition()
    private var indexed = 0
    private var thread: BuildThread?

    /// Starts the thread; it waits for `batches`.
    init(beside catalog: URL) throws {
        url = PrivateFiles.temporaryURL(for: catalog.deletingLastPathComponent().appendingPathComponent("catalog-search.sqlite"))
        try? FileManager.default.removeItem(at: url)
        try PrivateFiles.createEmpty(url)
        thread = BuildThread(name: "marquee index build search") { [self] in try fill() }
    }

    /// Titles in the index so far.
    var titlesIndexed: Int {
        condition.lock()
        defer { condition.unlock() }
        return indexed
    }

    private func fill() throws {
        do {
            // FTS5 appends its segments and keeps its own 64 MB buffer of words:
            // a small page cache is enough, and keeps the build's peak memory down.
            let queue = try DatabaseQueue(path: url.path, configuration: ReplacedDatabaseFile.buildConfiguration(cacheMegabytes: 16))
            try queue.write { db in
                try CatalogSchema.createSearch(db)
                // FTS5 writes its pending words out as a new segment whenever they
                // fill this much memory (1 MB by default), and merges segments as
                // they pile up: a larger buffer means far fewer segments to merge.
                // Same index, same answers; the setting is kept in title_fts_config.
                try db.execute(sql: "INSERT INTO title_fts (title_fts, rank) VALUES ('hashsize', ?)",
                               arguments: [CatalogDatabase.ftsBufferBytes])
                var insert = try RowInsert("""
                    INSERT INTO title_fts (rowid, name, people, genres, cjk, nicknames, about) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, in: db)
                var position = 0
                while let batch = try batches.take() {
                    for row in batch {
                        position += 1
                        insert.bind(position)
                        insert.bind(row.indexedName)
                        insert.bind(row.people)
                        insert.bind(row.genreNames)
                        insert.bind(row.cjk)
                        // As stored: the tokenizer splits at "|" and "=" as at spaces, so the
                        // index holds the same words as with them replaced (and no copy is made).
                        insert.bind(row.nicknames)
                        insert.bind(row.about)
                        try insert.run()
                    }
                    condition.lock()
                    indexed = position
                    condition.unlock()
                }
                try batches.result()
                BuildTimes.mark("search: rows indexed")
                try db.execute(sql: "INSERT INTO search_term (term, docs) SELECT term, doc FROM title_fts_terms")
                BuildTimes.mark("search: search_term")
                try TypoNeighbourhood.fillTables(db)
                BuildTimes.mark("search: typo tables")
            }
            try queue.close()
        } catch {
            batches.cancel()
            throw error
        }
    }

    /// Waits for the search half (`tick` runs meanwhile on this thread), then
    /// copies its tables into the catalog's connection `db`, which must be
    /// outside a transaction (ATTACH needs that) and must not have read
    /// title_fts yet (FTS5 would keep the empty index it read).
    func finish(into db: Database, tick: () -> Void) throws {
        try thread?.join(tick: tick)
        thread = nil
        try db.execute(sql: "ATTACH DATABASE ? AS search_build", arguments: [url.path])
        do {
            try db.inTransaction {
                for table in Self.copiedTables {
                    // Same columns in both files: SQLite copies the records without decoding them.
                    try db.execute(sql: "DELETE FROM main.\(table); INSERT INTO main.\(table) SELECT * FROM search_build.\(table)")
                }
                try db.execute(sql: "INSERT INTO main.meta (key, value) SELECT key, value FROM search_build.meta")
                return .commit
            }
        } catch {
            try? db.execute(sql: "DETACH DATABASE search_build")
            throw error
        }
        try db.execute(sql: "DETACH DATABASE search_build")
        remove()
    }

    /// After a failure: stops the thread (the reader has finished or been
    /// cancelled, so `batches` ends), removes the file and gives the thread's
    /// own error, if it failed.
    @discardableResult
    func abandon() -> Error? {
        batches.cancel()
        defer { thread = nil; remove() }
        do { try thread?.join() } catch { return error }
        return nil
    }

    private func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
