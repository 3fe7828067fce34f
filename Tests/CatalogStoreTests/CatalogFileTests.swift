import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

@Suite struct CatalogFileTests {
    static let header = CatalogFileFormat.columns.joined(separator: "\t")

    func parse(_ lines: [String]) -> CatalogFileReader.Result {
        CatalogFileReader().parse(Data(([Self.header] + lines).joined(separator: "\n").utf8), fileName: "titles.tsv")
    }

    @Test func fixtureRoundTripsThroughTheWriter() throws {
        let titles = try Fixtures.fixtureTitles()
        let text = CatalogFileWriter().render(titles, header: ["comment"])
        let again = CatalogFileReader().parse(Data(text.utf8), fileName: "x")
        #expect(again.diagnostics.isEmpty)
        // AI-use disclosures travel in their own file, so the titles file carries none.
        let withoutDisclosures = titles.map { title -> Title in
            var plain = title
            plain.aiUse = .unknown
            return plain
        }
        #expect(again.titles == withoutDisclosures.sorted { $0.id < $1.id })
    }

    @Test func escapesSurviveARoundTrip() {
        let title = Title(id: "odd-2020", kind: .movie, name: "Pipe | Back\\slash", year: 2020,
                          cast: ["A|B", "C\\D"], source: "test")
        let text = CatalogFileWriter().render([title])
        let again = CatalogFileReader().parse(Data(text.utf8), fileName: "x")
        #expect(again.titles == [title])
    }

    @Test func everyBrokenFieldIsReportedWithItsLine() {
        let result = parse([
            "good-2020\tmovie\tGood\t2020\t90\t\tPG\tdrama\tFrance\t\t\t2020-01-02\ts",
            "Bad Id\tmovie\tX\t2020\t\t\tPG\t\t\t\t\t\ts",
            "x-2020\tpodcast\tX\t2020\t\t\tPG\t\t\t\t\t\ts",
            "y-2020\tmovie\t\t2020\t\t\tPG\t\t\t\t\t\ts",
            "z-2020\tmovie\tZ\t19x5\t\t\tPG\t\t\t\t\t\ts",
            "w-2020\tmovie\tW\t2020\t-3\t\tPG\t\t\t\t\t\ts",
            "v-2020\tmovie\tV\t2020\t\t\tXX\t\t\t\t\t\ts",
            "u-2020\tmovie\tU\t2020\t\t\tPG\tdrama|polka\t\t\t\t\ts",
            "t-2020\tmovie\tT\t2020\t\t\tPG\t\t\t\t\t2020-02-30\ts",
            "good-2020\tmovie\tAgain\t2020\t\t\tPG\t\t\t\t\t\ts",
            "only\tthree\tfields",
        ])
        #expect(result.titles.map(\.id) == ["good-2020"])
        let found = result.diagnostics.map { "\($0.line):\($0.field ?? "-")" }
        #expect(found == ["3:id", "4:kind", "5:title", "6:year", "7:runtime", "8:maturity", "9:genres", "10:added", "11:id", "12:-"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func wrongHeaderIsRefused() {
        let result = CatalogFileReader().parse(Data("id\ttitle\nx\ty\n".utf8), fileName: "titles.tsv")
        #expect(result.titles.isEmpty)
        #expect(result.diagnostics.first?.line == 1)
    }

    @Test func invalidUTF8IsAnError() {
        var data = Data((Self.header + "\n").utf8)
        data.append(contentsOf: Array("a-2020\tmovie\t".utf8) + [0xC3, 0x28] + Array("\t2020\t\t\tPG\t\t\t\t\t\ts\n".utf8))
        let result = CatalogFileReader().parse(data, fileName: "titles.tsv")
        #expect(result.diagnostics.map(\.description) == ["titles.tsv:2: not valid UTF-8"])
    }

    @Test func controlCharactersAreAWarningNotARefusal() {
        let result = parse(["evil-2020\tmovie\tEvil\u{1B}[31mRed\t2020\t\t\tR\t\t\t\t\t\ts"])
        #expect(result.titles.count == 1)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func theEmbeddedCatalogIsValid() throws {
        let result = try CatalogFileReader().read(contentsOf: Fixtures.embeddedCatalogDirectory.appendingPathComponent("titles.tsv"))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.titles.count > 8_000)
        #expect(Set(result.titles.map(\.id)).count == result.titles.count)
    }
}
