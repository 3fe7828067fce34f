import Catalog
@testable import CatalogStore
import TestSupport
import Testing

/// Long lists are put in order by walking a precomputed order of the whole
/// catalog; that must give exactly the list that comparing gives.
@Suite struct TitleOrdersTests {
    static let titles = Fixtures.embeddedLibrary.titles
    static let index = TitleIndex(titles: titles)

    /// Random subsets from one title to the whole catalog, both sides of the walk's threshold.
    static func subsets(seed: UInt64) -> [[Int]] {
        var generator = SplitMix64(seed: seed)
        let count = titles.count
        return [1, 7, 50, count / 20, count / 10, count / 3, count - 1, count].map { size in
            var all = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) { all.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
            return Array(all.prefix(size))
        }
    }

    @Test(arguments: [TitleOrders.Key.added, .title, .year, .runtime])
    func walkingTheWholeOrderSortsLikeComparing(key: TitleOrders.Key) {
        for subset in Self.subsets(seed: 5) {
            let expected = Self.index.sortedDirectly(subset, by: key)
            #expect(Self.index.ordered(subset, by: key) == expected, "\(key) of \(subset.count)")
            #expect(Set(expected) == Set(subset))
        }
    }

    @Test func ratingsFirstThenTheRestAToZ() {
        var generator = SplitMix64(seed: 9)
        var ratings: [TitleID: Rating] = [:]
        for _ in 0..<300 {
            ratings[Self.titles[Int(generator.next() % UInt64(Self.titles.count))].id] = Rating(stars: Double(1 + generator.next() % 5))
        }
        for subset in Self.subsets(seed: 6) {
            // The rule as stated: best rated first, unrated last, ties A–Z.
            let stars = { (p: Int) in ratings[Self.titles[p].id]?.stars ?? -1 }
            let expected = subset.sorted { a, b in
                stars(a) != stars(b) ? stars(a) > stars(b) : Self.index.titleRanks[a] < Self.index.titleRanks[b]
            }
            #expect(Self.index.sort(subset, by: .rating, ratings: ratings, fromTextSearch: false) == expected, "\(subset.count)")
        }
    }

    @Test func theEmbeddedCatalogHasTiesForTheRanksToBreak() {
        // Otherwise the tests above would not show that ties come out A–Z.
        #expect(Set(Self.index.years).count < Self.titles.count / 10)
        #expect(Set(Self.index.added).count < Self.titles.count / 2)
    }
}
