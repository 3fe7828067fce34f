import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

@Suite struct CatalogDatabaseTests {
    static func openFixture(in directory: TemporaryDirectory) throws -> CatalogDatabase {
        try CatalogDatabase.open(in: directory.url, files: CatalogFiles(directory: Fixtures.catalogDirectory))
    }

    static func names(_ database: CatalogDatabase, _ query: String, limit: Int = 5) throws -> [String] {
        let titles = try database.loadTitles()
        return try database.search(query, limit: limit).map { titles[$0].name }
    }

    @Test func buildsOnceThenReuses() throws {
        let directory = TemporaryDirectory()
        let first = try Self.openFixture(in: directory)
        #expect(first.wasBuilt)
        #expect(try first.loadTitles().count == (try Fixtures.fixtureTitles()).count)
        let second = try Self.openFixture(in: directory)
        #expect(!second.wasBuilt)
    }

    @Test func rebuildsWhenTheCatalogChanges() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        var titles = try Fixtures.fixtureTitles()
        try CatalogFileWriter().write(titles, to: catalog.url)
        let files = CatalogFiles(directory: catalog.url)
        #expect(try CatalogDatabase.open(in: data.url, files: files).wasBuilt)
        titles.removeLast()
        try CatalogFileWriter().write(titles, to: catalog.url)
        let rebuilt = try CatalogDatabase.open(in: data.url, files: files)
        #expect(rebuilt.wasBuilt)
        #expect(rebuilt.titleCount == titles.count)
    }

    /// A one-shot command asks the stored words; the app loads them into
    /// memory first. Both must find the same titles with the same work.
    @Test func storedAndLoadedWordsAnswerAlike() throws {
        let folder = TemporaryDirectory()
        let cold = try Self.openFixture(in: folder)
        let warm = try Self.openFixture(in: folder)
        warm.warmUpSearch()
        let queries = ["strnger thngs", "stranger", "spiderman", "god father", "the ofice", "amelei", "hereditery",
                       "s", "st", "th", "mindhuntr", "qqqzzzxxx", "korean zombie", "the", "totoro neighbour"]
        for query in queries {
            let answer = try cold.searchMatches(query, limit: 50)
            var work = cold.searchIndex.lastWork
            #expect(try warm.searchMatches(query, limit: 50) == answer, "\(query)")
            // Rows read differ: the app has every title's name in memory too.
            var warmWork = warm.searchIndex.lastWork
            #expect(warmWork.candidatesRead <= work.candidatesRead, "\(query)")
            (work.candidatesRead, warmWork.candidatesRead) = (0, 0)
            #expect(warmWork == work, "\(query)")
        }
        #expect(try !cold.searchMatches("strnger thngs", limit: 5).positions.isEmpty, "typos are mended from the stored words")
    }

    @Test func newTimesOnTheSameBytesReuseTheIndex() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        try CatalogFileWriter().write(try Fixtures.fixtureTitles(), to: catalog.url)
        let files = CatalogFiles(directory: catalog.url)
        #expect(try CatalogDatabase.open(in: data.url, files: files).wasBuilt)
        let before = files.quickStamp()
        // A checkout or copy: the same bytes with another modification time.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                              ofItemAtPath: files.titlesURL.path)
        #expect(files.quickStamp() != before)
        #expect(try !CatalogDatabase.open(in: data.url, files: files).wasBuilt, "the hash says nothing changed")
        #expect(try !CatalogDatabase.open(in: data.url, files: files).wasBuilt)
        // New bytes of the same size, with the old time put back, are the
        // quick stamp's blind spot; new bytes with a new time rebuild.
        var text = try String(contentsOf: files.titlesURL, encoding: .utf8)
        text = text.replacingOccurrences(of: "Stranger Things", with: "Stranger Thingz")
        try Data(text.utf8).write(to: files.titlesURL)
        let rebuilt = try CatalogDatabase.open(in: data.url, files: files)
        #expect(rebuilt.wasBuilt)
        #expect(try rebuilt.search("thingz").isEmpty == false)
    }

    @Test func aBrokenCatalogFailsAndLeavesTheOldDatabase() throws {
        let data = TemporaryDirectory(), catalog = TemporaryDirectory()
        try CatalogFileWriter().write(try Fixtures.fixtureTitles(), to: catalog.url)
        let files = CatalogFiles(directory: catalog.url)
        _ = try CatalogDatabase.open(in: data.url, files: files)
        let broken = CatalogFileFormat.columns.joined(separator: "\t") + "\nbad id\tmovie\tX\t2020\t\t\tPG\t\t\t\t\t\ts\n"
        try Data(broken.utf8).write(to: files.titlesURL)
        #expect {
            try CatalogDatabase.open(in: data.url, files: files)
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix("titles.tsv:2: id:") == true
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.path)
        #expect(leftovers == [CatalogDatabase.fileName])
    }

    @Test func searchIgnoresCaseAndAccents() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(try Self.names(database, "amelie").first == "Amélie")
        #expect(try Self.names(database, "AMÉLIE").first == "Amélie")
        #expect(try Self.names(database, "pokemon").first == "Pokémon: Indigo League")
    }

    @Test func searchMatchesPrefixesAsYouType() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        for partial in ["s", "st", "str", "stra", "strang", "stranger"] {
            #expect(try Self.names(database, partial, limit: 50).contains("Stranger Things"), "\(partial)")
        }
        #expect(try Self.names(database, "stranger thi").first == "Stranger Things")
    }

    @Test func exactAndArticleFreeMatchesComeFirst() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(try Self.names(database, "matrix").first == "The Matrix")
        #expect(try Self.names(database, "office").first == "The Office")
    }

    @Test func smallTyposStillFind() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(try Self.names(database, "strnger thngs").first == "Stranger Things")
        #expect(try Self.names(database, "incepton").first == "Inception")
    }

    @Test func peopleAndGenresAreSearchedToo() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(Set(try Self.names(database, "fincher")) == ["Mindhunter", "Zodiac"])
        #expect(try Self.names(database, "miyazaki", limit: 10).contains("千と千尋の神隠し"))
        #expect(try Self.names(database, "documentary", limit: 10).contains("Free Solo"))
    }

    @Test func cjkTitlesAreFound() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(try Self.names(database, "千と千尋の神隠し").first == "千と千尋の神隠し")
    }

    @Test func nothingMatchesNonsense() throws {
        let database = try Self.openFixture(in: TemporaryDirectory())
        #expect(try database.search("zzqqxx", limit: 5).isEmpty)
        #expect(try database.search("  ", limit: 5).isEmpty)
        #expect(try database.search("\"*()", limit: 5).isEmpty)
    }
}
