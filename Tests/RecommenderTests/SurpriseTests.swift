import Catalog
@testable import Recommender
import TestSupport
import Testing

/// "Surprise me": a title that still fits tonight's mood but sits far from
/// what the person usually rates well.
@Suite struct SurpriseTests {
    static let crimeFan = UserSignals(ratings: [
        "mindhunter-2019": Rating(stars: 5)!, "narcos-2017": Rating(stars: 5)!, "ozark-2020": Rating(stars: 4.5)!,
        "breaking-bad-2013": Rating(stars: 5)!, "peaky-blinders-2019": Rating(stars: 4)!,
    ])

    @Test func surprisesFitTheMoodAndLeaveTheUsualGenres() throws {
        let library = Fixtures.embeddedLibrary
        let recommender = Recommender(library: library)
        let request = Recommender.Request(setting: MoodSetting(mood: NamedMood.tense.mood), limit: 20)
        let usual = recommender.suggest(request, signals: Self.crimeFan)
        let usualCrime = usual.filter { library.titles[$0.position].genres.contains(.crime) }.count
        var picks = Set<TitleID>()
        for seed in 1...8 {
            let pick = try #require(recommender.surprise(request, signals: Self.crimeFan, seed: UInt64(seed)))
            picks.insert(pick.id)
            #expect(pick.isOutsideUsual)
            #expect(pick.reason.hasPrefix("outside your usual · fits Tense"), "\(pick.reason)")
            // Still a real fit: at least three quarters of the best mood fit of the list.
            #expect(pick.terms.mood >= 0.75 * (usual.map(\.terms.mood).max() ?? 0) - 1e-6)
            #expect(Self.crimeFan.ratings[pick.id] == nil)
        }
        // Pressing again gives other titles, and they are less often crime than the usual list.
        #expect(picks.count >= 3)
        let crimePicks = picks.filter { library.title($0)!.genres.contains(.crime) }.count
        #expect(Double(crimePicks) / Double(picks.count) < Double(usualCrime) / Double(usual.count), "\(picks)")
    }
}

/// "New on the catalog" is measured from the catalog's own additions.
@Suite struct NewOnTheCatalogTests {
    static func title(_ number: Int, added: CalendarDate) -> Title {
        Title(id: TitleID("t-\(number)"), kind: .movie, name: "Title \(number)", year: 2000, dateAdded: added)
    }

    @Test func aFewLateStragglersDoNotMakeEverythingElseOld() {
        // 300 titles of 2020 added through 2021, two more in 2024.
        var titles = (0..<300).map { number in
            var title = Self.title(number, added: CalendarDate(year: 2021, month: 1 + number % 9, day: 1 + number % 28)!)
            title.year = 2020
            return title
        }
        titles += [Self.title(300, added: CalendarDate(year: 2024, month: 4, day: 5)!),
                   Self.title(301, added: CalendarDate(year: 2024, month: 4, day: 5)!)]
        titles[300].year = 2024
        titles[301].year = 2023
        let library = Library(titles: titles)
        // One in a hundred skipped: the anchor is the third newest, in September 2021.
        #expect(library.newestAddition?.year == 2021 && library.newestAddition?.month == 9)
        #expect(library.isNew(300) && library.isNew(301))
        let new = titles.indices.filter(library.isNew)
        #expect(new.count > 60, "\(new.count) new")
        #expect(!library.isNew(0))  // January 2021
    }

    @Test func anOldFilmNewlyAddedIsNotNew() {
        var titles = (0..<10).map { Self.title($0, added: CalendarDate(year: 2021, month: 9, day: 1 + $0)!) }
        for index in titles.indices { titles[index].year = 2021 }
        titles[3].year = 1987
        let library = Library(titles: titles)
        #expect(library.isNew(2))
        #expect(!library.isNew(3))
    }

    @Test func aSmallCatalogCountsFromItsNewestAddition() {
        let titles = (0..<30).map { Self.title($0, added: CalendarDate(year: 2020, month: 1 + $0 % 12, day: 1)!) }
        let library = Library(titles: titles)
        #expect(library.newestAddition == CalendarDate(year: 2020, month: 12, day: 1))
    }
}

/// Keeping the best scores without sorting them all.
@Suite struct TopSelectionTests {
    @Test func theThresholdIsTheCountThLargest() {
        var generator = SplitMix64(seed: 5)
        for size in [2, 3, 10, 101, 5_000] {
            for count in [1, 2, size / 2, size - 1] where count > 0 && count < size {
                // Few distinct values, so ties are common.
                let values = (0..<size).map { _ in Float(generator.next() % 37) / 7 }
                let expected = values.sorted(by: >)[count - 1]
                #expect(TopSelection.threshold(values, keeping: count) == expected, "size \(size) count \(count)")
            }
        }
        #expect(TopSelection.threshold([1, 2, 3], keeping: 3) == nil)
        #expect(TopSelection.threshold([1, 2, 3], keeping: 0) == nil)
    }
}

/// Large scans split over the cores come back whole and in order.
@Suite struct ParallelScanTests {
    @Test func chunksJoinInOrder() {
        for count in [0, 7, ParallelScan.minimumPerChunk * 2 + 3, 200_001] {
            let evens = ParallelScan.collect(count) { range in range.filter { $0 % 2 == 0 } }
            #expect(evens == Array(stride(from: 0, to: count, by: 2)), "count \(count)")
        }
    }
}
