import Catalog
@testable import Recommender
import Testing

/// "New on the catalog" is measured from the anchor: the one pass that
/// finds it gives what sorting every date gave.
@Suite struct NewAdditionAnchorTests {
    private func sortedAnchor(_ titles: [Title]) -> CalendarDate? {
        let added = titles.compactMap(\.dateAdded).sorted(by: >)
        let anchorRank = min(Library.newAnchorRank, max(1, added.count / 100))
        return added.isEmpty ? nil : added[anchorRank - 1]
    }

    @Test(arguments: [0, 1, 5, 99, 150, 1_999, 2_000, 2_001, 6_000])
    func anchorAsBySorting(count: Int) throws {
        var random = SplitMix64(seed: UInt64(count) + 7)
        let titles = (0..<count).map { index -> Title in
            // Few distinct days, so ties are common; a tenth undated.
            let day = Int(random.next() % 28) + 1, month = Int(random.next() % 12) + 1, year = 2010 + Int(random.next() % 3)
            let date = random.next() % 10 == 0 ? nil : CalendarDate(year: year, month: month, day: day)
            return Title(id: TitleID("t\(index)"), kind: .movie, name: "T\(index)", year: 2020, dateAdded: date)
        }
        #expect(Library.anchor(of: titles) == sortedAnchor(titles))
    }
}
