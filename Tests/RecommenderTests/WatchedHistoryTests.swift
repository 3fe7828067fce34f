import Catalog
import CatalogStore
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// What an imported history means to the recommender: watched and liked
/// titles are mild likings in taste and community, and watched titles are
/// left out of suggestions unless rewatches are on.
@Suite struct WatchedHistoryTests {
    static let library = Fixtures.library
    static let tense = Recommender.Request(setting: MoodSetting(mood: NamedMood.tense.mood), limit: 200)

    static func watched(_ ids: [TitleID]) -> [TitleID: WatchedTitle] {
        Dictionary(uniqueKeysWithValues: ids.map { ($0, WatchedTitle(days: [CalendarDate(year: 2024, month: 3, day: 2)!])) })
    }

    @Test func aWatchedTitleCountsAsAMildLikingAndALikeAsAStrongerOne() {
        let signals = UserSignals(ratings: ["parasite-2019": Rating(stars: 5)!],
                                  watched: Self.watched(["zodiac-2007", "parasite-2019"]), liked: ["inception-2010"])
        let taste = TasteProfile(library: Self.library, signals: signals)
        func evidence(_ id: TitleID) -> TasteProfile.Evidence? {
            taste.evidence.first { Self.library.titles[$0.position].id == id }
        }
        // Watched and unrated: like 3.5★ at 0.4 of a rating's weight.
        #expect(evidence("zodiac-2007")?.weight == 0.1)
        #expect(evidence("zodiac-2007")?.implicit == .watched)
        #expect(evidence("zodiac-2007")?.rating == nil)
        // Liked elsewhere: as much as a 4★ rating.
        #expect(evidence("inception-2010")?.weight == 0.5)
        #expect(evidence("inception-2010")?.implicit == .liked)
        // A rating wins over a viewing of the same title: one piece of evidence, the rating's.
        #expect(taste.evidence.filter { Self.library.titles[$0.position].id == "parasite-2019" }.count == 1)
        #expect(evidence("parasite-2019")?.weight == 1)
        #expect(evidence("parasite-2019")?.implicit == nil)
        // Strength: one rating plus 0.4 and 0.5 of one.
        #expect(abs(taste.strength - 0.19) < 0.0001)
    }

    @Test func aHiddenTitleStaysADislikeEvenWhenItWasWatched() {
        let signals = UserSignals(hidden: ["bird-box-2018"], watched: Self.watched(["bird-box-2018"]))
        let taste = TasteProfile(library: Self.library, signals: signals)
        #expect(taste.evidence.map(\.weight) == [TasteProfile.hiddenWeight])
    }

    @Test func watchedTitlesShapeTasteButWeighLessThanTheSameRatings() throws {
        let ids: [TitleID] = ["mindhunter-2017", "zodiac-2007", "the-conjuring-2013"]
        let watched = UserSignals(watched: Self.watched(ids))
        let rated = UserSignals(ratings: Dictionary(uniqueKeysWithValues: ids.map { ($0, Rating(stars: 3.5)!) }))
        let recommender = Recommender(library: Self.library)
        let cold = recommender.suggest(Self.tense, signals: UserSignals())
        let fromWatched = recommender.suggest(Self.tense, signals: watched)
        let fromRated = recommender.suggest(Self.tense, signals: rated)
        // The same titles, all three left out, and taste now counts (cold start has none).
        #expect(cold.allSatisfy { $0.terms.taste == 0 })
        #expect(fromWatched.contains { $0.terms.taste != 0 })
        let tasteOf = { (list: [Suggestion], id: TitleID) in list.first { $0.id == id }?.terms.taste ?? 0 }
        let strongest = try #require(fromRated.max { abs($0.terms.taste) < abs($1.terms.taste) })
        #expect(abs(tasteOf(fromWatched, strongest.id)) < abs(strongest.terms.taste))
        #expect(abs(tasteOf(fromWatched, strongest.id)) > 0)
    }

    @Test func aWatchedTitleIsNotSuggestedUnlessRewatchesAreOn() throws {
        let recommender = Recommender(library: Self.library)
        let cold = recommender.suggest(Self.tense, signals: UserSignals())
        let best = try #require(cold.first).id
        let signals = UserSignals(watched: Self.watched([best]))
        #expect(!recommender.suggest(Self.tense, signals: signals).contains { $0.id == best })
        var rewatching = Self.tense
        rewatching.rewatches = true
        #expect(recommender.suggest(rewatching, signals: signals).contains { $0.id == best })
        // A rewatch's reason never names the title itself.
        for suggestion in recommender.suggest(rewatching, signals: signals) {
            for phrase in suggestion.phrases {
                if case let .likedTitle(id) = phrase.kind { #expect(id != suggestion.id) }
            }
        }
    }

    @Test func rewatchesBringBackWellRatedTitlesButNeverDislikesOrHiddenOnes() throws {
        let recommender = Recommender(library: Self.library)
        let cold = recommender.suggest(Self.tense, signals: UserSignals()).map(\.id)
        #expect(cold.count >= 3)
        let signals = UserSignals(ratings: [cold[0]: Rating(stars: 4)!, cold[1]: Rating(stars: 2)!], hidden: [cold[2]],
                                  watched: Self.watched([cold[2]]))
        var rewatching = Self.tense
        rewatching.rewatches = true
        let off = recommender.suggest(Self.tense, signals: signals).map(\.id)
        let on = recommender.suggest(rewatching, signals: signals).map(\.id)
        #expect(!off.contains(cold[0]) && !off.contains(cold[1]) && !off.contains(cold[2]))
        #expect(on.contains(cold[0]))
        #expect(!on.contains(cold[1]))
        #expect(!on.contains(cold[2]))
    }

    @Test func reasonsNameAWatchedTitleAsWatched() {
        // Ten watched thrillers and crime titles: enough strength for taste to be named.
        let ids = Self.library.titles.filter { $0.genres.contains(.thriller) || $0.genres.contains(.crime) }.prefix(10).map(\.id)
        let signals = UserSignals(watched: Self.watched(Array(ids)))
        let suggestions = Recommender(library: Self.library).suggest(Self.tense, signals: signals)
        let named = suggestions.flatMap(\.phrases).filter { if case .likedTitle = $0.kind { true } else { false } }
        #expect(!named.isEmpty)
        for phrase in named {
            #expect(phrase.text.hasSuffix("(you watched it)"))
            if case let .likedTitle(id) = phrase.kind { #expect(signals.watched[id] != nil) }
        }
    }

    @Test func aWatchedTitleSeedsTheCommunityTermMoreWeaklyThanARating() throws {
        let (links, _) = try CommunityTasteTests.learned()
        let rated = CommunityTaste(library: Self.library, links: links,
                                   signals: UserSignals(ratings: ["notting-hill-1999": Rating(stars: 5)!]))
        let watched = CommunityTaste(library: Self.library, links: links,
                                     signals: UserSignals(watched: Self.watched(["notting-hill-1999"])))
        let liked = CommunityTaste(library: Self.library, links: links, signals: UserSignals(liked: ["notting-hill-1999"]))
        let notebook = try #require(Self.library.position(of: "the-notebook-2004"))
        // One seed: the best-linked title scores 1 either way; the reach is what differs.
        #expect(watched.score(at: notebook) > 0)
        #expect(abs(rated.reach - 1.0 / 3) < 0.0001)
        #expect(abs(watched.reach - 0.4 / 3) < 0.0001)
        #expect(abs(liked.reach - 0.5 / 3) < 0.0001)
        #expect(watched.strongestSource(for: notebook) == Self.library.position(of: "notting-hill-1999"))
    }

    @Test func theCommunityReasonSaysTheSeedWasOnlyWatched() throws {
        let (links, _) = try CommunityTasteTests.learned()
        let ids: [TitleID] = ["notting-hill-1999", "the-matrix-1999", "amelie-2001"]
        let signals = UserSignals(watched: Self.watched(ids))
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.romantic.mood), limit: 200)
        let phrases = Recommender(library: Self.library, community: links).suggest(request, signals: signals)
            .flatMap(\.phrases).filter { if case .community = $0.kind { true } else { false } }
        #expect(!phrases.isEmpty)
        for phrase in phrases {
            #expect(phrase.text.hasPrefix("people who liked "))
            #expect(phrase.text.hasSuffix("liked this (you watched it)"))
        }
    }

    @Test func watchedSummarySaysTheLatestDayAndHowManyMoreTimes() {
        let days = [CalendarDate(year: 2024, month: 3, day: 2)!, CalendarDate(year: 2021, month: 7, day: 9)!]
        #expect(WatchedTitle(days: days, times: 3).summary == "watched 2024-03-02 (and 2 more times)")
        #expect(WatchedTitle(days: days, times: 2).summary == "watched 2024-03-02 (and 1 more time)")
        #expect(WatchedTitle(days: [], times: 1).summary == "watched (day unknown)")
        #expect(WatchedTitle(days: days, times: 1).times == 2)
    }
}
