import Catalog
import Recommender
import TestSupport
import Testing

@Suite struct TasteProfileTests {
    @Test func scoreSplitsExactlyIntoOneTermPerRatedTitle() {
        let library = Fixtures.library
        let signals = UserSignals(ratings: ["mindhunter-2017": Rating(stars: 5)!, "the-office-2005": Rating(stars: 1)!],
                                  hidden: ["klaus-2019"])
        let taste = TasteProfile(library: library, signals: signals)
        for position in 0..<library.count {
            let features = library.features[position]
            let total = taste.contributions(features, library: library).reduce(Float(0)) { $0 + $1.value }
            #expect(abs(total - taste.score(features)) < 0.0001)
        }
    }

    @Test func likedTitlesPullTheirNeighboursUp() {
        let library = Fixtures.library
        let taste = TasteProfile(library: library, signals: UserSignals(ratings: ["mindhunter-2017": Rating(stars: 5)!]))
        let zodiac = library.features[library.position(of: "zodiac-2007")!]
        let klaus = library.features[library.position(of: "klaus-2019")!]
        #expect(taste.score(zodiac) > taste.score(klaus) + 0.1)
        #expect(taste.strength == 0.1)
    }

    @Test func noRatingsMeansNoTaste() {
        let taste = TasteProfile(library: Fixtures.library, signals: UserSignals())
        #expect(taste.isEmpty)
        #expect(taste.score(Fixtures.library.features[0]) == 0)
    }
}

@Suite struct RecommenderTests {
    static func suggest(_ mood: NamedMood, library: Library = Fixtures.embeddedLibrary, signals: UserSignals = UserSignals(),
                        minutes: Int? = nil, audience: Audience = .alone, strategy: MoodStrategy = .match,
                        diversity: Float = Recommender.defaultDiversity, limit: Int = 20) -> [Suggestion] {
        let setting = MoodSetting(mood: mood.mood, strategy: strategy, minutesAvailable: minutes, audience: audience)
        return Recommender(library: library).suggest(.init(setting: setting, diversity: diversity, limit: limit), signals: signals)
    }

    static func share(_ suggestions: [Suggestion], in genres: Set<Genre>, library: Library = Fixtures.embeddedLibrary) -> Double {
        let hits = suggestions.filter { !genres.isDisjoint(with: library.titles[$0.position].genres) }.count
        return Double(hits) / Double(max(1, suggestions.count))
    }

    @Test func coldStartTenseIsThrillersHorrorAndCrime() {
        let list = Self.suggest(.tense)
        #expect(list.count == 20)
        #expect(Self.share(list, in: [.thriller, .horror, .crime, .mystery, .actionAdventure]) >= 0.8)
    }

    @Test func coldStartCozyHasNoHorror() {
        let list = Self.suggest(.cozy)
        #expect(Self.share(list, in: [.horror]) == 0)
        // Genre labels are a smoke check only (the reviewer panel judges fit): most are still of the family.
        #expect(Self.share(list, in: [.kidsFamily, .comedy, .romance, .music, .reality, .drama]) >= 0.6)
    }

    @Test func scaredIsHorror() {
        #expect(Self.share(Self.suggest(.scared), in: [.horror, .thriller, .mystery]) >= 0.7)
    }

    @Test func noChildrensOrPromotionalTitlesForAGrownUpAlone() {
        for mood in NamedMood.allCases {
            for suggestion in Self.suggest(mood) {
                let madeFor = Fixtures.embeddedLibrary.madeFor[suggestion.position]
                #expect(madeFor != .youngChildren && madeFor != .promotion, "\(mood): \(suggestion.id)")
            }
        }
    }

    @Test func kidsOnlyGetKidSafeTitles() {
        let list = Self.suggest(.adventurous, audience: .kids)
        #expect(!list.isEmpty)
        for suggestion in list {
            #expect(Fixtures.embeddedLibrary.titles[suggestion.position].maturity.isKidSafe)
            #expect(suggestion.reason.contains("fine for kids"))
        }
    }

    @Test func everythingFitsTheTimeAvailable() {
        let list = Self.suggest(.cheerful, minutes: 90)
        #expect(!list.isEmpty)
        for suggestion in list {
            let title = Fixtures.embeddedLibrary.titles[suggestion.position]
            #expect((title.sittingMinutes ?? 999) <= 90)
            #expect(suggestion.reason.contains("fit"))
        }
    }

    @Test func ratedAndHiddenTitlesAreNotSuggested() {
        let library = Fixtures.library
        let first = Self.suggest(.tense, library: library, limit: 5)
        let rated = first[0].id, hidden = first[1].id
        let again = Self.suggest(.tense, library: library, signals: UserSignals(ratings: [rated: Rating(stars: 4)!], hidden: [hidden]), limit: 30)
        #expect(!again.contains { $0.id == rated || $0.id == hidden })
    }

    @Test func everyListHasOneLabelledPickFromOutsideTheUsual() {
        let signals = UserSignals(ratings: ["stranger-things-2019": Rating(stars: 5)!, "narcos-2017": Rating(stars: 5)!])
        for mood in [NamedMood.tense, .cozy, .curious] {
            let list = Self.suggest(mood, signals: signals)
            let outside = list.filter(\.isOutsideUsual)
            #expect(outside.count == 1, "\(mood)")
            #expect(outside.first?.reason.hasPrefix("outside your usual") == true)
        }
    }

    /// With nothing rated there is no "usual" to be outside of: the pick is
    /// labelled for what it really differs from.
    @Test func withoutRatingsThePickIsNotClaimedOutsideYourUsual() throws {
        for mood in [NamedMood.tense, .cozy] {
            let list = Self.suggest(mood)
            let picks = list.filter(\.isOutsideUsual)
            #expect(picks.count == 1, "\(mood)")
            guard let outside = picks.first else { continue }
            #expect(outside.reason.hasPrefix("something different"), "\(outside.reason)")
            #expect(!list.contains { $0.reason.contains("outside your usual") })
        }
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.tense.mood), limit: 20)
        let pick = try #require(Recommender(library: Fixtures.embeddedLibrary).surprise(request, signals: UserSignals(), seed: 1))
        #expect(pick.reason.hasPrefix("unlike this mood's usual picks"), "\(pick.reason)")
    }

    @Test func moreDiversityGivesMoreVariedLists() {
        // Intra-list diversity: mean genre distance (1 − Jaccard) over all pairs.
        func diversity(_ list: [Suggestion]) -> Double {
            let sets = list.map { Set(Fixtures.embeddedLibrary.titles[$0.position].genres.filter { !$0.isDescriptiveOnly }) }
            var total = 0.0, pairs = 0.0
            for i in sets.indices { for j in sets.indices where j > i {
                let union = sets[i].union(sets[j]).count
                total += union == 0 ? 0 : 1 - Double(sets[i].intersection(sets[j]).count) / Double(union)
                pairs += 1
            } }
            return total / pairs
        }
        for mood in [NamedMood.thoughtful, .tense, .cozy] {
            let focused = diversity(Self.suggest(mood, diversity: 0))
            let varied = diversity(Self.suggest(mood, diversity: 1))
            #expect(varied > focused, "\(mood): \(varied) vs \(focused)")
        }
    }

    @Test func liftingAMelancholyEveningAvoidsSadness() {
        let matched = Self.suggest(.melancholy, strategy: .match)
        let lifted = Self.suggest(.melancholy, strategy: .lift)
        func sadness(_ list: [Suggestion]) -> Float {
            list.reduce(0) { $0 + Fixtures.embeddedLibrary.profiles[$1.position].tones[.sad] } / Float(list.count)
        }
        #expect(sadness(lifted) < sadness(matched) / 2)
        #expect(lifted.first?.reason.hasPrefix("lifts Melancholy") == true)
    }

    @Test func surpriseIsReproducibleAndVaries() {
        let recommender = Recommender(library: Fixtures.embeddedLibrary)
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.curious.mood))
        let first = recommender.surprise(request, signals: UserSignals(), seed: 1)
        #expect(first?.id == recommender.surprise(request, signals: UserSignals(), seed: 1)?.id)
        let picks = Set((1...10).compactMap { recommender.surprise(request, signals: UserSignals(), seed: $0)?.id })
        #expect(picks.count >= 3)
    }
}

/// Every phrase of a reason stands for a real, non-zero term of that
/// title's score; nothing is a canned sentence.
@Suite struct ExplanationFaithfulnessTests {
    @Test func phrasesMatchTheTermsThatRankedTheTitle() {
        let library = Fixtures.embeddedLibrary
        let liked: TitleID = "stranger-things-2019"
        let signals = UserSignals(ratings: [liked: Rating(stars: 5)!, "mindhunter-2019": Rating(stars: 5)!,
                                            "narcos-2017": Rating(stars: 4)!],
                                  watchlist: ["the-haunting-of-bly-manor-2020", "dark-2020"])
        var sawTaste = false
        for mood in NamedMood.allCases {
            let setting = MoodSetting(mood: mood.mood, minutesAvailable: mood == .tired ? 60 : nil)
            let list = Recommender(library: library).suggest(.init(setting: setting, limit: 20), signals: signals)
            for suggestion in list {
                #expect(!suggestion.phrases.isEmpty)
                #expect(abs(suggestion.terms.total - suggestion.score) < 0.0001)
                for phrase in suggestion.phrases {
                    switch phrase.kind {
                    case .mood:
                        #expect(suggestion.terms.mood != 0)
                        #expect(phrase.text.contains(mood.mood.displayName))
                    case let .likedTitle(id):
                        sawTaste = true
                        #expect(suggestion.terms.taste > 0)
                        #expect(signals.ratings[id].map { $0.stars >= 3.5 } == true)
                        #expect(phrase.text.contains(library.title(id)!.name))
                    case let .community(id):
                        // Checked with real links in CommunityTasteTests; none here.
                        #expect(suggestion.terms.community > 0)
                        #expect(signals.ratings[id].map { $0.stars >= 4 } == true)
                    case .watchlist:
                        #expect(signals.watchlist.contains(suggestion.id))
                        #expect(suggestion.terms.prior > 0)
                    case .new:
                        #expect(library.isNew(suggestion.position))
                        // Recency is never the main reason: the mood comes before it.
                        #expect(suggestion.phrases.firstIndex { $0.kind == .new }! > suggestion.phrases.firstIndex { $0.kind == .mood }!)
                    case .standing:
                        #expect(library.standings[suggestion.position].map { $0 == .acclaimed || $0 == .cult } == true)
                        #expect(suggestion.terms.prior > 0)
                    case .outsideUsual:
                        #expect(suggestion.isOutsideUsual)
                    case .context:
                        #expect(setting.minutesAvailable != nil || setting.audience == .kids)
                    }
                }
            }
        }
        #expect(sawTaste)
    }
}
