import Catalog
import Testing

/// Companion pieces need three facts at once; each test drops one of them.
@Suite struct CompanionCueTests {
    static let names: Set<String> = ["storm coast", "glass harbour year one", "tidewatch"].reduce(into: []) { $0.insert($1) }

    @Test func aDiaryOfAnotherTitleThatLooksBehindTheScenesIsACompanion() {
        #expect(CompanionCue.isCompanion(name: "Storm Coast: Diaries", genres: [.documentary],
                                         description: "Go behind the scenes of the wildlife series.",
                                         catalogNames: Self.names))
        #expect(CompanionCue.isCompanion(name: "The Bells Ring Making Glass Harbour: Year One", genres: [],
                                         description: "Puppeteers go behind-the-scenes.", catalogNames: Self.names))
        #expect(CompanionCue.isCompanion(name: "Rough Seas", genres: [.documentary],
                                         description: #"A look behind the scenes of “Tidewatch” with its crew."#,
                                         catalogNames: Self.names))
    }

    @Test func namingAnotherTitleWithoutLookingBehindTheScenesIsNot() {
        #expect(!CompanionCue.isCompanion(name: "Storm Coast: France", genres: [.documentary],
                                          description: "Chefs cook by the sea.", catalogNames: Self.names))
    }

    @Test func lookingBehindTheScenesOfNoCatalogTitleIsNot() {
        #expect(!CompanionCue.isCompanion(name: "Border Watch", genres: [.reality],
                                          description: "The behind-the-scenes action at a busy port.",
                                          catalogNames: Self.names))
        // Its own name does not count as another title.
        #expect(!CompanionCue.isCompanion(name: "Tidewatch", genres: [.documentary],
                                          description: #"Behind the scenes of "Tidewatch"."#,
                                          catalogNames: Self.names))
    }

    @Test func fictionIsNeverACompanion() {
        #expect(!CompanionCue.isCompanion(name: "Storm Coast: World Tour", genres: [.kidsFamily],
                                          description: "Behind-the-scenes schemes threaten the show.",
                                          catalogNames: Self.names))
    }

    @Test func aYearInBracketsIsNotPartOfTheName() {
        #expect(CompanionCue.baseName("Storm Coast (2009)") == "storm coast")
        #expect(CompanionCue.baseName("Catch (22)") == "catch")
        #expect(CompanionCue.baseName("Storm Coast (Director's Cut)") == "storm coast directors cut")
        #expect(DescriptionCues.isKnown(CompanionCue.cue))
    }
}

@Suite struct NameAndYearTests {
    @Test func aNameThatEndsInItsYearIsNotGivenItTwice() {
        func title(_ name: String, _ year: Int) -> Title {
            Title(id: "t", kind: .series, name: name, year: year, runtimeMinutes: nil, seasons: 1, maturity: .tvPG, genres: [])
        }
        #expect(title("Storm Coast (2009)", 2009).nameAndYear == "Storm Coast (2009)")
        #expect(title("Storm Coast", 2009).nameAndYear == "Storm Coast (2009)")
        // Another year in the name is part of the name.
        #expect(title("Hunter X Hunter (2011)", 2014).nameAndYear == "Hunter X Hunter (2011) (2014)")
    }
}
