import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// `cues.tsv`: reading, writing, checking, the database, and the importer
/// that derives it from descriptions.
@Suite struct CuesFileTests {
    static let known: Set<TitleID> = ["a-2001", "b-2002"]

    @Test func writtenCuesReadBack() {
        let cues: [TitleID: [String]] = ["b-2002": ["heist", "serial killer"], "a-2001": ["grief"], "c-2003": []]
        let text = CuesFile.render(cues, header: ["made by a test"])
        #expect(text == "# made by a test\nid\tcues\na-2001\tgrief\nb-2002\theist,serial killer\n")
        let parsed = CuesFile.parse(Data(text.utf8), knownIDs: Self.known)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.cues == ["a-2001": ["grief"], "b-2002": ["heist", "serial killer"]])
    }

    @Test func everyMistakeIsNamedWithItsLineAndField() {
        let text = "id\tcues\na-2001\tgrief,sparkly\nz-1999\theist\na-2001\theist\nb-2002\t\nb-2002\tcozy,cozy\n"
        let parsed = CuesFile.parse(Data(text.utf8), knownIDs: Self.known)
        #expect(parsed.diagnostics.map(\.description) == [
            "cues.tsv:2: cues: 'sparkly' is not a cue of the lexicon (Sources/Catalog/DescriptionCues.swift)",
            "cues.tsv:3: id: 'z-1999' is not a title of the catalog",
            "cues.tsv:4: id: duplicate id 'a-2001' (first on line 2)",
            "cues.tsv:5: cues: at least one cue is needed (leave the title out instead)",
            "cues.tsv:6: id: duplicate id 'b-2002' (first on line 5)",
            "cues.tsv:6: cues: 'cozy' is given twice",
        ])
        #expect(parsed.cues.isEmpty)
        let header = CuesFile.parse(Data("id\twords\n".utf8), knownIDs: Self.known)
        #expect(header.diagnostics.map(\.description) == ["cues.tsv:1: header must be the columns id,cues"])
    }

    @Test func theCatalogCarriesCuesIntoTheDatabase() throws {
        let files = CatalogFiles(directory: Fixtures.catalogDirectory)
        let expected = try files.read().cues
        #expect(expected["the-haunting-of-hill-house-2018"] == ["haunted", "grief"])
        let data = TemporaryDirectory()
        let database = try CatalogDatabase.open(in: data.url, files: files)
        #expect(try database.loadCues() == expected)
    }

    @Test func changingTheCuesFileRebuildsTheIndex() throws {
        let data = TemporaryDirectory(), catalog = try Fixtures.catalogCopy(["titles.tsv", "cues.tsv"])
        let files = CatalogFiles(directory: catalog.url)
        _ = try CatalogDatabase.open(in: data.url, files: files)
        try Data("id\tcues\nzodiac-2007\tserial killer\n".utf8).write(to: files.cuesURL)
        let reopened = try CatalogDatabase.open(in: data.url, files: files)
        #expect(reopened.wasBuilt)
        #expect(try reopened.loadCues() == ["zodiac-2007": ["serial killer"]])
    }

    @Test func theImporterKeepsCueWordsAndNeverTheSentence() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/netflix/invented-titles.csv")
        let result = try NetflixCSVImporter().importFile(at: url)
        #expect(result.titles.map(\.id) == ["the-lantern-keeper-2018", "pancake-parade-2020", "ledger-lines-2017"])
        #expect(result.cues == [
            "the-lantern-keeper-2018": ["grief", "haunting"],
            "pancake-parade-2020": ["quirky", "cooking", "hilarious", "dog", "cozy", "competition"],
        ])
        let written = CuesFile.render(result.cues)
        #expect(!written.contains("lighthouse") && !written.contains("fog"))
    }
}
