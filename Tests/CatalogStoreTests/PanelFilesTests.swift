import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// The reviewer panel's files: what they say, and every mistake as `file:line: field`.
@Suite struct PanelFilesTests {
    static let known: Set<TitleID> = ["paddington-2-2017", "boomika-2021", "boomika-hindi-2021", "our-planet-2019"]
    static let header = "id\ttitle\tyear\tsuits\twith-kids\tflags\tbasis\tjudge\n"

    @Test func aJudgementLineReadsEveryColumn() {
        let text = "# comment\n" + Self.header
            + "paddington-2-2017\tPaddington 2\t2017\tcheerful,cozy,tired\tcheerful,cozy\tuplifting\tknown\tj3\n"
            + "boomika-hindi-2021\tBoomika (Hindi)\t2021\tscared\t-\tversion=boomika-2021\tread\tj1\n"
            + "our-planet-2019\tOur Planet\t2019\t-\t-\tkids,promo\tknown\tj2\n"
        let parsed = PanelFiles.parseJudgements(Data(text.utf8), fileName: "panel.tsv", knownIDs: Self.known)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let paddington = parsed.judgements["paddington-2-2017"]
        #expect(paddington?.suits == [.cheerful, .cozy, .tired])
        #expect(paddington?.withKids == [.cheerful, .cozy])
        #expect(paddington?.uplifting == true)
        #expect(paddington?.basis == .known)
        #expect(paddington?.judge == "j3")
        #expect(parsed.judgements["boomika-hindi-2021"]?.versionOf == "boomika-2021")
        #expect(parsed.judgements["boomika-hindi-2021"]?.basis == .read)
        let planet = parsed.judgements["our-planet-2019"]
        #expect(planet?.suits.isEmpty == true && planet?.madeForYoungChildren == true && planet?.promotional == true)
        #expect(planet?.isForChildren == false)
    }

    @Test func everyMistakeIsNamedByLineAndField() {
        let text = Self.header
            + "paddington-2-2017\tPaddington 2\t2017\tcheery\t-\t-\tknown\tj1\n"
            + "nowhere-1999\tNowhere\t1999\tcozy\t-\t-\tknown\tj1\n"
            + "boomika-2021\tBoomika\t2021\tscared\t-\tversion=boomika-2021\tknown\tj1\n"
            + "boomika-hindi-2021\tBoomika (Hindi)\t2021\tscared\tsleepy\tsequel\tguessed\t\n"
            + "paddington-2-2017\tPaddington 2\t2017\tcozy\t-\t-\tknown\tj1\n"
        let messages = PanelFiles.parseJudgements(Data(text.utf8), fileName: "panel.tsv", knownIDs: Self.known)
            .diagnostics.map(\.description)
        #expect(messages.contains("panel.tsv:2: suits: 'cheery' is not a named mood"), "\(messages)")
        #expect(messages.contains("panel.tsv:3: id: 'nowhere-1999' is not a title of the catalog"))
        #expect(messages.contains("panel.tsv:4: flags: 'version=boomika-2021' must name another title of the catalog"))
        #expect(messages.contains("panel.tsv:5: with-kids: 'sleepy' is not a named mood"))
        #expect(messages.contains("panel.tsv:5: flags: 'sequel' is not kids, promo, uplifting or version=ID"))
        #expect(messages.contains("panel.tsv:5: basis: 'guessed' must be known or read"))
        #expect(messages.contains("panel.tsv:5: judge: a judge code is needed"))
        #expect(messages.contains("panel.tsv:6: id: duplicate id 'paddington-2-2017' (first on line 2)"))
    }

    @Test func personasGroupTheirRatingsAndKeepOneCompany() {
        let text = "persona\tcompany\tid\tstars\n"
            + "fan\talone\tpaddington-2-2017\t5\n"
            + "fan\talone\tour-planet-2019\t4.5\n"
            + "family\tkids\tpaddington-2-2017\t5\n"
            + "fan\tkids\tboomika-2021\t3\n"
            + "fan\talone\tboomika-2021\t3.3\n"
        let parsed = PanelFiles.parsePersonas(Data(text.utf8), knownIDs: Self.known)
        #expect(parsed.personas.map(\.name) == ["fan", "family"])
        #expect(parsed.personas[0].ratings.count == 2)
        #expect(parsed.personas[0].ratings["our-planet-2019"]?.stars == 4.5)
        #expect(parsed.personas[1].audience == .kids)
        let messages = parsed.diagnostics.map(\.description)
        #expect(messages == ["personas.tsv:5: company: fan is watching alone on an earlier line",
                             "personas.tsv:6: stars: '3.3' must be 0.5 to 5 in half steps"])
    }

    @Test func theCommittedPanelLoadsWholeAndIsLargeEnough() throws {
        let titles = try Fixtures.embeddedLibrary.titles.map(\.id)
        let panel = try PanelFiles.load(directory: Fixtures.embeddedCatalogDirectory.appendingPathComponent("panel"),
                                        knownIDs: Set(titles))
        #expect(panel.judgements.count >= 1500)
        #expect(panel.personas.count == 3)
        #expect(panel.secondOpinions.count >= 150)
        #expect(Set(panel.judgements.values.map(\.judge)).count >= 5)
        // The panel says where its lines come from: known works and titles judged from their facts.
        #expect(panel.judgements.values.contains { $0.basis == .read })
    }

    @Test func aMissingPanelIsOneClearError() {
        let folder = TemporaryDirectory()
        #expect(throws: StoreError.self) { try PanelFiles.load(directory: folder.url, knownIDs: Self.known) }
    }
}
