import Catalog
@testable import CatalogStore
import Testing

@Suite struct TitleIDAssignerTests {
    @Test func slugs() {
        #expect(TitleIDAssigner.slug("Stranger Things") == "stranger-things")
        #expect(TitleIDAssigner.slug("Amélie") == "amelie")
        #expect(TitleIDAssigner.slug("Schitt's Creek") == "schitts-creek")
        #expect(TitleIDAssigner.slug("Æon Flux") == "aeon-flux")
        #expect(TitleIDAssigner.slug("07:19") == "07-19")
        #expect(TitleIDAssigner.slug("반드시 잡는다").hasPrefix("t-"))
        #expect(TitleIDAssigner.slug("반드시 잡는다") == TitleIDAssigner.slug("반드시 잡는다"))
        let long = TitleIDAssigner.slug("Jim & Andy: The Great Beyond - Featuring a Very Special, Contractually Obligated Mention of Tony Clifton")
        #expect(long.count <= 48)
        #expect(!long.hasSuffix("-"))
    }

    @Test func collisionsGetKindThenNumber() {
        var assigner = TitleIDAssigner(previous: [:])
        let first = assigner.assign(name: "Kingdom", year: 2019, kind: .series, source: "a")
        let second = assigner.assign(name: "Kingdom", year: 2019, kind: .movie, source: "b")
        let third = assigner.assign(name: "Kingdom", year: 2019, kind: .movie, source: "c")
        #expect([first, second, third] == ["kingdom-2019", "kingdom-2019-film", "kingdom-2019-2"])
        for id in [first, second, third] { #expect(id.isWellFormed) }
    }

    @Test func reservedPreviousIDsAreNotTakenByNewTitles() {
        var assigner = TitleIDAssigner(previous: ["old": "kingdom-2019"])
        assigner.reserve(sources: ["old"])
        #expect(assigner.assign(name: "Kingdom", year: 2019, kind: .movie, source: "new") == "kingdom-2019-film")
        #expect(assigner.assign(name: "Anything", year: 2000, kind: .movie, source: "old") == "kingdom-2019")
    }

    /// Ids never run out: 1,500 titles with one name and year each get their own.
    @Test func manyTitlesWithOneNameAndYearAllGetIDs() {
        var assigner = TitleIDAssigner(previous: [:])
        let ids = (0..<1500).map { assigner.assign(name: "Untitled", year: 2020, kind: .movie, source: "s\($0)") }
        #expect(Set(ids).count == 1500)
        #expect(ids.allSatisfy { $0.isWellFormed })
        #expect(ids.last == "untitled-2020-1499")
    }
}
