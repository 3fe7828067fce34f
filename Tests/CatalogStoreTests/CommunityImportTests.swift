import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Matching community films to catalog titles, and the community file.
@Suite struct CommunityImportTests {
    static let matcher = CommunityTitleMatcher(titles: try! Fixtures.fixtureTitles())

    static func film(_ title: String, _ year: Int?) -> CommunityItem { CommunityItem(id: 1, title: title, year: year) }

    @Test func trailingArticlesAndBracketedOriginalTitlesMatch() {
        #expect(Self.matcher.match(Self.film("Matrix, The", 1999)) == TitleID("the-matrix-1999"))
        #expect(Self.matcher.match(Self.film("Amelie (Fabuleux destin d'Amélie Poulain, Le)", 2001)) == TitleID("amelie-2001"))
        #expect(Self.matcher.match(Self.film("Conjuring, The", 2013)) == TitleID("the-conjuring-2013"))
        #expect(CommunityTitleMatcher.frontArticle("Fabuleux destin d'Amélie Poulain, Le") == "Le Fabuleux destin d'Amélie Poulain")
        #expect(CommunityTitleMatcher.names(ofCommunityTitle: "City of God (Cidade de Deus)") == ["city of god", "cidade de deus"])
    }

    @Test func aYearOneOffMatchesOnlyWhenNothingElseFits() {
        #expect(Self.matcher.match(Self.film("Parasite", 2018)) == TitleID("parasite-2019"))
        #expect(Self.matcher.match(Self.film("Parasite", 2016)) == nil)
        #expect(Self.matcher.match(Self.film("Parasite", nil)) == nil)
    }

    @Test func seriesUnknownFilmsAndAmbiguousNamesMatchNothing() {
        // Mindhunter is a series in the catalog; MovieLens lists films.
        #expect(Self.matcher.match(Self.film("Mindhunter", 2017)) == nil)
        #expect(Self.matcher.match(Self.film("Paper Valentine", 1998)) == nil)
        let twins = [
            Title(id: TitleID("heat-1995"), kind: .movie, name: "Heat", year: 1995),
            Title(id: TitleID("heat-1995-b"), kind: .movie, name: "Heat", year: 1995),
        ]
        #expect(CommunityTitleMatcher(titles: twins).match(Self.film("Heat", 1995)) == nil)
    }

    @Test func theFileKeepsRatingsFilmsAndLinksAndReplacesWhole() throws {
        let folder = TemporaryDirectory()
        #expect(try CommunityDatabase.links(in: folder.url).isEmpty)
        #expect(try CommunityDatabase.summary(in: folder.url) == nil)
        let dataset = CommunityDataset(
            ratings: [CommunityRating(user: 1, item: 8, stars: 5), CommunityRating(user: 1, item: 9, stars: 4.5)],
            items: [CommunityItem(id: 8, title: "Matrix, The", year: 1999), CommunityItem(id: 9, title: "Inception", year: 2010)])
        let links = CommunityLinks(outgoing: [
            TitleID("the-matrix-1999"): [CommunityLinks.Link(target: TitleID("inception-2010"), weight: 0.25)],
        ])
        let summary = try CommunityDatabase.write(
            dataset: dataset, matches: [8: TitleID("the-matrix-1999"), 9: TitleID("inception-2010")],
            links: links, model: "test model", in: folder.url)
        #expect(summary == CommunityDatabase.Summary(ratings: 2, people: 1, films: 2, matched: 2, links: 1, model: "test model"))
        let read = try CommunityDatabase.links(in: folder.url)
        #expect(read.outgoing == links.outgoing)
        // Each matched film's ratings become its community standing (mean 4.75 over both ratings).
        #expect(read.standings[TitleID("the-matrix-1999")] == CommunityStanding(mean: 5, count: 1, globalMean: 4.75))
        #expect(read.standings[TitleID("inception-2010")] == CommunityStanding(mean: 4.5, count: 1, globalMean: 4.75))
        #expect(try CommunityDatabase.summary(in: folder.url) == summary)
        _ = try CommunityDatabase.write(dataset: dataset, matches: [:], links: .empty, model: "again", in: folder.url)
        #expect(try CommunityDatabase.links(in: folder.url).isEmpty)
        // Only the finished file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [CommunityDatabase.fileName])
    }
}
