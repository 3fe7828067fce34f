import Catalog
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// `marquee eval moods`: the scoring of one row worked by hand, and the
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

    @Test func everyNamedMoodIsMeasured() {
        let names = Set(MoodEvaluation.cases.map(\.name))
        #expect(names == Set(NamedMood.allCases.map(\.rawValue) + ["kids"]))
        // Cozy and kids never show horror.
        #expect(MoodEvaluation.cases.first { $0.name == "cozy" }!.family.never.contains(.horror))
        #expect(MoodEvaluation.cases.first { $0.name == "kids" }!.family.never.contains(.horror))
    }

    @Test func onTheEmbeddedCatalogEveryRowMeetsTheTarget() {
        let results = MoodEvaluation.run(library: Fixtures.embeddedLibrary)
        #expect(results.count == 13)
        for result in results {
            #expect(result.shown == MoodEvaluation.depth, "\(result.name)")
            #expect(result.precision20 >= MoodEvaluation.target, "\(result.name): \(result.precision20), missed \(result.misses)")
            #expect(result.forbidden == 0, "\(result.name): \(result.offenders)")
        }
    }
}
