import Catalog
import CatalogStore
import Foundation
import TestSupport
import Testing

/// Queries a person would type, each with the title that must come up in
/// the top three: on the embedded catalog (always in the repository) and on
/// the small fixture catalog.
@Suite struct SearchQualityTests {
    static let embedded = SearchBench(directory: Fixtures.embeddedCatalogDirectory)
    static let fixture = SearchBench(directory: Fixtures.catalogDirectory)

    static let embeddedCases: [(String, String)] = [
        ("stranger", "Stranger Things"), ("strnger thngs", "Stranger Things"), ("stranger things", "Stranger Things"),
        ("matrix", "The Matrix"), ("pokemon", "Pokémon the Series"), ("POKÉMON", "Pokémon the Series"),
        ("narcos", "Narcos"), ("crown", "The Crown"), ("the crown", "The Crown"),
        ("black mirror", "Black Mirror"), ("blck mirror", "Black Mirror"), ("breaking bad", "Breaking Bad"),
        ("ozark", "Ozark"), ("la casa de papel", "La casa de papel"), ("irishman", "The Irishman"),
        ("the irishmen", "The Irishman"), ("roma", "ROMA"), ("okja", "Okja"), ("queer eye", "Queer Eye"),
        ("witcher", "The Witcher"), ("schitt", "Schitt's Creek"), ("schitts creek", "Schitt's Creek"),
        ("bojack", "BoJack Horseman"), ("sherlock", "Sherlock"), ("peaky", "Peaky Blinders"),
        ("22 july", "22 July"), ("k-on", "K-On!"), ("k on", "K-On!"), ("naruto", "Naruto"),
        ("tarantino", "Pulp Fiction|Inglourious Basterds|Jackie Brown"), ("fincher", "Zodiac"), ("bird box", "Bird Box"), ("dark", "Dark"),
        ("jaws", "Jaws"), ("rocky", "Rocky"), ("spiderman", "Spider-Man: Into the Spider-Verse"),
        ("uncut gems", "Uncut Gems"), ("marriage story", "Marriage Story"), ("tiger king", "Tiger King: Murder, Mayhem and Madness"),
        ("making a murderer", "Making a Murderer"), ("our planet", "Our Planet"), ("elite", "Elite"),
        ("élite", "Elite"), ("kingdom", "Kingdom"), ("잡는", "반드시 잡는다"), ("반드시", "반드시 잡는다"),
        ("mindhunter", "MINDHUNTER"), ("mindhuntr", "MINDHUNTER"), ("umbrella academy", "The Umbrella Academy"),
        ("inglourious", "Inglourious Basterds"), ("good fellas", "GoodFellas"),
        // Letters without an accent to drop fold as ASCII spells them, in the
        // index and in the query alike.
        ("aeon flux", "Æon Flux"), ("æon flux", "Æon Flux"), ("AEON FLUX", "Æon Flux"),
        ("strasser", "Alone in Berlin|Charité"), ("sträßer", "Alone in Berlin|Charité"),
        ("asbaek", "Borgen|Woodshock|Outside the Wire"), ("oigarden", "22 July|Norsemen"),
    ]

    static let fixtureCases: [(String, String)] = [
        ("stranger", "Stranger Things"), ("strnger thngs", "Stranger Things"), ("matrix", "The Matrix"),
        ("amelie", "Amélie"), ("AMÉLIE", "Amélie"), ("pokemon", "Pokémon: Indigo League"), ("千尋", "千と千尋の神隠し"),
        ("神隠し", "千と千尋の神隠し"), ("fincher", "Zodiac"), ("office", "The Office"), ("schitts", "Schitt's Creek"),
        ("incepton", "Inception"), ("totoro", "My Neighbor Totoro"), ("hill house", "The Haunting of Hill House"),
        ("irishmen", "The Irishman"), ("miyazaki", "My Neighbor Totoro"), ("bong joon", "Parasite"),
        ("jim andy", "Jim & Andy: The Great Beyond - Featuring a Very Special, Contractually Obligated Mention of Tony Clifton"),
    ]

    @Test(arguments: embeddedCases)
    func embeddedCatalog(query: String, expected: String) throws {
        let top = try Self.embedded.top3(query)
        // "A|B": any one of several equally right answers.
        #expect(expected.split(separator: "|").contains { top.contains(String($0)) }, "'\(query)' gave \(top)")
    }

    /// A limit only shortens the list: the first five of 5 are the first
    /// five of 500 (every pass orders before it limits).
    @Test(arguments: ["the", "love", "dark", "kim", "star", "a", "s", "lov", "stranger t"])
    func aLimitNeverChangesTheOrder(query: String) throws {
        let few = try Self.embedded.database.search(query, limit: 5)
        let many = try Self.embedded.database.search(query, limit: 500)
        #expect(few == Array(many.prefix(5)), "'\(query)'")
    }

    @Test(arguments: fixtureCases)
    func fixtureCatalog(query: String, expected: String) throws {
        let top = try Self.fixture.top3(query)
        #expect(top.contains(expected), "'\(query)' gave \(top)")
    }
}

/// A catalog folder opened into a temporary database once.
final class SearchBench: @unchecked Sendable {
    let database: CatalogDatabase
    let titles: [Title]
    private let directory = TemporaryDirectory("marquee-search-quality")

    init(directory catalog: URL) {
        do {
            database = try CatalogDatabase.open(in: directory.url, files: CatalogFiles(directory: catalog))
            titles = try database.loadTitles()
        } catch {
            fatalError("cannot open \(catalog.path): \(error)")
        }
    }

    func top3(_ query: String) throws -> [String] {
        try database.search(query, limit: 3).map { titles[$0].name }
    }
}
