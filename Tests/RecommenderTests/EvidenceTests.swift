import Catalog
@testable import Recommender
import Testing

/// Who a title is made for, versions of one work, and standing — on invented titles.
@Suite struct EvidenceTests {
    static func title(_ id: String, _ name: String, year: Int = 2019, kind: TitleKind = .movie,
                      maturity: Maturity = .tv14, genres: [Genre] = [.thriller]) -> Title {
        Title(id: TitleID(id), kind: kind, name: name, year: year, runtimeMinutes: kind == .movie ? 100 : nil,
              seasons: kind == .series ? 1 : nil, maturity: maturity, genres: genres)
    }

    @Test func versionTagsAreRecognised() {
        #expect(VersionGrouping.baseName("Boomika (Hindi)") == "Boomika")
        #expect(VersionGrouping.baseName("Game Over (Telugu Version)") == "Game Over")
        #expect(VersionGrouping.baseName("Solo: A Star Wars Story (Spanish Version)") == "Solo: A Star Wars Story")
        #expect(VersionGrouping.baseName("The Hateful Eight: Extended Version") == "The Hateful Eight")
        #expect(VersionGrouping.baseName("The Office (U.S.)") == nil)
        #expect(VersionGrouping.baseName("The Forty-Year-Old Version") == nil)
        #expect(VersionGrouping.baseName("Norman Lear: Just Another Version of You") == nil)
        #expect(VersionGrouping.baseName("Boomika") == nil)
    }

    @Test func versionsJoinTheirOriginalAndNothingElse() {
        let titles = [
            Self.title("boomika-2021", "Boomika"),
            Self.title("boomika-hindi-2021", "Boomika (Hindi)"),
            Self.title("boomika-telugu-2021", "BOOMIKA (Telugu)"),
            Self.title("boomika-1990", "Boomika (Tamil)", year: 1990),
            Self.title("boomika-series-2021", "Boomika (Malayalam)", kind: .series),
            Self.title("game-over-hindi-2019", "Game Over (Hindi Version)"),
            Self.title("game-over-tamil-2019", "Game Over (Tamil Version)"),
            Self.title("amelie-2001", "Amélie"),
            Self.title("amelie-french-2001", "Amélie (English)"),
        ]
        let works = VersionGrouping.works(titles)
        #expect(works[1] == 0 && works[2] == 0)
        // Another decade or another kind is another work.
        #expect(works[3] == 3 && works[4] == 4)
        // With no untagged original, the first version stands for the rest.
        #expect(works[5] == 5 && works[6] == 5)
        // Accented titles are folded before they are compared.
        #expect(works[8] == 7)
        #expect(works[0] == 0 && works[7] == 7)
    }

    @Test func whoATitleIsMadeForIsInferredFromMaturityAndTitleWords() {
        #expect(AudienceInference.madeFor(Self.title("a", "Peppa", maturity: .tvY)) == .youngChildren)
        #expect(AudienceInference.madeFor(Self.title("b", "Ninjas", maturity: .tvY7)) == .children)
        #expect(AudienceInference.madeFor(Self.title("c", "Ninjas", maturity: .tvY7FV)) == .children)
        #expect(AudienceInference.madeFor(Self.title("d", "Our Planet - Behind The Scenes", maturity: .tvG)) == .promotion)
        #expect(AudienceInference.madeFor(Self.title("e", "The Making of Frozen Planet")) == .promotion)
        #expect(AudienceInference.madeFor(Self.title("f", "Aftershow: Revelation")) == .promotion)
        #expect(AudienceInference.madeFor(Self.title("g", "Making a Murderer")) == .everyone)
        #expect(AudienceInference.madeFor(Self.title("h", "Inside Out")) == .everyone)
        #expect(AudienceInference.madeFor(Self.title("i", "Sé lo que hicisteis: aftershow")) == .promotion)
        #expect(AudienceInference.madeFor(Self.title("j", "Harbour Lights - The Afterparty")) == .promotion)
        #expect(AudienceInference.madeFor(Self.title("k", "Storm Coast: Diaries"), cues: [CompanionCue.cue, "wildlife"])
            == .promotion)
        #expect(AudienceInference.madeFor(Self.title("l", "Storm Coast: Diaries"), cues: ["wildlife"]) == .everyone)
        let library = Library(titles: [Self.title("m", "Storm Coast: Diaries")], cues: ["m": [CompanionCue.cue]])
        #expect(library.madeFor == [.promotion])
    }

    @Test func leadingLettersAreWhatFoldingKeepsInFront() {
        #expect(LeadingLetters.pair("  Boomika") == LeadingLetters.pair("bo"))
        #expect(LeadingLetters.pair("B-o") == LeadingLetters.pair("bo"))
        #expect(LeadingLetters.pair("Émile") == nil)
        #expect(LeadingLetters.pair("9") == UInt16(UInt8(ascii: "9")) << 8)
    }

    static let library = Library(
        titles: [
            title("thriller-a-2019", "Thriller A"), title("thriller-b-2019", "Thriller B"),
            title("thriller-b-hindi-2019", "Thriller B (Hindi)"),
            title("preschool-2019", "Little Tractors", maturity: .tvY, genres: [.kidsFamily]),
            title("tween-2019", "Tween Detectives", maturity: .tvY7, genres: [.kidsFamily, .thriller]),
            title("making-of-2019", "The Making of Thriller A", genres: [.documentary]),
        ],
        standings: ["thriller-a-2019": .panned, "thriller-b-2019": .acclaimed])

    @Test func aGrownUpAloneGetsOneVersionNoPromotionAndNoPreschoolTitles() {
        let list = Recommender(library: Self.library).suggest(.init(setting: MoodSetting(mood: NamedMood.tense.mood)),
                                                            signals: UserSignals())
        let ids = list.map(\.id.rawValue)
        #expect(!ids.contains("preschool-2019"))
        #expect(!ids.contains("making-of-2019"))
        #expect(ids.filter { $0.hasPrefix("thriller-b") }.count == 1)
        // Equal profiles: the acclaimed one leads, the panned one trails, and the reason says why.
        #expect(ids.first == "thriller-b-2019")
        #expect(ids.firstIndex(of: "thriller-a-2019")! > ids.firstIndex(of: "thriller-b-2019")!)
        #expect(list.first?.reason.contains("acclaimed") == true)
    }

    @Test func withKidsOrAfterRatingChildrensTitlesTheyAreOffered() {
        let kids = Recommender(library: Self.library).suggest(
            .init(setting: MoodSetting(mood: NamedMood.cozy.mood, audience: .kids)), signals: UserSignals())
        #expect(kids.map(\.id.rawValue).contains("preschool-2019"))
        let fan = UserSignals(ratings: ["tween-2019": Rating(stars: 5)!])
        let alone = Recommender(library: Self.library).suggest(.init(setting: MoodSetting(mood: NamedMood.cozy.mood)), signals: fan)
        #expect(alone.map(\.id.rawValue).contains("preschool-2019"))
    }
}

/// How lists show versions: one row per work, the versions apart.
@Suite struct VersionRowsTests {
    static let library = Library(titles: [
        EvidenceTests.title("boomika-2021", "Boomika"),
        EvidenceTests.title("boomika-hindi-2021", "Boomika (Hindi)"),
        EvidenceTests.title("rocky-1976", "Rocky"),
        EvidenceTests.title("boomika-telugu-2021", "Boomika (Telugu Version)"),
        EvidenceTests.title("solo-intl-2018", "Solo: International Version"),
    ])

    @Test func aWorkIsOneRowShowingTheOriginalWhenItMatched() {
        let library = Self.library
        #expect(library.oneRowPerWork([1, 2, 0, 3]) == [0, 2], "the original takes the place of the first hit")
        #expect(library.oneRowPerWork([3, 2, 1]) == [3, 2], "without the original, the first version that matched")
        #expect(library.oneRowPerWork([2, 4]) == [2, 4])
        #expect(library.oneRowPerWork([]) == [])
    }

    @Test func versionsAreListedOriginalFirstWithWhatTellsThemApart() {
        let library = Self.library
        #expect(library.versions(of: 3) == [0, 1, 3])
        #expect(library.versions(of: 2) == [2])
        #expect(library.otherVersionCount(at: 1) == 2 && library.otherVersionCount(at: 2) == 0)
        #expect(library.versionLabel(at: 1) == "Hindi version")
        #expect(library.versionLabel(at: 3) == "Telugu version")
        #expect(library.versionLabel(at: 4) == "International version")
        #expect(library.versionLabel(at: 0) == "original")
        #expect(library.versionTag(at: 1) == "Hindi" && library.versionTag(at: 0) == nil)
    }
}
