@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Search answers any input within one frame: one very long word (pasted,
/// or a key held down) does bounded work, not work that grows with the
/// square of its length. Work is counted, not timed.
@Suite struct SearchBoundsTests {
    static func database(in directory: TemporaryDirectory) throws -> CatalogDatabase {
        try CatalogDatabase.open(in: directory.url, files: CatalogFiles(directory: Fixtures.catalogDirectory))
    }

    @Test func oneVeryLongWordDoesBoundedWork() throws {
        let directory = TemporaryDirectory()
        let database = try Self.database(in: directory)
        for length in [10_000, 100_000] {
            // Starts like a real title, so neither pass can dismiss it at once.
            let word = String(String(repeating: "strangerthings", count: length / 14 + 1).prefix(length))
            let found = try database.search(word, limit: 50)
            let work = database.searchIndex.lastWork
            try #require(work.queryCharacters <= TitleSearch.maxQueryCharacters, "\(length): \(work)")
            try #require(work.splitsTried <= TitleSearch.maxTypoWordLength, "\(length): \(work)")
            #expect(work.editDistances == 0, "\(length): a word longer than any indexed word is no typo")
            #expect(found.count <= 50)
        }
    }

    @Test func manyLongWordsDoBoundedWork() throws {
        let directory = TemporaryDirectory()
        let database = try Self.database(in: directory)
        let text = Array(repeating: "strangerthingz", count: 10_000).joined(separator: " ")
        _ = try database.search(text, limit: 50)
        let work = database.searchIndex.lastWork
        #expect(work.queryCharacters <= TitleSearch.maxQueryCharacters)
        #expect(work.splitsTried <= TitleSearch.maxQueryCharacters)
    }

    @Test func foldingThatLengthensTextStaysUnderTheCap() {
        let words = TitleSearch.cappedWords(String(repeating: "æ", count: 150) + " " + String(repeating: "ß ", count: 300))
        #expect(words.joined(separator: " ").count <= TitleSearch.maxQueryCharacters)
        #expect(!words.isEmpty)
        #expect(TitleSearch.cappedWords("Stranger Things") == ["stranger", "things"])
    }

    @Test func theCapsKeepEveryTitleFindable() throws {
        let directory = TemporaryDirectory()
        let database = try Self.database(in: directory)
        let titles = try database.loadTitles()
        let longest = try #require(titles.max { $0.name.count < $1.name.count })
        #expect(longest.name.count <= TitleSearch.maxQueryCharacters)
        #expect(try database.search(longest.name, limit: 5).map { titles[$0].id }.contains(longest.id))
        // Splits and typos still work below the caps.
        #expect(try database.search("strangerthings", limit: 5).map { titles[$0].name }.contains("Stranger Things"))
        #expect(try database.search("strnger thngs", limit: 5).map { titles[$0].name }.contains("Stranger Things"))
    }
}
