import Catalog
import Foundation
import CatalogStore
import Recommender
import Testing
import TestSupport

/// `IndexedSearch` (one-shot commands, nothing loaded) must list exactly
/// what the app lists through the in-memory library: same titles, same
/// order, same version folding, same "closest" and "about" notes.
@Suite struct IndexedSearchTests {
    /// The app's way: `CatalogQuery` over the loaded titles, then the
    /// library's `oneRowPerWork`, as `marquee search` did before.
    struct LoadedSearch {
        let database: CatalogDatabase
        let library: Library
        let query: CatalogQuery

        init(catalog: TemporaryDirectory, files: URL) throws {
            database = try CatalogDatabase.open(in: catalog.url, files: CatalogFiles(directory: files))
            let titles = try database.loadTitles()
            library = Library(titles: titles)
            query = CatalogQuery(database: database, index: TitleIndex(titles: titles, titleRanks: try database.loadTitleRanks()))
        }

        func run(_ request: TitleQuery, ratings: [TitleID: Rating], limit: Int) throws -> [String] {
            var answer = try query.matches(request, ratings: ratings, limit: 2 * limit)
            var rows = library.oneRowPerWork(answer.positions)
            if rows.count < limit, answer.positions.count == 2 * limit {
                answer = try query.matches(request, ratings: ratings)
                rows = library.oneRowPerWork(answer.positions)
            }
            let lines = rows.prefix(limit).map { position in
                "\(library.titles[position].id) +\(library.otherVersionCount(at: position))"
                    + (answer.aboutWords[position].map { " about " + $0.joined(separator: ",") } ?? "")
            }
            return ["closest \(answer.isClosest && !rows.isEmpty) about \(answer.isAbout)"] + lines
        }
    }

    static func indexed(_ database: CatalogDatabase, _ request: TitleQuery, ratings: [TitleID: Rating], limit: Int) throws -> [String] {
        let answer = try IndexedSearch(database: database).run(request, ratings: ratings, limit: limit)
        return ["closest \(answer.isClosest) about \(answer.isAbout)"] + answer.rows.map { row in
            "\(row.title.id) +\(row.otherVersions)" + (row.aboutWords.map { " about " + $0.joined(separator: ",") } ?? "")
        }
    }

    /// Words, filters, orders and limits that exercise every path: prefix
    /// and word matches, typos, "about" fallbacks, versions, filters with and
    /// without words, each order, limits around the version spare.
    static func requests(words: [String]) -> [(TitleQuery, Int)] {
        var filters: [TitleFilter] = [TitleFilter()]
        var horror = TitleFilter()
        horror.genres = [.horror]
        horror.years = 1990...2010
        filters.append(horror)
        var series = TitleFilter()
        series.kinds = [.series]
        filters.append(series)
        var short = TitleFilter()
        short.minutes = 0...95
        short.countries = ["india", "United States"]
        filters.append(short)
        var requests: [(TitleQuery, Int)] = []
        for (index, text) in (words + [""]).enumerated() {
            for (filterIndex, filter) in filters.enumerated() {
                let sort = TitleSort.allCases[(index + filterIndex) % TitleSort.allCases.count]
                for limit in [1, 7, 40] {
                    requests.append((TitleQuery(text: text, filter: filter, sort: sort), limit))
                }
            }
        }
        return requests
    }

    static let typed = [
        "stranger things", "the", "a", "example", "example film", "strnger thngs", "korean zombie period drama",
        "fincher", "spiderman", "god father", "love", "boomika", "game over", "qqqzzzxxx", "world war", "千と千尋", "m",
    ]

    @Test func listsWhatTheLibraryListsOnTheFixtureCatalog() throws {
        let folder = TemporaryDirectory()
        let loaded = try LoadedSearch(catalog: folder, files: Fixtures.catalogDirectory)
        var words = Self.typed
        // Words of the catalog's own titles, cut short as a person types.
        var random = SplitMix64(seed: 7)
        for _ in 0..<20 {
            let name = loaded.library.titles[Int(random.next() % UInt64(loaded.library.count))].name
            words.append(String(name.prefix(Int(random.next() % 8) + 1)))
        }
        let ratings = Dictionary(uniqueKeysWithValues: loaded.library.titles.prefix(12).enumerated().map {
            ($1.id, Rating(stars: Double($0 % 5) + 1)!)
        })
        var compared = 0, versioned = 0
        for (request, limit) in Self.requests(words: words) {
            let expected = try loaded.run(request, ratings: ratings, limit: limit)
            let answer = try Self.indexed(loaded.database, request, ratings: ratings, limit: limit)
            #expect(answer == expected, "\(request) limit \(limit)")
            compared += 1
            if expected.contains(where: { !$0.hasSuffix(" +0") && !$0.hasPrefix("closest") }) { versioned += 1 }
        }
        #expect(compared > 300)
        #expect(versioned > 0, "some lists fold versions")
    }

    @Test func listsWhatTheLibraryListsOnTheEmbeddedCatalog() throws {
        let folder = TemporaryDirectory()
        let loaded = try LoadedSearch(catalog: folder, files: Fixtures.embeddedCatalogDirectory)
        var versioned = 0
        for (request, limit) in Self.requests(words: Self.typed) where limit != 1 {
            let expected = try loaded.run(request, ratings: [:], limit: limit)
            #expect(try Self.indexed(loaded.database, request, ratings: [:], limit: limit) == expected, "\(request) limit \(limit)")
            if expected.contains(where: { !$0.hasSuffix(" +0") && !$0.hasPrefix("closest") }) { versioned += 1 }
        }
        #expect(versioned > 0, "Boomika's dubs are folded into one row")
    }

    @Test func theBuildStoresTheVersionGroupsThatTheLibraryWorksOut() throws {
        let folder = TemporaryDirectory()
        let database = try CatalogDatabase.open(in: folder.url, files: CatalogFiles(directory: Fixtures.embeddedCatalogDirectory))
        let titles = try database.loadTitles()
        let works = try database.loadWorks()
        #expect(works == VersionGrouping.works(titles))
        #expect(works.enumerated().contains { $0.offset != $0.element }, "the embedded catalog has versions")
    }
}
