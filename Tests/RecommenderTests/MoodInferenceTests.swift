import Catalog
import Recommender
import Testing

@Suite struct MoodInferenceTests {
    static func title(_ name: String = "Some Title", genres: [Genre], maturity: Maturity = .pg13,
                      kind: TitleKind = .movie, runtime: Int? = 100) -> Title {
        Title(id: "t-2000", kind: kind, name: name, year: 2000, runtimeMinutes: runtime, maturity: maturity, genres: genres)
    }

    @Test func genresLendTheirTones() {
        let horror = MoodInference.profile(for: Self.title(genres: [.horror]))
        #expect(horror.tones[.scary] > 0.8)
        #expect(horror.tones[.funny] == 0)
        let comedy = MoodInference.profile(for: Self.title(genres: [.comedy]))
        #expect(comedy.tones[.funny] > 0.7)
        #expect(comedy.source == .inferred)
    }

    @Test func pointsLandInTheRightQuadrant() {
        let horror = MoodInference.profile(for: Self.title(genres: [.horror, .thriller])).point
        #expect(horror.valence < -0.2 && horror.energy > 0.3)
        let family = MoodInference.profile(for: Self.title(genres: [.kidsFamily, .comedy], maturity: .g)).point
        #expect(family.valence > 0.4)
        let documentary = MoodInference.profile(for: Self.title(genres: [.documentary])).point
        #expect(documentary.energy < 0.2)
    }

    @Test func toneWeightsStayInRange() {
        let everything = MoodInference.profile(for: Self.title("Christmas Ghost Murder Love", genres: Genre.allCases))
        for tone in Tone.allCases { #expect((0...1).contains(everything.tones[tone])) }
    }

    @Test func titleWordsAreCues() {
        let plain = MoodInference.profile(for: Self.title("The Visit", genres: [.drama]))
        let christmas = MoodInference.profile(for: Self.title("A Christmas Visit", genres: [.drama]))
        #expect(christmas.tones[.heartwarming] > plain.tones[.heartwarming])
        let haunted = MoodInference.profile(for: Self.title("The Haunted Visit", genres: [.drama]))
        #expect(haunted.tones[.scary] > plain.tones[.scary])
    }

    @Test func childrensRatingsSoftenFear() {
        let adult = MoodInference.profile(for: Self.title(genres: [.horror], maturity: .r))
        let kids = MoodInference.profile(for: Self.title(genres: [.horror], maturity: .tvY7))
        #expect(kids.tones[.scary] < adult.tones[.scary])
        #expect(kids.tones[.light] > adult.tones[.light])
    }
}

@Suite struct MoodTargetTests {
    @Test func liftMovesTowardPleasantAndAwayFromSadness() {
        let match = MoodTarget(setting: MoodSetting(mood: NamedMood.melancholy.mood, strategy: .match))
        let lift = MoodTarget(setting: MoodSetting(mood: NamedMood.melancholy.mood, strategy: .lift))
        #expect(lift.point.valence > match.point.valence + 0.5)
        #expect(match.preferences[.sad] > 0)
        #expect(lift.preferences[.sad] < 0)
        #expect(lift.preferences[.heartwarming] > 0)
    }

    @Test func kidsNeverWantScary() {
        let target = MoodTarget(setting: MoodSetting(mood: NamedMood.scared.mood, audience: .kids))
        #expect(target.preferences[.scary] == -1)
    }

    @Test func fitPrefersMatchingProfiles() {
        let target = MoodTarget(setting: MoodSetting(mood: NamedMood.tense.mood))
        let thriller = MoodInference.profile(for: MoodInferenceTests.title(genres: [.thriller]))
        let comedy = MoodInference.profile(for: MoodInferenceTests.title(genres: [.comedy]))
        #expect(target.fit(thriller).value > target.fit(comedy).value + 0.3)
        #expect(target.wantedTones(in: thriller).first == .tense)
    }
}

@Suite struct ContextRulesTests {
    @Test func timeLimitsFilmsByRuntimeAndSeriesByEpisode() {
        let rules = ContextRules(setting: MoodSetting(mood: NamedMood.cozy.mood, minutesAvailable: 100))
        #expect(rules.allows(MoodInferenceTests.title(genres: [.drama], runtime: 95)))
        #expect(!rules.allows(MoodInferenceTests.title(genres: [.drama], runtime: 140)))
        #expect(!rules.allows(MoodInferenceTests.title(genres: [.drama], runtime: nil)))
        let sitcom = MoodInferenceTests.title(genres: [.comedy], kind: .series, runtime: nil)
        #expect(sitcom.estimatedEpisodeMinutes == 25)
        #expect(ContextRules(setting: MoodSetting(mood: NamedMood.cozy.mood, minutesAvailable: 30)).allows(sitcom))
        #expect(rules.phrases(for: MoodInferenceTests.title(genres: [.drama], runtime: 95)) == ["95 min fits your 1 h 40"])
    }

    @Test func kidsCapMaturity() {
        let rules = ContextRules(setting: MoodSetting(mood: NamedMood.cozy.mood, audience: .kids))
        #expect(rules.allows(MoodInferenceTests.title(genres: [.kidsFamily], maturity: .pg)))
        #expect(!rules.allows(MoodInferenceTests.title(genres: [.kidsFamily], maturity: .pg13)))
        #expect(!rules.allows(MoodInferenceTests.title(genres: [.kidsFamily], maturity: .notRated)))
    }
}
