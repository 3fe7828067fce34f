import Catalog
import Recommender
import Testing

/// Description cues in inference, and what the provenance line says, on
/// invented titles.
@Suite struct MoodProvenanceTests {
    static func title(_ id: TitleID, _ name: String, genres: [Genre], maturity: Maturity = .tvMA) -> Title {
        Title(id: id, kind: .movie, name: name, year: 2010, runtimeMinutes: 100, maturity: maturity, genres: genres)
    }

    @Test func cuesAddTheirTonesOnTopOfGenres() {
        let drama = Self.title("a-2010", "The Visit", genres: [.drama])
        let plain = MoodInference.profile(for: drama)
        let cued = MoodInference.profile(for: drama, cues: ["haunted", "grief"])
        #expect(cued.tones[.scary] > plain.tones[.scary] + 0.3)
        #expect(cued.tones[.sad] > plain.tones[.sad])
        // Genres still lead: a cue alone does not outweigh a genre's main tone.
        let comedy = MoodInference.profile(for: Self.title("b-2010", "The Visit", genres: [.comedy]), cues: ["grief"])
        #expect(comedy.tones[.funny] > comedy.tones[.sad])
        // Unknown words (a file from another lexicon) are ignored, not fatal.
        #expect(MoodInference.profile(for: drama, cues: ["no-such-cue"]) == plain)
        for tone in Tone.allCases {
            let many = MoodInference.profile(for: drama, cues: DescriptionCues.allCues)
            #expect((0...1).contains(many.tones[tone]))
        }
    }

    @Test func inferredProvenanceNamesTheCuesAndGenres() {
        let titles = [Self.title("a-2010", "Ghost Harbour", genres: [.drama, .international])]
        let library = Library(titles: titles, cues: ["a-2010": ["haunting", "grief"]])
        let provenance = library.provenance(at: 0, corrections: [:])
        #expect(provenance.source == .inferred)
        #expect(provenance.cues == ["haunting", "grief"])
        // "international" lends no tone, so it is not named.
        #expect(provenance.genres == [.drama])
        #expect(provenance.text == "inferred from: haunting, grief; title word ghost; genre drama")
        #expect(library.profiles[0].tones[.sad] > MoodInference.profile(for: titles[0]).tones[.sad])
    }

    @Test func curatedProfilesWinAndSayHowTheyWereJudged() {
        let titles = [Self.title("a-2010", "Quiet", genres: [.drama]), Self.title("b-2010", "Loud", genres: [.comedy]),
                      Self.title("c-2010", "Other", genres: [.comedy])]
        let curated = MoodProfile(point: MoodPoint(valence: 0.5, energy: 0.1), tones: ToneVector([.heartwarming: 0.9]), source: .curated)
        let library = Library(titles: titles, profileOverrides: ["a-2010": curated, "b-2010": curated, "c-2010": curated],
                              standings: ["a-2010": .acclaimed], audiences: ["b-2010": .youngChildren],
                              cues: ["a-2010": ["murder"]], curationMethods: ["a-2010": .aiAssisted, "b-2010": .hand])
        #expect(library.profiles[0] == curated, "cues never change a curated profile")
        let first = library.provenance(at: 0, corrections: [:])
        #expect(first.text == "curated (AI-assisted, from the rules in docs/moods.md)")
        #expect(first.cues.isEmpty)
        #expect(first.standing == .acclaimed)
        let second = library.provenance(at: 1, corrections: [:])
        #expect(second.text == "curated (judged by hand, by someone who knows the work)")
        #expect(second.madeFor == .youngChildren)
        #expect(library.provenance(at: 2, corrections: [:]).text == "curated")
    }

    @Test func aPersonsCorrectionWinsAndSaysSo() {
        let titles = [Self.title("a-2010", "Quiet", genres: [.drama])]
        let library = Library(titles: titles, cues: ["a-2010": ["grief"]])
        let corrections: [TitleID: ToneVector] = ["a-2010": ToneVector([.funny: 1])]
        let provenance = library.provenance(at: 0, corrections: corrections)
        #expect(provenance.source == .corrected)
        #expect(provenance.cues.isEmpty)
        #expect(provenance.text == "corrected by you (wins over the inferred profile)")
        #expect(library.profile(at: 0, corrections: corrections).tones[.funny] == 1)
    }

    @Test func aTitleWithNothingToGoOnSaysSo() {
        let library = Library(titles: [Self.title("a-2010", "Untitled", genres: [.international])])
        #expect(library.provenance(at: 0, corrections: [:]).text == "inferred from maturity and runtime only")
    }
}
