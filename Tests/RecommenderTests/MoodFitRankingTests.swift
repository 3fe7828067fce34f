import Catalog
@testable import Recommender
import Testing

/// What the ranking does with mood fit, on invented titles with invented
/// profiles: taste and standing order the titles that suit the mood but do
/// not pull in ones that do not; a genre says what tones cannot; kids and
/// lift steer where they should.
@Suite struct MoodFitRankingTests {
    static func title(_ id: String, genres: [Genre], maturity: Maturity = .tv14, kind: TitleKind = .movie) -> Title {
        Title(id: TitleID(id), kind: kind, name: id.replacingOccurrences(of: "-", with: " ").capitalized, year: 2018,
              runtimeMinutes: kind == .movie ? 100 : nil, seasons: kind == .series ? 2 : nil,
              maturity: maturity, genres: genres)
    }

    static func profile(_ tones: [Tone: Float]) -> MoodProfile {
        let vector = ToneVector(tones)
        return MoodProfile(point: MoodProfile.point(for: vector), tones: vector, source: .curated)
    }

    static func ranked(_ library: Library, _ setting: MoodSetting, signals: UserSignals = UserSignals()) -> [String] {
        Recommender(library: library).suggest(.init(setting: setting, diversity: 0, limit: 20), signals: signals)
            .map(\.id.rawValue)
    }

    // MARK: Relevance

    @Test func relevanceIsFullNearTheBestFitAndNoneFarBelowIt() {
        #expect(Scoring.relevance(fit: 0.8, bestFit: 0.8) == 1)
        #expect(Scoring.relevance(fit: 0.73, bestFit: 0.8) == 1)
        #expect(Scoring.relevance(fit: 0.5, bestFit: 0.8) == 0)
        let middle = Scoring.relevance(fit: 0.64, bestFit: 0.8)
        #expect(middle > 0.4 && middle < 0.6)
        // Nothing fits at all: there is no best to measure from, so nothing is held back.
        #expect(Scoring.relevance(fit: -0.2, bestFit: 0) == 1)
    }

    /// A documentary lover who feels romantic: their taste may choose among
    /// love stories, never replace them with documentaries.
    @Test func tasteOrdersFittingTitlesButDoesNotPullInOthers() {
        let documentaries = (1...6).map { Self.title("nature-film-\($0)", genres: [.documentary, .scienceNature]) }
        let romances = (1...4).map { Self.title("love-story-\($0)", genres: [.romance, .drama]) }
        let rated = (1...4).map { Self.title("rated-nature-\($0)", genres: [.documentary, .scienceNature]) }
        var profiles: [TitleID: MoodProfile] = [:]
        for title in documentaries + rated {
            profiles[title.id] = Self.profile([.thoughtProvoking: 0.9, .inspiring: 0.5, .heartwarming: 0.3])
        }
        for title in romances { profiles[title.id] = Self.profile([.romantic: 0.9, .heartwarming: 0.6]) }
        let library = Library(titles: documentaries + romances + rated, profileOverrides: profiles)
        let lover = UserSignals(ratings: Dictionary(uniqueKeysWithValues: rated.map { ($0.id, Rating(stars: 5)!) }))

        let list = Self.ranked(library, MoodSetting(mood: NamedMood.romantic.mood), signals: lover)
        #expect(Array(list.prefix(4)).allSatisfy { $0.hasPrefix("love-story") })
        // For a curious evening their taste does count, among fitting titles.
        let curious = Self.ranked(library, MoodSetting(mood: NamedMood.curious.mood), signals: lover)
        #expect(curious.first?.hasPrefix("nature-film") == true)
    }

    /// Acclaim lifts a fitting title over an equally fitting one, never a
    /// weak fit over a strong one.
    @Test func standingCountsOnlyAmongFittingTitles() {
        let strong = Self.title("plain-comedy", genres: [.comedy])
        let acclaimedWeak = Self.title("acclaimed-political-drama", genres: [.drama])
        let acclaimedStrong = Self.title("acclaimed-comedy", genres: [.comedy])
        let library = Library(
            titles: [strong, acclaimedWeak, acclaimedStrong],
            profileOverrides: [
                strong.id: Self.profile([.funny: 0.9, .light: 0.7]),
                acclaimedStrong.id: Self.profile([.funny: 0.9, .light: 0.7]),
                acclaimedWeak.id: Self.profile([.thoughtProvoking: 0.9, .inspiring: 0.9, .funny: 0.3]),
            ],
            standings: [acclaimedWeak.id: .acclaimed, acclaimedStrong.id: .acclaimed])
        let list = Self.ranked(library, MoodSetting(mood: NamedMood.cheerful.mood))
        #expect(list == ["acclaimed-comedy", "plain-comedy", "acclaimed-political-drama"])
    }

    /// The same tones, one judged by a curator and one read from genres: the
    /// judged title goes first, and the guess counts 85% of its fit.
    @Test func aJudgedProfileLeadsAnEqualGuess() {
        let guessed = Self.title("guessed-comedy", genres: [.comedy, .romance])
        let judged = Self.title("judged-comedy", genres: [.comedy, .romance])
        let inferred = Library(titles: [guessed]).profiles[0]
        #expect(inferred.source == .inferred)
        let curated = MoodProfile(point: inferred.point, tones: inferred.tones, source: .curated)
        let library = Library(titles: [guessed, judged], profileOverrides: [judged.id: curated])
        let setting = MoodSetting(mood: NamedMood.romantic.mood)
        #expect(Self.ranked(library, setting) == ["judged-comedy", "guessed-comedy"])
        let scoring = Scoring(library: library, community: .empty, request: .init(setting: setting), signals: UserSignals())
        let full = MoodTarget(setting: setting).fit(inferred, genres: guessed.genres).value
        #expect(abs(scoring.fit(at: 0).value - Scoring.inferredConfidence * full) < 1e-6)
        #expect(abs(scoring.fit(at: 1).value - full) < 1e-6)
    }

    /// Melancholy is wistful, not harrowing: of two equally sad titles, the
    /// one without darkness fits better.
    @Test func melancholyPrefersWistfulToHarrowing() {
        let target = MoodTarget(setting: MoodSetting(mood: NamedMood.melancholy.mood))
        let wistful = Self.profile([.sad: 0.8, .thoughtProvoking: 0.5])
        let harrowing = Self.profile([.sad: 0.8, .thoughtProvoking: 0.5, .dark: 0.9])
        // The tones alone say it, not only the place on the map.
        #expect(target.fit(wistful).toneFit > target.fit(harrowing).toneFit)
        #expect(target.fit(wistful).value > target.fit(harrowing).value)
    }

    // MARK: What a genre says

    @Test func fearComesFromHorrorNotFromATrueCrimeDocumentary() {
        let tones: [Tone: Float] = [.scary: 0.6, .dark: 0.8, .tense: 0.8]
        let horror = Self.title("haunted-house", genres: [.horror])
        let trueCrime = Self.title("killer-documentary", genres: [.documentary, .crime])
        let library = Library(titles: [trueCrime, horror],
                              profileOverrides: [horror.id: Self.profile(tones), trueCrime.id: Self.profile(tones)])
        #expect(Self.ranked(library, MoodSetting(mood: NamedMood.scared.mood)) == ["haunted-house", "killer-documentary"])
    }

    @Test func anAdventureIsAStoryNotASportsDocumentary() {
        let tones: [Tone: Float] = [.exciting: 0.9, .inspiring: 0.6]
        let quest = Self.title("mountain-quest", genres: [.actionAdventure])
        let season = Self.title("championship-season", genres: [.documentary, .sports])
        let library = Library(titles: [season, quest],
                              profileOverrides: [quest.id: Self.profile(tones), season.id: Self.profile(tones)])
        #expect(Self.ranked(library, MoodSetting(mood: NamedMood.adventurous.mood)) == ["mountain-quest", "championship-season"])
    }

    // MARK: Company and strategy

    /// A thriller rated TV-PG passes the kids' maturity limit, but a family
    /// evening wants the family film first.
    @Test func withKidsAFamilyFilmLeadsAMildThriller() {
        let thriller = Self.title("robot-thriller", genres: [.thriller, .sciFiFantasy], maturity: .tvPG)
        let family = Self.title("robot-friends", genres: [.kidsFamily, .sciFiFantasy], maturity: .tvPG)
        let tones: [Tone: Float] = [.exciting: 0.8, .heartwarming: 0.4, .light: 0.3]
        let library = Library(titles: [thriller, family],
                              profileOverrides: [thriller.id: Self.profile(tones), family.id: Self.profile(tones)])
        let list = Self.ranked(library, MoodSetting(mood: NamedMood.adventurous.mood, audience: .kids))
        #expect(list.first == "robot-friends")
    }

    /// Lifted out of melancholy: a warm comedy, not a warm, weighty, sad drama.
    @Test func liftPrefersWarmLightTitlesOverSadWeightyOnes() {
        let drama = Self.title("family-saga", genres: [.drama], kind: .series)
        let comedy = Self.title("village-comedy", genres: [.comedy], kind: .series)
        let library = Library(
            titles: [drama, comedy],
            profileOverrides: [
                drama.id: Self.profile([.thoughtProvoking: 0.7, .heartwarming: 0.7, .sad: 0.6, .funny: 0.3]),
                comedy.id: Self.profile([.heartwarming: 0.6, .funny: 0.6, .light: 0.5]),
            ])
        let list = Self.ranked(library, MoodSetting(mood: NamedMood.melancholy.mood, strategy: .lift))
        #expect(list == ["village-comedy", "family-saga"])
    }
}

/// Imported community ratings as standing, on invented titles and ratings.
@Suite struct CommunityStandingTests {
    @Test func fewRatingsArePulledTowardTheCommunityMean() {
        let one = CommunityStanding(mean: 5, count: 1, globalMean: 3.5)
        let many = CommunityStanding(mean: 5, count: 400, globalMean: 3.5)
        #expect(one.prior > 0 && one.prior < 0.3)
        #expect(many.prior == 1)
        #expect(CommunityStanding(mean: 2, count: 400, globalMean: 3.5).prior == -1)
        #expect(CommunityStanding(mean: 3.5, count: 50, globalMean: 3.5).prior == 0)
        // (30 · 4.1 + 10 · 3.5) / 40 = 3.95, 0.45 above the mean: 0.75 of the spread.
        #expect(abs(CommunityStanding(mean: 4.1, count: 30, globalMean: 3.5).prior - 0.75) < 1e-5)
    }

    /// Two uncurated titles that fit alike: the one the community loved leads
    /// and says why; without an import both count as unknown.
    @Test func aWellRatedTitleLeadsItsEqualAndSaysSo() {
        let loved = MoodFitRankingTests.title("loved-comedy", genres: [.comedy])
        let plain = MoodFitRankingTests.title("plain-comedy", genres: [.comedy])
        let library = Library(titles: [plain, loved])
        let links = CommunityLinks(outgoing: [:], standings: [
            loved.id: CommunityStanding(mean: 4.4, count: 1204, globalMean: 3.5),
            plain.id: CommunityStanding(mean: 3.0, count: 300, globalMean: 3.5),
        ])
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.cheerful.mood), diversity: 0)
        let list = Recommender(library: library, community: links).suggest(request, signals: UserSignals())
        #expect(list.map(\.id.rawValue) == ["loved-comedy", "plain-comedy"])
        #expect(list.first?.reason.contains("rated 4.4★ by 1,204 people") == true)
        #expect(list.last?.reason.contains("rated") == false)
        let before = Recommender(library: library).suggest(request, signals: UserSignals())
        #expect(before.first?.reason.contains("people") == false)
    }
}
