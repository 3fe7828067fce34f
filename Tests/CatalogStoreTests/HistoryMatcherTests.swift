import Catalog
@testable import CatalogStore
import Testing

/// Matching rows of someone's exported history to catalog titles: what
/// matches, what is ambiguous, and what is refused and why.
@Suite struct HistoryMatcherTests {
    static let titles: [Title] = [
        Title(id: "heat-1995", kind: .movie, name: "Heat", year: 1995, directors: ["Michael Mann"]),
        Title(id: "heat-1972", kind: .movie, name: "Heat", year: 1972, directors: ["Paul Morrissey"]),
        Title(id: "amelie-2001", kind: .movie, name: "Amélie", year: 2001),
        Title(id: "schindlers-list-1993", kind: .movie, name: "Schindler's List", year: 1993),
        Title(id: "the-office-u-s-2012", kind: .series, name: "The Office (U.S.)", year: 2012, seasons: 9),
        Title(id: "dark-2020", kind: .series, name: "Dark", year: 2020, seasons: 3),
        Title(id: "twins-a-2010", kind: .movie, name: "Twins", year: 2010, directors: ["Ana Ortiz"]),
        Title(id: "twins-b-2010", kind: .movie, name: "Twins", year: 2010, directors: ["Bo Lind"]),
        Title(id: "fast-and-furious-2009", kind: .movie, name: "Fast & Furious", year: 2009),
        Title(id: "crash-2004", kind: .movie, name: "Crash", year: 2004),
        Title(id: "crash-2008", kind: .series, name: "Crash", year: 2009, seasons: 2),
        Title(id: "the-host-2006", kind: .movie, name: "The Host", year: 2006),
    ]

    let matcher = HistoryMatcher(titles: Self.titles)

    func row(_ name: String, _ year: Int? = nil, _ kind: TitleKind? = nil, original: String? = nil,
             directors: [String] = []) -> HistoryRow {
        HistoryRow(file: "ratings.csv", line: 2, name: name, originalName: original, year: year, kind: kind,
                   directors: directors, facts: [])
    }

    @Test func aFilmMatchesByNameAndYearOrAYearEitherSide() {
        #expect(matcher.match(row("Heat", 1995, .movie)) == .matched("heat-1995"))
        #expect(matcher.match(row("Heat", 1996, .movie)) == .matched("heat-1995"))
        #expect(matcher.match(row("Heat", 1971)) == .matched("heat-1972"))
    }

    @Test func aFilmOfTheSameNameFromAnotherDecadeIsNeverAMatch() {
        guard case let .unmatched(reason) = matcher.match(row("Heat", 1986, .movie)) else {
            Issue.record("a 1986 Heat matched")
            return
        }
        #expect(reason.contains("1972, 1995") && reason.contains("not 1986"))
    }

    @Test func accentsQuotesArticlesAndAmpersandsDoNotCount() {
        #expect(matcher.match(row("Amelie", 2001)) == .matched("amelie-2001"))
        #expect(matcher.match(row("Schindler\u{2019}s List", 1993)) == .matched("schindlers-list-1993"))
        #expect(matcher.match(row("SCHINDLERS LIST", 1993)) == .matched("schindlers-list-1993"))
        #expect(matcher.match(row("Fast and Furious", 2009)) == .matched("fast-and-furious-2009"))
        #expect(matcher.match(row("Host", 2006)) == .matched("the-host-2006"))
    }

    @Test func aBracketedQualifierIsOptional() {
        #expect(matcher.match(row("The Office", 2005, .series)) == .matched("the-office-u-s-2012"))
        #expect(matcher.match(row("The Office (U.S.)", nil)) == .matched("the-office-u-s-2012"))
    }

    /// IMDb and Trakt give a series' first year, the catalog its latest season's.
    @Test func aSeriesMatchesWhenItsFirstYearIsNotAfterTheCatalogs() {
        #expect(matcher.match(row("Dark", 2017, .series)) == .matched("dark-2020"))
        guard case let .unmatched(reason) = matcher.match(row("Dark", 2023, .series)) else {
            Issue.record("a series starting after the catalog's year matched")
            return
        }
        #expect(reason.contains("2020"))
    }

    @Test func theKindSeparatesAFilmFromASeriesOfOneName() {
        #expect(matcher.match(row("Crash", 2004, .movie)) == .matched("crash-2004"))
        #expect(matcher.match(row("Crash", 2008, .series)) == .matched("crash-2008"))
        guard case let .unmatched(reason) = matcher.match(row("Dark", 2017, .movie)) else {
            Issue.record("a film matched a series")
            return
        }
        #expect(reason == "the catalog has it only as a series")
    }

    @Test func equalCandidatesAreAmbiguousUnlessTheDirectorTellsThemApart() {
        #expect(matcher.match(row("Twins", 2010, .movie)) == .ambiguous(["twins-a-2010", "twins-b-2010"]))
        #expect(matcher.match(row("Twins", 2010, .movie, directors: ["Bo Lind"])) == .matched("twins-b-2010"))
        // Without a year the name alone decides: two titles named Crash.
        #expect(matcher.match(row("Crash")) == .ambiguous(["crash-2004", "crash-2008"]))
    }

    @Test func theOriginalTitleCountsAsAName() {
        #expect(matcher.match(row("Le fabuleux destin", 2001, original: "Amélie")) == .matched("amelie-2001"))
    }

    /// Netflix writes an episode as "Show: Episode title".
    @Test func anEpisodeNameFindsItsSeries() {
        #expect(matcher.match(row("Dark: Secrets")) == .matched("dark-2020"))
        #expect(matcher.match(row("Nothing Like It")) == .unmatched("no catalog title of that name"))
    }

    @Test func anExactIDWins() {
        var exact = row("Something else entirely")
        exact.titleID = "heat-1972"
        #expect(matcher.match(exact) == .matched("heat-1972"))
    }
}
