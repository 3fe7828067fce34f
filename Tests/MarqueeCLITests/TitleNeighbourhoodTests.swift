import Catalog
import CatalogStore
import Foundation
@testable import MarqueeCLI
import Recommender
import Testing
import TestSupport

/// `marquee show` reads a title's neighbourhood from the index instead of
/// loading the catalog. What it says must be what the full library says:
/// the same similar titles in the same order with the same reasons, the
/// same versions, profile and provenance.
@Suite struct TitleNeighbourhoodTests {
    @Test func sayWhatTheFullLibrarySaysOnTheEmbeddedCatalog() throws {
        let data = TemporaryDirectory()
        let catalog = try CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
        let full = Fixtures.embeddedLibrary
        let similar = SimilarTitles(library: full)
        // Every 100th title, and every title with versions among the first ones.
        var sample = Array(stride(from: 0, to: full.count, by: 100))
        sample += full.titles.indices.filter { full.otherVersionCount(at: $0) > 0 }.prefix(12)
        var withSimilar = 0
        for position in sample {
            let title = full.titles[position]
            let near = try TitleNeighbourhood(id: title.id, catalog: catalog, dataDirectory: data.url)
            let own = near.library.titles[near.position]
            #expect(own == title)
            func described(_ library: Library, _ matches: [SimilarTitles.Match]) -> [String] {
                matches.map { "\(library.titles[$0.position].id) \($0.because) \($0.likeness)" }
            }
            let expected = described(full, similar.similar(to: position, limit: 5))
            let answered = described(near.library, SimilarTitles(library: near.library).similar(to: near.position, limit: 5))
            #expect(answered == expected, "\(title.id)")
            if !expected.isEmpty { withSimilar += 1 }
            #expect(near.library.versions(of: near.position).map { near.library.titles[$0].id }
                        == full.versions(of: position).map { full.titles[$0].id }, "\(title.id)")
            #expect(near.library.profile(at: near.position, corrections: [:]) == full.profile(at: position, corrections: [:]))
            #expect(near.library.provenance(at: near.position, corrections: [:]) == full.provenance(at: position, corrections: [:]))
        }
        #expect(withSimilar > sample.count / 2)
    }
}
