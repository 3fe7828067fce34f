import Catalog
@testable import Recommender
import TestSupport
import Testing

/// The similar-titles scan tells shared people by feature numbers instead of
/// names; it must say exactly what `SimilarCandidates.sharesPeople` says.
@Suite struct SimilarPeopleFeatureTests {
    static func personFeatures(_ library: Library, _ position: Int) -> [Int32] {
        library.features[position].indices.filter { library.personFeatures[Int($0)] }
    }

    @Test func featureNumbersShareExactlyWhenNamesDo() {
        let library = Fixtures.embeddedLibrary
        var agreed = 0, shared = 0
        // Every 7th title against every title: ~11 million pairs on the embedded catalog.
        for source in stride(from: 0, to: library.count, by: 7) {
            let names = SimilarCandidates.people(of: library.titles[source])
            let numbers = Self.personFeatures(library, source)
            for other in library.titles.indices {
                let byNames = SimilarCandidates.sharesPeople(names, with: library.titles[other])
                let byNumbers = SimilarTitles.sharesAny(numbers, library.features[other].indices)
                if byNames == byNumbers { agreed += 1 } else {
                    Issue.record("\(library.titles[source].id) and \(library.titles[other].id): names \(byNames), numbers \(byNumbers)")
                    return
                }
                if byNames { shared += 1 }
            }
        }
        #expect(agreed > 1_000_000)
        // The check means something: many pairs share people, most do not.
        #expect(shared > 1_000 && shared < agreed / 10, "\(shared) of \(agreed)")
    }

    @Test func aDirectorWhoActsElsewhereIsNotSharedCast() {
        var titles = try! Fixtures.fixtureTitles()
        titles[0].directors = ["Ada Vale"]
        titles[0].cast = []
        titles[1].directors = []
        titles[1].cast = ["Ada Vale"]
        let library = Library(titles: Array(titles.prefix(2)))
        #expect(!SimilarTitles.sharesAny(Self.personFeatures(library, 0), library.features[1].indices))
        titles[1].directors = ["Ada Vale"]
        let both = Library(titles: Array(titles.prefix(2)))
        #expect(SimilarTitles.sharesAny(Self.personFeatures(both, 0), both.features[1].indices))
    }
}
