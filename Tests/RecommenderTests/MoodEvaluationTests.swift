import Catalog
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// `marquee eval genres` (the smoke check): the scoring of one row worked by hand, and the
/// whole table on the embedded catalog.
@Suite struct MoodEvaluationTests {
    static func suggestion(_ id: TitleID, library: Library) -> Suggestion {
        Suggestion(position: library.position(of: id)!, id: id, score: 1, terms: ScoreTerms(mood: 1, taste: 0, prior: 0),
                   phrases: [], isOutsideUsual: false)
    }

    @Test func precisionCountsFamilyGenresAndForbiddenCountsTheNeverList() {
        let library = Fixtures.library
        let row = MoodEvaluation.Case(name: "cozy", setting: MoodSetting(mood: NamedMood.cozy.mood),
                                      family: .init(fits: [.comedy, .romance], never: [.horror]))
        // Notting Hill (comedy, romance) and Paddington 2 (comedy) fit; Zodiac does not; Hereditary is horror.
        let list = ["notting-hill-1999", "paddington-2-2017", "zodiac-2007", "hereditary-2018"].map {
            Self.suggestion(TitleID($0), library: library)
        }
        let result = MoodEvaluation.measure(row, list, library: library)
        #expect(result.shown == 4)
        #expect(result.precision20 == 0.5)
        #expect(result.forbidden == 1)
        #expect(result.offenders == ["Hereditary (2018)"])
        #expect(result.misses == ["Zodiac (2007)", "Hereditary (2018)"])
        #expect(!result.passes)
    }

    @Test func theKidsRowForbidsWhatIsNotKidSafe() {
        let library = Fixtures.library
        let row = MoodEvaluation.cases.first { $0.name == "kids" }!
        let list = ["paddington-2-2017", "the-office-2005"].map { Self.suggestion(TitleID($0), library: library) }
        let result = MoodEvaluation.measure(row, list, library: library)
        // The Office is TV-14: not for a kids' evening, whatever its genre.
        #expect(result.offenders == ["The Office (2005)"])
    }

    @Test func aTitleCanFitAndStillBeForbidden() {
        let library = Fixtures.library
        let row = MoodEvaluation.Case(name: "cozy", setting: MoodSetting(mood: NamedMood.cozy.mood),
                                      family: .init(fits: [.comedy, .romance, .kidsFamily], never: [.horror, .thriller]))
        // Stranger Things is horror and mystery: no fit, and forbidden; Klaus fits; Bird Box is both thriller and horror but counts once.
        let list = ["klaus-2019", "stranger-things-2016", "bird-box-2018"].map { Self.suggestion(TitleID($0), library: library) }
        let result = MoodEvaluation.measure(row, list, library: library)
        #expect(result.precision20 == 1.0 / 3.0)
        #expect(result.forbidden == 2)
        #expect(result.offenders == ["Stranger Things (2016)", "Bird Box (2018)"])
    }

    @Test func kidSafeButOffFamilyIsAMissNotAnOffence() {
        let library = Fixtures.library
        let row = MoodEvaluation.cases.first { $0.name == "kids" }!
        // Rocky (PG sports drama) is allowed with children but is no kids' cheerful evening: a miss only.
        // Free Solo (PG-13 documentary) is off the family and above the kids' ratings: both.
        let list = ["rocky-1976", "free-solo-2018", "klaus-2019", "pokemon-indigo-league-1997"].map {
            Self.suggestion(TitleID($0), library: library)
        }
        let result = MoodEvaluation.measure(row, list, library: library)
        #expect(result.misses == ["Rocky (1976)", "Free Solo (2018)"])
        #expect(result.precision20 == 0.5)
        #expect(result.offenders == ["Free Solo (2018)"])
    }

    @Test func jsonCarriesTheVerdict() throws {
        let result = MoodEvaluation.Result(name: "cozy", shown: 20, precision20: 0.75, forbidden: 1, misses: [], offenders: [])
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any]
        #expect(object?["passes"] as? Bool == false)
        #expect(object?["precision20"] as? Double == 0.75)
    }

    @Test func everyNamedMoodIsMeasured() {
        let names = Set(MoodEvaluation.cases.map(\.name))
        #expect(names == Set(NamedMood.allCases.map(\.rawValue) + ["kids"]))
        // Cozy and kids never show horror.
        #expect(MoodEvaluation.cases.first { $0.name == "cozy" }!.family.never.contains(.horror))
        #expect(MoodEvaluation.cases.first { $0.name == "kids" }!.family.never.contains(.horror))
    }

    @Test func onTheEmbeddedCatalogNothingForbiddenShows() {
        let results = MoodEvaluation.run(library: Fixtures.embeddedLibrary)
        #expect(results.count == 13)
        for result in results {
            #expect(result.shown == MoodEvaluation.depth, "\(result.name)")
            #expect(result.precision20 >= 0.5, "\(result.name): \(result.precision20), missed \(result.misses)")
            #expect(result.forbidden == 0, "\(result.name): \(result.offenders)")
        }
    }
}
