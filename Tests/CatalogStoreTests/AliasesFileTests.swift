import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// `aliases.tsv`: what is refused, what is warned about, and the embedded
/// catalog's own file.
@Suite struct AliasesFileTests {
    static let titles = [
        Title(id: "a-2001", kind: .series, name: "Orange Is the New Black", year: 2001, runtimeMinutes: nil, seasons: 1,
              maturity: .tvMA, genres: []),
        Title(id: "b-2002", kind: .movie, name: "La casa de papel", year: 2002, runtimeMinutes: 90, seasons: nil,
              maturity: .tvMA, genres: []),
    ]

    @Test func aliasesAreReadTrimmed() {
        let parsed = AliasesFile.parse(Data("id\taliases\nb-2002\tmoney heist, heist\n".utf8), titles: Self.titles)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.aliases == ["b-2002": ["money heist", "heist"]])
    }

    @Test func everyMistakeIsNamedWithItsLineAndField() {
        let long = String(repeating: "x", count: 41)
        let text = "id\taliases\nz-1999\tzz\nb-2002\t\nb-2002\tmh, MH\na-2001\t\(long)\na-2001\t--\n"
        let parsed = AliasesFile.parse(Data(text.utf8), titles: Self.titles)
        #expect(parsed.diagnostics.map(\.description) == [
            "aliases.tsv:2: id: 'z-1999' is not a title of the catalog",
            "aliases.tsv:3: aliases: at least one alias is needed (leave the title out instead)",
            "aliases.tsv:4: id: duplicate id 'b-2002' (first on line 3)",
            "aliases.tsv:4: aliases: 'MH' is given twice",
            "aliases.tsv:5: aliases: 'xxxxxxxxxxxxxxxxxxxx…' is longer than 40 characters",
            "aliases.tsv:6: id: duplicate id 'a-2001' (first on line 5)",
            "aliases.tsv:6: aliases: '--' has no letters or digits",
        ])
    }

    @Test func anAliasSearchFindsAnywayIsAWarning() {
        let text = "id\taliases\na-2001\toitnb, orange\nb-2002\tla casa de papel\n"
        let parsed = AliasesFile.parse(Data(text.utf8), titles: Self.titles)
        #expect(parsed.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(parsed.diagnostics.first?.description.contains("'oitnb' is found without an alias") == true)
        #expect(parsed.aliases == ["a-2001": ["orange"]])
    }

    @Test func theEmbeddedAliasesAreClean() throws {
        let (content, diagnostics) = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).check()
        let aliasProblems = diagnostics.filter { $0.file == AliasesFile.fileName }
        #expect(aliasProblems.isEmpty, "\(aliasProblems.map(\.description))")
        #expect(content.aliases.count >= 15)
    }
}
