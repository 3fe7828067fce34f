import Catalog
import CatalogStore
import Foundation
@testable import Recommender
import TestSupport
import Testing

/// Suggestions walk `SuggestionIndex` blocks and similar titles walk
/// `SimilarIndex` instead of scoring every title; both must give exactly
/// what the full scans give (the scans stay as the reference): random moods
/// (named and dial points), strategies, audiences, time limits, ratings,
/// corrections, watchlists, community links and limits.
@Suite struct CandidateIndexTests {
    static let synthesized: Library = {
        let catalog = TemporaryDirectory()
        do {
            let source = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).read()
            try CatalogSynthesizer(source: source.titles, cues: source.cues, seed: 11).write(count: 30_000, to: catalog.url)
            return try Fixtures.library(from: catalog.url)
        } catch { fatalError("synthetic catalog: \(error)") }
    }()

    static func randomSetting(_ random: inout SplitMix64) -> MoodSetting {
        let mood: Mood = Bool.random(using: &random)
            ? NamedMood.allCases.randomElement(using: &random)!.mood
            : .custom(at: MoodPoint(valence: Float.random(in: -1...1, using: &random), energy: Float.random(in: -1...1, using: &random)))
        let minutes: Int? = Int.random(in: 0..<3, using: &random) == 0 ? Int.random(in: 25...180, using: &random) : nil
        return MoodSetting(mood: mood, strategy: MoodStrategy.allCases.randomElement(using: &random)!,
                           minutesAvailable: minutes, audience: Audience.allCases.randomElement(using: &random)!)
    }

    static func randomSignals(_ library: Library, _ random: inout SplitMix64) -> UserSignals {
        func someID() -> TitleID { library.titles[Int.random(in: 0..<library.count, using: &random)].id }
        var signals = UserSignals()
        for _ in 0..<Int.random(in: 0...40, using: &random) { signals.ratings[someID()] = Rating(stars: Double(Int.random(in: 2...10, using: &random)) / 2) }
        for _ in 0..<Int.random(in: 0...4, using: &random) { signals.watchlist.insert(someID()) }
        for _ in 0..<Int.random(in: 0...3, using: &random) { signals.hidden.insert(someID()) }
        for _ in 0..<Int.random(in: 0...5, using: &random) { signals.watched[someID()] = WatchedTitle() }
        for _ in 0..<Int.random(in: 0...3, using: &random) { signals.liked.insert(someID()) }
        if Int.random(in: 0..<3, using: &random) == 0 {
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                var tones = ToneVector()
                for tone in Tone.allCases where Bool.random(using: &random) { tones[tone] = Float.random(in: 0...1, using: &random) }
                signals.corrections[someID()] = tones
            }
        }
        return signals
    }

    /// Links from rated and random titles to random others, and community standings, half the time.
    static func randomCommunity(_ library: Library, signals: UserSignals, _ random: inout SplitMix64) -> CommunityLinks {
        guard Bool.random(using: &random) else { return .empty }
        func someID() -> TitleID { library.titles[Int.random(in: 0..<library.count, using: &random)].id }
        var outgoing: [TitleID: [CommunityLinks.Link]] = [:]
        var sources = Array(signals.ratings.keys.sorted { $0.rawValue < $1.rawValue }.prefix(10))
        for _ in 0..<20 { sources.append(someID()) }
        for source in sources {
            outgoing[source] = (0..<Int.random(in: 1...12, using: &random))
                .map { _ in CommunityLinks.Link(target: someID(), weight: Float.random(in: 0.01...1, using: &random)) }
                .sorted { $0.weight > $1.weight }
        }
        var standings: [TitleID: CommunityStanding] = [:]
        for _ in 0..<200 {
            standings[someID()] = CommunityStanding(mean: Float.random(in: 1...5, using: &random), count: Int.random(in: 1...500, using: &random),
                                                    globalMean: 3.5)
        }
        return CommunityLinks(outgoing: outgoing, standings: standings)
    }

    static func describe(_ list: [Scored]) -> [String] {
        list.map { "\($0.position) \($0.score) \($0.fit.value) \($0.terms.taste)" }
    }

    func checkSuggestions(_ library: Library, requests: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var nonEmpty = 0
        for number in 0..<requests {
            let signals = Self.randomSignals(library, &random)
            let links = Self.randomCommunity(library, signals: signals, &random)
            let request = Recommender.Request(setting: Self.randomSetting(&random), diversity: Float.random(in: 0...1, using: &random),
                                              limit: [1, 10, 30, 60].randomElement(using: &random)!,
                                              rewatches: Int.random(in: 0..<4, using: &random) == 0)
            let scoring = Scoring(library: library, community: links, request: request, signals: signals)
            let indexed = Self.describe(scoring.rankedCandidatesByIndex()), scanned = Self.describe(scoring.rankedCandidatesByScan())
            if indexed != scanned {
                Issue.record("request \(number) (\(request.setting.summary)): \(indexed.count) vs \(scanned.count) candidates; first difference at \(indexed.indices.first { $0 >= scanned.count || indexed[$0] != scanned[$0] } ?? -1)")
                return
            }
            if !indexed.isEmpty { nonEmpty += 1 }
            let recommender = Recommender(library: library, community: links)
            #expect(recommender.suggest(request, signals: signals).map(\.id).count <= request.limit)
        }
        #expect(nonEmpty > requests / 2)
    }

    func checkSimilar(_ library: Library, requests: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var nonEmpty = 0
        for number in 0..<requests {
            let position = Int.random(in: 0..<library.count, using: &random)
            let links = Self.randomCommunity(library, signals: Self.randomSignals(library, &random), &random)
            var excluded: Set<TitleID> = []
            for _ in 0..<Int.random(in: 0...3, using: &random) { excluded.insert(library.titles[Int.random(in: 0..<library.count, using: &random)].id) }
            let finder = SimilarTitles(library: library, community: links)
            let limit = [1, 3, 8, 20, 50].randomElement(using: &random)!
            let indexed = finder.similarByIndex(to: position, limit: limit, excluding: excluded)
            let scanned = finder.similarByScan(to: position, limit: limit, excluding: excluded)
            if indexed != scanned {
                Issue.record("similar \(number) to \(library.titles[position].id), limit \(limit): \(indexed.map(\.position)) vs \(scanned.map(\.position))")
                return
            }
            if !indexed.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > requests / 2)
    }

    @Test func embeddedSuggestionsAreTheScansOwn() { checkSuggestions(Fixtures.embeddedLibrary, requests: 150, seed: 1) }
    @Test func synthesizedSuggestionsAreTheScansOwn() { checkSuggestions(Self.synthesized, requests: 100, seed: 2) }
    @Test func embeddedSimilarTitlesAreTheScansOwn() { checkSimilar(Fixtures.embeddedLibrary, requests: 400, seed: 3) }
    @Test func synthesizedSimilarTitlesAreTheScansOwn() { checkSimilar(Self.synthesized, requests: 300, seed: 4) }

    /// `TopValues` is the bar a walk stops at: the smallest of the largest kept.
    @Test func topValuesKeepsTheLargest() {
        var random = SplitMix64(seed: 5)
        var top = TopValues(capacity: 10)
        var all: [Float] = []
        for _ in 0..<1000 {
            let value = Float.random(in: -5...5, using: &random)
            all.append(value)
            top.insert(value)
        }
        #expect(top.floor == all.sorted(by: >)[9])
        #expect(TopValues(capacity: 3).floor == -.infinity)
    }
}
