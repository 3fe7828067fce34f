import Catalog
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// Lists judged against an invented panel, worked by hand.
@Suite struct PanelEvaluationTests {
    static let library = Fixtures.library

    static func positions(_ ids: [String]) -> [Int] { ids.map { library.position(of: TitleID($0))! } }

    static func judgement(_ id: String, _ suits: Set<NamedMood>, withKids: Set<NamedMood> = [], kids: Bool = false,
                          promo: Bool = false, version: String? = nil, uplifting: Bool = false) -> PanelJudgement {
        PanelJudgement(id: TitleID(id), suits: suits, withKids: withKids, madeForYoungChildren: kids, promotional: promo,
                       versionOf: version.map { TitleID($0) }, uplifting: uplifting)
    }

    static let panel = ReviewerPanel(judgements: Dictionary(uniqueKeysWithValues: [
        judgement("paddington-2-2017", [.cozy, .cheerful], withKids: [.cozy], uplifting: true),
        judgement("klaus-2019", [.cozy], withKids: [.cozy], uplifting: true),
        judgement("zodiac-2007", [.tense, .dark]),
        judgement("pokemon-indigo-league-1997", [], withKids: [.cheerful], kids: true),
        judgement("jim-andy-2017", [.curious], promo: true),
        // Invented for the test: as if Totoro were a version of Klaus.
        judgement("my-neighbor-totoro-1988", [.cozy], withKids: [.cozy], version: "klaus-2019"),
    ].map { ($0.id, $0) }))

    static func row(_ mood: NamedMood, measure: PanelEvaluation.Measure = .suits, audience: Audience = .alone) -> PanelEvaluation.Case {
        PanelEvaluation.Case(name: mood.rawValue, group: "test", mood: mood, setting: MoodSetting(mood: mood.mood, audience: audience),
                             signals: UserSignals(), measure: measure, target: 0.9)
    }

    @Test func precisionIsOverJudgedTitlesAndCoverageSaysHowManyWereJudged() {
        let list = Self.positions(["paddington-2-2017", "klaus-2019", "zodiac-2007", "amelie-2001"])
        let result = PanelEvaluation.measure(Self.row(.cozy), positions: list, library: Self.library, panel: Self.panel)
        #expect(result.shown == 4)
        #expect(result.judged == 3)
        #expect(result.coverage == 0.75)
        #expect(abs(result.precision - 2.0 / 3.0) < 1e-9)
        #expect(result.misses == ["Zodiac (2007)"])
        #expect(result.unjudged == ["Amélie (2001)"])
        #expect(!result.meetsTarget)
    }

    @Test func childrensPromotionalAndRepeatedVersionsAreCounted() {
        let list = Self.positions(["klaus-2019", "pokemon-indigo-league-1997", "jim-andy-2017", "my-neighbor-totoro-1988"])
        let result = PanelEvaluation.measure(Self.row(.cozy), positions: list, library: Self.library, panel: Self.panel)
        #expect(result.youngChildren == 1)
        #expect(result.promotional == 1)
        #expect(result.duplicateVersions == 1)
        #expect(result.offenders.contains("another version: My Neighbor Totoro (1988)"))
        #expect(result.offenders.contains("promotional: Jim & Andy: The Great Beyond - Featuring a Very Special, Contractually Obligated Mention of Tony Clifton (2017)"))
    }

    @Test func withKidsTheFamilyColumnCountsAndUnfitTitlesAreUnsafe() {
        let list = Self.positions(["paddington-2-2017", "pokemon-indigo-league-1997", "zodiac-2007", "the-conjuring-2013"])
        let result = PanelEvaluation.measure(Self.row(.cozy, measure: .withKids, audience: .kids), positions: list,
                                             library: Self.library, panel: Self.panel)
        // Paddington suits cozy with kids; Pokémon suits kids but not cozy; Zodiac is judged unfit;
        // The Conjuring is unjudged and rated R, so it is unsafe too.
        #expect(abs(result.precision - 1.0 / 3.0) < 1e-9)
        #expect(result.unsafeForKids == 2)
        // Made for young children is no fault when children are watching.
        #expect(result.youngChildren == 0)
    }

    @Test func liftCountsUpliftingTitles() {
        let list = Self.positions(["paddington-2-2017", "zodiac-2007"])
        let result = PanelEvaluation.measure(Self.row(.melancholy, measure: .uplifting), positions: list,
                                             library: Self.library, panel: Self.panel)
        #expect(result.precision == 0.5)
    }

    @Test func everyListOfTheIssueIsMeasured() {
        let persona = PanelPersona(name: "fan", audience: .kids, ratings: ["klaus-2019": Rating(stars: 5)!])
        let cases = PanelEvaluation.cases(personas: [persona])
        #expect(cases.count == 12 + 12 + 2 + 1)
        #expect(cases.filter { $0.group == "fan" }.allSatisfy { $0.measure == .withKids && $0.target == 0.85 })
        #expect(cases.filter { $0.group == "lift" }.map(\.name) == ["melancholy", "tired"])
        #expect(cases.filter { $0.group == "lift" }.allSatisfy { $0.setting.strategy == .lift })
        #expect(cases.last?.setting.audience == .kids)
    }

    /// A family evening is judged only on the moods the panel found titles
    /// for with children watching.
    @Test func aPersonaWithKidsIsJudgedOnTheMoodsAFamilyEveningCanHave() {
        var judgements: [TitleID: PanelJudgement] = [:]
        for index in 0..<PanelEvaluation.withKidsMinimum {
            let cozyAndCheerful = Self.judgement("family-\(index)", [], withKids: [.cozy, .cheerful])
            judgements[cozyAndCheerful.id] = cozyAndCheerful
        }
        // One short of the minimum for adventurous.
        for index in 1..<PanelEvaluation.withKidsMinimum {
            let adventure = Self.judgement("adventure-\(index)", [.adventurous], withKids: [.adventurous])
            judgements[adventure.id] = adventure
        }
        let panel = ReviewerPanel(judgements: judgements)
        #expect(PanelEvaluation.moodsWithKids(panel) == [.cheerful, .cozy])
        let family = PanelPersona(name: "family", audience: .kids, ratings: [:])
        let alone = PanelPersona(name: "alone", audience: .alone, ratings: [:])
        let cases = PanelEvaluation.cases(personas: [family, alone], moodsWithKids: PanelEvaluation.moodsWithKids(panel))
        #expect(cases.filter { $0.group == "family" }.map(\.mood) == [.cheerful, .cozy])
        #expect(cases.filter { $0.group == "alone" }.count == NamedMood.allCases.count)
    }

    @Test func aFloorGatesOnlyTheFigure() {
        var result = PanelEvaluation.measure(Self.row(.cozy), positions: Self.positions(["zodiac-2007"]),
                                             library: Self.library, panel: Self.panel)
        result.shown = 20
        result.floor = 0
        #expect(result.meetsFloor)
        #expect(!result.meetsTarget)
        result.floor = 0.5
        #expect(!result.meetsFloor)
    }

    @Test func cohensKappaWorkedByHand() {
        // 10 titles: both yes on 4, both no on 4, one yes-no, one no-yes.
        let pairs = Array(repeating: (true, true), count: 4) + Array(repeating: (false, false), count: 4) + [(true, false), (false, true)]
        let row = PanelAgreement.row("cozy", pairs)
        // observed 0.8; chance 0.5·0.5 + 0.5·0.5 = 0.5; κ = 0.3 / 0.5.
        #expect(abs(row.observed - 0.8) < 1e-9)
        #expect(abs(row.kappa! - 0.6) < 1e-9)
        #expect(PanelAgreement.row("never", Array(repeating: (false, false), count: 5)).kappa == nil)
    }

    @Test func agreementComparesOnlyTitlesBothJudged() {
        let second = [TitleID("zodiac-2007"): Self.judgement("zodiac-2007", [.tense])]
        let rows = PanelAgreement.compare(Self.panel.judgements, second)
        #expect(rows.allSatisfy { $0.titles == 1 })
        #expect(rows.first { $0.question == "dark" }?.observed == 0)
        #expect(rows.first { $0.question == "tense" }?.observed == 1)
    }
}
