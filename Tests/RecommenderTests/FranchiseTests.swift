import Catalog
@testable import Recommender
import Testing

/// Titles of one series share a key; a diversified list holds at most two of them.
@Suite struct FranchiseTests {
    static func key(_ name: String) -> String? { FranchiseKey.key(name) }

    @Test func sequelsOfOneSeriesShareAKey() {
        for name in ["Jaws 2", "Jaws 3-D", "Jaws 3D", "Jaws: The Revenge", "JAWS", "Jaws III", "Jaws Part 2"] {
            #expect(Self.key(name) == "jaws", "\(name)")
        }
        #expect(Self.key("Tremors 2: Aftershocks") == Self.key("Tremors"))
        #expect(Self.key("Rocky IV") == Self.key("Rocky"))
        #expect(Self.key("The Twilight Saga: Breaking Dawn: Part 1") == Self.key("The Twilight Saga: Eclipse"))
        #expect(Self.key("Little Singham - Black Shadow") == Self.key("Little Singham"))
        #expect(Self.key("InuYasha the Movie 3: Swords of an Honorable Ruler") == Self.key("InuYasha"))
        #expect(Self.key("Pokémon the Movie: I Choose You!") == Self.key("Pokemon: Indigo League"))
        // Series named differently from one film to the next, caught by name.
        #expect(Self.key("Fast & Furious 6") == Self.key("Furious 7"))
        #expect(Self.key("The Fast and the Furious") == Self.key("Fast Five"))
        // Distinctive series names begin titles without a colon too.
        #expect(Self.key("Barbie Dolphin Magic") == Self.key("Barbie: Spy Squad"))
        #expect(Self.key("Power Rangers Dino Fury") == Self.key("Power Rangers Samurai: Clash of the Red Rangers"))
        #expect(Self.key("Barbie") == "barbie")
        // A version tag is not a title of its own.
        #expect(Self.key("Baahubali 2: The Conclusion (Hindi Version)") == Self.key("Baahubali: The Beginning"))
    }

    @Test func titlesThatOnlyShareAWordKeepApart() {
        #expect(Self.key("Love Actually") != Self.key("Love Is Blind"))
        #expect(Self.key("Kung Fu Panda") != Self.key("Kung Fu Hustle"))
        #expect(Self.key("Circle") != Self.key("The Circle"))
        // Remakes for another country are separate works, not one series.
        #expect(Self.key("The Office (U.S.)") != Self.key("The Office (U.K.)"))
        // Only small numbers are sequels: "Apollo 13" is not "Apollo 18".
        #expect(Self.key("Apollo 13") != Self.key("Apollo 18"))
        #expect(Self.key("1917") == "1917")
        #expect(Self.key("...") == nil)
    }

    static func title(_ id: String, _ name: String, year: Int = 2019) -> Title {
        Title(id: TitleID(id), kind: .movie, name: name, year: year, runtimeMinutes: 100, maturity: .r,
              genres: [.horror, .thriller])
    }

    /// Six tense films of one series and four others of the same kind:
    /// the dial on keeps two of the series, the dial off keeps them all.
    static let library = Library(titles: [
        title("sharks-1975", "Sharks", year: 1975), title("sharks-2-1978", "Sharks 2", year: 1978),
        title("sharks-3-1983", "Sharks 3-D", year: 1983), title("sharks-4-1987", "Sharks: The Revenge", year: 1987),
        title("sharks-v-1990", "Sharks V", year: 1990), title("sharks-part-6-1992", "Sharks Part 6", year: 1992),
        title("deep-water-2019", "Deep Water"), title("the-cellar-2018", "The Cellar"),
        title("night-shift-2017", "Night Shift"), title("the-visitor-2016", "The Visitor"),
    ])

    @Test func aDiversifiedListNeverHoldsThreeOfOneFranchise() {
        let recommender = Recommender(library: Self.library)
        let setting = MoodSetting(mood: NamedMood.tense.mood)
        for diversity in [Recommender.defaultDiversity, 0.1, 0.6, 1] as [Float] {
            let list = recommender.suggest(.init(setting: setting, diversity: diversity, limit: 10), signals: UserSignals())
            let sharks = list.filter { FranchiseKey.key($0.title(in: Self.library).name) == "sharks" }
            #expect(sharks.count == 2, "diversity \(diversity): \(list.map(\.id))")
            #expect(list.count == 6, "the others fill the list")
        }
        let plain = recommender.suggest(.init(setting: setting, diversity: 0, limit: 10), signals: UserSignals())
        #expect(plain.filter { $0.id.rawValue.hasPrefix("sharks") }.count == 6, "\(plain.map(\.id))")
    }

    @Test func theCapCountsGroupsInThePool() {
        // Items 0–3 are one group and score highest; 4 and 5 are free.
        let picks = Reranking.maximalMarginalRelevance(
            scores: [1, 0.99, 0.98, 0.97, 0.5, 0.4], limit: 5, lambda: 0.3, groups: [7, 7, 7, 7, nil, 3], perGroup: 2,
            similarity: { _, _ in 0 })
        #expect(picks == [0, 1, 4, 5])
    }
}

private extension Suggestion {
    func title(in library: Library) -> Title { library.titles[position] }
}
