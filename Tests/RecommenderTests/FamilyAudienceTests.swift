import Catalog
@testable import Recommender
import Testing

/// The curated `family` audience and the PG rule with kids watching, on an
/// invented catalog whose titles feel exactly alike, so only who they are
/// made for and their rating can order them.
@Suite struct FamilyAudienceTests {
    static let cozy = MoodProfile(point: MoodPoint(valence: 0.7, energy: -0.4),
                                  tones: ToneVector([.heartwarming: 0.9, .light: 0.8, .funny: 0.6]), source: .curated)

    static func title(_ id: String, _ name: String, year: Int, maturity: Maturity) -> Title {
        EvidenceTests.title(id, name, year: year, maturity: maturity, genres: [.comedy])
    }

    /// Newer titles win ties, so each title that should lead is the oldest.
    static let library = Library(
        titles: [
            title("puddle-ducks-2001", "Puddle Ducks", year: 2001, maturity: .pg),
            title("lantern-street-2010", "Lantern Street", year: 2010, maturity: .tvG),
            title("harbour-days-2020", "Harbour Days", year: 2020, maturity: .tvPG),
        ],
        profileOverrides: ["puddle-ducks-2001": cozy, "lantern-street-2010": cozy, "harbour-days-2020": cozy],
        audiences: ["puddle-ducks-2001": .family])

    static func ids(_ audience: Audience) -> [String] {
        Recommender(library: library)
            .suggest(.init(setting: MoodSetting(mood: NamedMood.cozy.mood, audience: audience), diversity: 0), signals: UserSignals())
            .map(\.id.rawValue)
    }

    @Test func withKidsAFamilyTitleLeadsAndAnUnvouchedParentalGuidanceTitleTrails() {
        #expect(Self.ids(.kids) == ["puddle-ducks-2001", "lantern-street-2010", "harbour-days-2020"])
        #expect(Self.ids(.family) == ["puddle-ducks-2001", "lantern-street-2010", "harbour-days-2020"])
    }

    @Test func aloneFamilyAndRatingChangeNothing() {
        // Equal fits and standings: the newer title goes first, as for any tie.
        #expect(Self.ids(.alone) == ["harbour-days-2020", "lantern-street-2010", "puddle-ducks-2001"])
    }

    @Test func theRuleReadsTheEvidenceNotTheRatingAlone() {
        let bonus = Recommender.Weight.familyTitleWithKids, penalty = Recommender.Weight.parentalGuidanceWithKids
        #expect(Scoring.familyEvening(.family, maturity: .pg, curated: true) == bonus)
        #expect(Scoring.familyEvening(.everyone, maturity: .tvPG, curated: true) == -penalty)
        #expect(Scoring.familyEvening(.everyone, maturity: .pg, curated: true) == -penalty)
        // Nobody judged an uncurated title, so its PG says nothing either way.
        #expect(Scoring.familyEvening(.everyone, maturity: .pg, curated: false) == 0)
        // Children's titles and all-ages ratings are not in doubt.
        #expect(Scoring.familyEvening(.children, maturity: .pg, curated: true) == 0)
        #expect(Scoring.familyEvening(.everyone, maturity: .tvG, curated: true) == 0)
    }

    /// A person who loves family films is not thereby asking for children's titles.
    @Test func ratingFamilyTitlesDoesNotOpenChildrensTitles() {
        let library = Library(
            titles: [
                Self.title("puddle-ducks-2001", "Puddle Ducks", year: 2001, maturity: .pg),
                EvidenceTests.title("tiny-tractors-2019", "Tiny Tractors", maturity: .tvY, genres: [.kidsFamily]),
                Self.title("lantern-street-2010", "Lantern Street", year: 2010, maturity: .tvG),
            ],
            profileOverrides: ["puddle-ducks-2001": Self.cozy, "lantern-street-2010": Self.cozy],
            audiences: ["puddle-ducks-2001": .family])
        let fan = UserSignals(ratings: ["puddle-ducks-2001": Rating(stars: 5)!])
        let ids = Recommender(library: library)
            .suggest(.init(setting: MoodSetting(mood: NamedMood.cozy.mood)), signals: fan).map(\.id.rawValue)
        #expect(ids.contains("lantern-street-2010"))
        #expect(!ids.contains("tiny-tractors-2019"))
    }
}
