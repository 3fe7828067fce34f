import Catalog
@testable import CatalogStore
import Foundation
import GRDB
import TestSupport
import Testing

/// The index build streams the catalog files: it must refuse what the whole
/// reading refuses, with the same errors, and read lines however the file's
/// chunks fall.
@Suite struct IndexBuildTests {
    static let header = CatalogFileFormat.columns.joined(separator: "\t")

    static func line(_ id: String, _ name: String, year: String = "2020") -> String {
        [id, "movie", name, year, "", "", "PG", "drama", "France", "", "", "", "test"].joined(separator: "\t")
    }

    static func errors(of files: CatalogFiles) throws -> [String] {
        try files.check().diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    /// Opening (which builds) throws `CatalogFiles.read`'s errors, every one.
    static func expectRefused(_ files: CatalogFiles, in data: TemporaryDirectory) throws {
        let expected = try errors(of: files)
        #expect(!expected.isEmpty)
        #expect {
            try CatalogDatabase.open(in: data.url, files: files)
        } throws: { error in
            guard case let .invalidCatalog(diagnostics)? = error as? StoreError else { return false }
            return diagnostics.map(\.description) == expected
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).isEmpty, "no half-built file is left")
    }

    @Test func titleErrorsAreThoseOfTheWholeReading() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        let files = CatalogFiles(directory: catalog.url)
        let text = [Self.header, Self.line("a-2020", "Alpha"), Self.line("b-2020", "Beta", year: "20x0"),
                    Self.line("a-2020", "Alpha again"), "c-2020\tmovie"].joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: files.titlesURL)
        try Self.expectRefused(files, in: data)
    }

    @Test func sideFileErrorsAreThoseOfTheWholeReading() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        let files = CatalogFiles(directory: catalog.url)
        try Data(([Self.header, Self.line("a-2020", "Alpha")].joined(separator: "\n") + "\n").utf8).write(to: files.titlesURL)
        try Data("id\taliases\nnobody-1999\tzz\n".utf8).write(to: files.aliasesURL)
        try Self.expectRefused(files, in: data)
    }

    @Test func aliasesTheTitleGivesAnywayAreDroppedAsBefore() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        let files = CatalogFiles(directory: catalog.url)
        try Data(([Self.header, Self.line("gbbo-2010", "The Great British Baking Show")].joined(separator: "\n") + "\n").utf8)
            .write(to: files.titlesURL)
        try Data("id\taliases\ngbbo-2010\tgbbs,bake off\n".utf8).write(to: files.aliasesURL)
        let database = try CatalogDatabase.open(in: data.url, files: files)
        let stored = try database.queue.read { try String.fetchOne($0, sql: "SELECT nicknames FROM title") }
        let content = try files.read()
        let title = try #require(content.titles.first)
        #expect(stored == Nicknames.column(name: title.name, aliases: content.aliases[title.id] ?? []))
        #expect(stored?.contains("=bake off") == true)
        #expect(stored?.contains("=gbbs") == false, "the initials find it without an alias")
    }

    @Test func progressEndsWithEveryTitleWritten() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        let files = CatalogFiles(directory: catalog.url)
        let count = CatalogDatabase.buildBatchSize * 2 + 7
        let lines = (0..<count).map { Self.line("t\($0)-2020", "Title \($0)") }
        try Data(([Self.header] + lines).joined(separator: "\n").utf8).write(to: files.titlesURL)  // no final line feed
        var steps: [CatalogDatabase.BuildStep] = []
        let database = try CatalogDatabase.open(in: data.url, files: files) { steps.append($0) }
        #expect(database.titleCount == count)
        #expect(steps.first == .reading)
        #expect(steps.last == .writing(done: count, total: count))
        #expect(try database.loadTitleRanks().sorted() == (0..<count).map(Int32.init))
    }

    /// The search index is filled in a file of its own and copied in: the
    /// copy must be a whole, consistent FTS5 index, its word tables must be
    /// those of the index, and the file it was filled in must be gone.
    @Test func searchIndexIsCopiedWholeIntoTheCatalog() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        let files = CatalogFiles(directory: catalog.url)
        let count = CatalogDatabase.buildBatchSize * 3 + 11
        let lines = (0..<count).map { Self.line("t\($0)-2020", $0 == 5 ? "Amélie Returns" : "Title \($0) Story") }
        try Data(([Self.header] + lines).joined(separator: "\n").utf8).write(to: files.titlesURL)
        let database = try CatalogDatabase.open(in: data.url, files: files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0 != "catalog.sqlite" }.isEmpty,
                "only catalog.sqlite is left")
        // integrity-check is written as an insert: it needs a connection that may write.
        let writable = try DatabaseQueue(path: data.url.appendingPathComponent("catalog.sqlite").path)
        try writable.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO title_fts (title_fts) VALUES ('integrity-check')")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM title_fts_docsize") == count)
            let terms = try Row.fetchAll(db, sql: "SELECT term, doc FROM title_fts_terms ORDER BY term")
            let stored = try Row.fetchAll(db, sql: "SELECT term, docs FROM search_term ORDER BY term")
            #expect(terms.map { [$0[0] as String, String($0[1] as Int)] } == stored.map { [$0[0] as String, String($0[1] as Int)] })
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM search_typo_word") == stored.count)
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM title_fts WHERE title_fts MATCH 'amel*'") == [6])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM title_fts WHERE title_fts MATCH 'story'") == count - 1)
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'typo_bucket_bits'") != nil)
        }
        try writable.close()
        #expect(try database.search("amelie", limit: 5).first == 5)
    }

    @Test func linesAreWholeWhereverTheChunksEnd() throws {
        let folder = TemporaryDirectory()
        let url = folder.url.appendingPathComponent("lines.txt")
        // Lines across the chunk ends, one longer than two chunks, an empty
        // one, CR LF kept for the TSV reader, no final line feed.
        let expected = ["first", String(repeating: "x", count: 40), "", "third\r"] + (0..<300).map { "line \($0)" } + ["last"]
        try Data(expected.joined(separator: "\n").utf8).write(to: url)
        for chunkSize in [1, 7, 16, 4096] {
            var read: [String] = []
            try FileLines.forEach(in: url, chunkSize: chunkSize) { bytes in
                read.append(String(decoding: bytes, as: UTF8.self))
                return true
            }
            #expect(read == expected, "chunks of \(chunkSize) bytes")
        }
    }
}
