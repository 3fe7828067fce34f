import Catalog
import Foundation
import GRDB

/// The index build: a first pass reads what needs the whole catalog (ids for
/// the side files, A–Z ranks, works: `CatalogStream`), then a reading thread
/// parses and folds titles in batches and hands each batch to two writers:
/// the calling thread writes the title table, `SearchIndexBuild` the search
/// index in a file of its own, copied in at the end. No more than a few
/// batches of titles are ever held.
extension CatalogDatabase {
    /// Titles per batch; progress is reported once a batch.
    static let buildBatchSize = 250
    /// FTS5's buffer of words not yet written to the index, during a build.
    static let ftsBufferBytes = 64 << 20

    static func build(_ files: CatalogFiles, stamp: String, quickStamp: String? = nil, at url: URL,
                      progress: ((BuildStep) -> Void)? = nil) throws {
        do {
            BuildTimes.mark("start")
            let catalog = try CatalogStream(files)
            BuildTimes.mark("first pass")
            try ReplacedDatabaseFile.writeInSteps(to: url) { db in
                let search = try SearchIndexBuild(beside: url)
                let total = catalog.titleCount
                // Titles both writers are done with.
                func report(_ written: Int) { progress?(.writing(done: min(written, search.titlesIndexed), total: total)) }
                do {
                    try db.inTransaction {
                        try CatalogSchema.create(db)
                        try insert(catalog, into: db, search: search, report: report)
                        BuildTimes.mark("titles written")
                        try CatalogSchema.createIndexes(db)
                        BuildTimes.mark("title indexes")
                        return .commit
                    }
                    try search.finish(into: db) { report(total) }
                    BuildTimes.mark("search index copied")
                    progress?(.writing(done: total, total: total))
                } catch {
                    // The search thread's own error, when the reader stopped because of it.
                    let searchError = search.abandon()
                    if error is Handoff<[TitleRow], Void>.Cancelled, let searchError { throw searchError }
                    throw error
                }
                try db.inTransaction {
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", arguments: [stamp])
                    if let quickStamp { try saveQuickStamp(quickStamp, in: db) }
                    return .commit
                }
            }
        } catch is CatalogStream.Invalid {
            // The whole reading, for every error with its line.
            _ = try files.read()
            throw StoreError.unreadableFile(path: files.titlesURL.path, reason: "the catalog changed while it was read")
        }
    }

    /// Reads on a thread of its own, writes the title table here and hands
    /// every batch to `search` too.
    private static func insert(_ catalog: CatalogStream, into db: Database, search: SearchIndexBuild,
                               report: (Int) -> Void) throws {
        let handoff = Handoff<[TitleRow], Void>(capacity: 4)
        let reader = Thread {
            let outcome = Result {
                var folding = FoldingCache()
                var batch: [TitleRow] = []
                batch.reserveCapacity(buildBatchSize)
                try catalog.forEachTitle { title in
                    let row = TitleRow(title, in: catalog, folding: &folding)
                    batch.append(row)
                    if batch.count == buildBatchSize {
                        try handoff.put(batch)
                        try search.batches.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty {
                    try handoff.put(batch)
                    try search.batches.put(batch)
                }
            }
            handoff.finish(outcome)
            search.batches.finish(outcome)
        }
        reader.name = "marquee index build reader"
        reader.start()
        do {
            var rows = try TitleRowInserts(db, order: catalog.order)
            var written = 0
            report(0)
            while let batch = try handoff.take() {
                for row in batch {
                    written += 1
                    try rows.insert(row, position: written)
                }
                report(written)
            }
            try handoff.result()
        } catch {
            handoff.cancel()
            throw error
        }
    }
}

/// The build's inserts into the title tables, prepared once.
private struct TitleRowInserts {
    var title: RowInsert
    var mood: RowInsert
    var rating: RowInsert
    let order: CatalogOrder

    init(_ db: Database, order: CatalogOrder) throws {
        title = try RowInsert("""
            INSERT INTO title (position, id, kind, name, folded_name, sort_key, title_rank, year, runtime, seasons,
                               maturity, genres, countries, directors, cast_members, folded_directors, folded_cast,
                               date_added, source, ai_status, ai_note, curated, cues, nicknames, about, work, version_count,
                               genre_mask)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        mood = try RowInsert("""
            INSERT INTO curated_mood (position, tones, valence, energy, logline, standing, audience, judged)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        rating = try RowInsert("INSERT INTO community_rating (position, stars, votes) VALUES (?, ?, ?)", in: db)
        self.order = order
    }

    mutating func insert(_ row: TitleRow, position: Int) throws {
        let item = row.title, index = position - 1
        let versions = Int(order.versionCount[index])
        title.bind(position)
        title.bind(item.id.rawValue)
        title.bind(item.kind.rawValue)
        title.bind(item.name)
        title.bind(row.foldedName)
        title.bind(row.sortKey)
        title.bind(Int(order.rank[index]))
        title.bind(item.year)
        title.bind(item.runtimeMinutes)
        title.bind(item.seasons)
        title.bind(item.maturity.rawValue)
        title.bind(row.genres)
        title.bind(row.countries)
        title.bind(row.directors)
        title.bind(row.cast)
        title.bind(row.foldedDirectors)
        title.bind(row.foldedCast)
        title.bind(row.dateAdded)
        title.bind(item.source)
        title.bind(item.aiUse.code)
        title.bind(item.aiUse.note)
        title.bind(row.curated == nil ? 0 : 1)
        title.bind(row.cues)
        title.bind(row.nicknames)
        title.bind(row.about)
        // Versions are grouped once here, so lists read them instead of working them out.
        title.bind(versions > 1 ? Int(order.work[index]) + 1 : nil)
        title.bind(versions)
        title.bind(row.genreMask)
        try title.run()

        if let stars = row.rating {
            rating.bind(position)
            rating.bind(Double(stars.stars))
            rating.bind(stars.votes)
            try rating.run()
        }
        if let curated = row.curated {
            mood.bind(position)
            mood.bind(ToneCoding.encode(curated.profile.tones))
            mood.bind(Double(curated.profile.point.valence))
            mood.bind(Double(curated.profile.point.energy))
            mood.bind(curated.logline)
            mood.bind(curated.standing?.rawValue)
            mood.bind(curated.madeFor.rawValue)
            mood.bind(curated.method?.rawValue)
            try mood.run()
        }
    }
}
