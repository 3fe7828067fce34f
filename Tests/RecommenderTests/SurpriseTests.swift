import Catalog
@testable import Recommender
import TestSupport
import Testing

/// "Surprise me": a title that still fits tonight's mood but sits far from
/// what the person usually rates well.
@Suite struct SurpriseTests {
    static let crimeFan = UserSignals(ratings: [
        "mindhunter-2019": Rating(stars: 5)!, "narcos-2017": Rating(stars: 5)!, "ozark-2020": Rating(stars: 4.5)!,
        "breaking-bad-2013": Rating(stars: 5)!, "peaky-blinders-2019": Rating(stars: 4)!,
    ])

    @Test func surprisesFitTheMoodAndLeaveTheUsualGenres() throws {
        let library = Fixtures.embeddedLibrary
        let recommender = Recommender(library: library)
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.tense.mood), limit: 20)
        let usual = recommender.suggest(request, signals: Self.crimeFan)
        let usualCrime = usual.filter { library.titles[$0.position].genres.contains(.crime) }.count
        var picks = Set<TitleID>()
        for seed in 1...8 {
            let pick = try #require(recommender.surprise(request, signals: Self.crimeFan, seed: UInt64(seed)))
            picks.insert(pick.id)
            #expect(pick.isOutsideUsual)
            #expect(pick.reason.hasPrefix("outside your usual · fits Tense"), "\(pick.reason)")
            // Still a real fit: at least three quarters of the best mood fit of the list.
            #expect(pick.terms.mood >= 0.75 * (usual.map(\.terms.mood).max() ?? 0) - 1e-6)
            #expect(Self.crimeFan.ratings[pick.id] == nil)
        }
        // Pressing again gives other titles, and they are less often crime than the usual list.
        #expect(picks.count >= 3)
        let crimePicks = picks.filter { library.title($0)!.genres.contains(.crime) }.count
        #expect(Double(crimePicks) / Double(picks.count) < Double(usualCrime) / Double(usual.count), "\(picks)")
    }
}
