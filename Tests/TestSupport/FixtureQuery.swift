import Catalog
import CatalogStore
import Foundation
import Recommender

/// The fixture catalog behind a real catalog database and title index, for
/// answering the view-model's `.query` effects in tests.
public enum FixtureQuery {
    private static let directory = TemporaryDirectory("marquee-fixture-db")

    public static let query: CatalogQuery = {
        do {
            let database = try CatalogDatabase.open(in: directory.url, files: CatalogFiles(directory: Fixtures.catalogDirectory))
            let titles = try database.loadTitles()
            return CatalogQuery(database: database, index: TitleIndex(titles: titles, titleRanks: try database.loadTitleRanks()))
        } catch {
            fatalError("fixture catalog database: \(error)")
        }
    }()

    /// Positions for `query`, as the app's query worker would answer: one row per work.
    public static func answer(_ query: TitleQuery, ratings: [TitleID: Rating] = [:]) -> [Int] {
        Fixtures.library.oneRowPerWork((try? Self.query.run(query, ratings: ratings)) ?? [])
    }
}
