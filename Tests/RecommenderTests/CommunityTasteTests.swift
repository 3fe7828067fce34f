import Catalog
import CatalogStore
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// Community links learned from the invented fixture ratings of catalog
/// films, and how they reach suggestions and their reasons.
@Suite struct CommunityTasteTests {
    static func learned() throws -> (links: CommunityLinks, matches: [Int: TitleID]) {
        let folder = Fixtures.movieLensDirectory
        let dataset = try MovieLensReader().read(ratings: folder.appendingPathComponent("invented-catalog-ratings.csv"),
                                                 movies: folder.appendingPathComponent("invented-catalog-movies.csv"))
        let matcher = CommunityTitleMatcher(titles: Fixtures.library.titles)
        var matches: [Int: TitleID] = [:]
        for item in dataset.items { if let id = matcher.match(item) { matches[item.id] = id } }
        return (CommunityModel.learn(from: dataset, matches: matches).links, matches)
    }

    @Test func linksJoinFilmsLikedByTheSamePeople() throws {
        let (links, matches) = try Self.learned()
        // Ten of the twelve films are in the fixture catalog.
        #expect(matches.count == 10)
        let fromNottingHill = links.outgoing["notting-hill-1999"]?.map(\.target) ?? []
        #expect(fromNottingHill.first == "the-notebook-2004" || fromNottingHill.first == "amelie-2001")
        #expect(fromNottingHill.contains("the-notebook-2004"))
        #expect(!fromNottingHill.contains("the-conjuring-2013"))
        #expect(links.outgoing["the-matrix-1999"]?.contains { $0.target == "inception-2010" } == true)
        // Weights are positive and strongest first.
        for targets in links.outgoing.values {
            #expect(targets.allSatisfy { $0.weight > 0 })
            #expect(targets.map(\.weight) == targets.map(\.weight).sorted(by: >))
        }
    }

    @Test func theReasonNamesTheLikedTitleWhoseLinkCountedMost() throws {
        let (links, _) = try Self.learned()
        let signals = UserSignals(ratings: ["notting-hill-1999": Rating(stars: 5)!, "the-matrix-1999": Rating(stars: 4.5)!,
                                            "zodiac-2007": Rating(stars: 2)!])
        let setting = MoodSetting(mood: NamedMood.romantic.mood)
        let suggestions = Recommender(library: Fixtures.library, community: links)
            .suggest(.init(setting: setting, diversity: 0, limit: 30), signals: signals)
        let notebook = try #require(suggestions.first { $0.id == "the-notebook-2004" })
        #expect(notebook.terms.community > 0)
        #expect(notebook.reason.contains("people who liked Notting Hill liked this"), "\(notebook.reason)")
        // Every community phrase names a title the person liked that really links to the suggestion.
        for suggestion in suggestions {
            for phrase in suggestion.phrases {
                guard case .community(let source) = phrase.kind else { continue }
                #expect(suggestion.terms.community > 0)
                #expect((signals.ratings[source]?.stars ?? 0) >= 4)
                #expect(links.outgoing[source]?.contains { $0.target == suggestion.id } == true)
            }
            if suggestion.terms.community == 0 { #expect(!suggestion.reason.contains("people who liked")) }
        }
        // A disliked title lends nothing: Zodiac's neighbours get no community term from it.
        let zodiacOnly = UserSignals(ratings: ["zodiac-2007": Rating(stars: 2)!])
        let dark = Recommender(library: Fixtures.library, community: links)
            .suggest(.init(setting: MoodSetting(mood: NamedMood.dark.mood), limit: 30), signals: zodiacOnly)
        #expect(dark.allSatisfy { $0.terms.community == 0 })
    }

    @Test func withoutAnImportNothingChanges() throws {
        let signals = UserSignals(ratings: ["notting-hill-1999": Rating(stars: 5)!])
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.romantic.mood), limit: 10)
        let plain = Recommender(library: Fixtures.library).suggest(request, signals: signals)
        #expect(plain.allSatisfy { $0.terms.community == 0 })
        #expect(plain == Recommender(library: Fixtures.library, community: .empty).suggest(request, signals: signals))
    }
}
