import Catalog
import CatalogStore
import Foundation
import TestSupport
import Testing

/// Every mistake in the deliberately broken fixture catalog is found, at
/// its line, and nothing crashes.
@Suite struct CatalogCheckTests {
    static let broken = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/broken-catalog")

    @Test func everyMistakeIsFoundAtItsLine() throws {
        let (content, diagnostics) = try CatalogFiles(directory: Self.broken).check()
        let found = diagnostics.map { "\($0.file):\($0.line):\($0.field ?? "-")" }
        #expect(found == [
            "titles.tsv:4:id", "titles.tsv:5:year", "titles.tsv:6:runtime", "titles.tsv:7:genres",
            "titles.tsv:8:maturity", "titles.tsv:9:title", "titles.tsv:10:added", "titles.tsv:11:id",
            "titles.tsv:12:-", "titles.tsv:13:-", "titles.tsv:14:title",
            "moods.tsv:2:tones", "moods.tsv:3:id", "moods.tsv:3:tones", "moods.tsv:4:id",
            "moods.tsv:5:id", "moods.tsv:5:valence",
            "ai-use.tsv:2:status", "ai-use.tsv:3:note",
            "cues.tsv:3:id", "cues.tsv:4:cues", "cues.tsv:4:cues", "cues.tsv:5:id", "cues.tsv:5:cues",
        ])
        #expect(diagnostics.filter { $0.severity == .warning }.count == 1)
        #expect(content.titles.map(\.id) == ["good-film-2001", "escape-2001"])
        #expect(throws: StoreError.self) { try CatalogFiles(directory: Self.broken).read() }
    }

    /// A curated `-` audience on a TV-Y title is asked about, at its line;
    /// saying young-children (or anything on an older rating) is not.
    @Test func aPreschoolTitleCuratedForEveryoneIsAskedAbout() throws {
        let folder = TemporaryDirectory()
        let header = "id\tkind\ttitle\tyear\truntime\tseasons\tmaturity\tgenres\tcountries\tdirectors\tcast\tadded\tsource\n"
        try Data((header
            + "little-tractors-2019\tseries\tLittle Tractors\t2019\t\t2\tTV-Y\tkids-family\t\t\t\t\tfixture\n"
            + "tiny-bus-2019\tseries\tTiny Bus\t2019\t\t1\tTV-Y\tkids-family\t\t\t\t\tfixture\n"
            + "sky-knights-2019\tseries\tSky Knights\t2019\t\t3\tTV-Y7\tkids-family\t\t\t\t\tfixture\n").utf8)
            .write(to: folder.url.appendingPathComponent("titles.tsv"))
        try Data(("id\ttones\tvalence\tenergy\tlogline\tstanding\taudience\tjudged\n"
            + "little-tractors-2019\tlight=1\t0.9\t0\t\t-\t-\tai-assisted\n"
            + "tiny-bus-2019\tlight=1\t0.9\t0\t\t-\tyoung-children\tai-assisted\n"
            + "sky-knights-2019\texciting=1\t0.5\t0.8\t\t-\t-\tai-assisted\n").utf8)
            .write(to: folder.url.appendingPathComponent("moods.tsv"))
        let (_, diagnostics) = try CatalogFiles(directory: folder.url).check()
        let warnings = diagnostics.filter { $0.field == "audience" }
        #expect(warnings.map { "\($0.file):\($0.line)" } == ["moods.tsv:2"], "\(diagnostics)")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("young-children") })
    }

    /// `family` is read as its own audience; on a title rated above what
    /// children may watch it is asked about, at its line.
    @Test func aFamilyAudienceIsReadAndAskedAboutOnAGrownUpRating() throws {
        let folder = TemporaryDirectory()
        let header = "id\tkind\ttitle\tyear\truntime\tseasons\tmaturity\tgenres\tcountries\tdirectors\tcast\tadded\tsource\n"
        try Data((header
            + "puddle-ducks-2018\tmovie\tPuddle Ducks\t2018\t88\t\tPG\tkids-family|comedy\t\t\t\t\tfixture\n"
            + "night-shift-2018\tmovie\tNight Shift\t2018\t101\t\tR\tthriller\t\t\t\t\tfixture\n"
            + "reef-life-2018\tseries\tReef Life\t2018\t\t1\tTV-G\tdocumentary\t\t\t\t\tfixture\n").utf8)
            .write(to: folder.url.appendingPathComponent("titles.tsv"))
        try Data(("id\ttones\tvalence\tenergy\tlogline\tstanding\taudience\tjudged\n"
            + "puddle-ducks-2018\tfunny=0.8,heartwarming=0.7\t0.8\t0.2\t\tliked\tfamily\tai-assisted\n"
            + "night-shift-2018\ttense=0.9\t-0.4\t0.8\t\t-\tfamily\tai-assisted\n"
            + "reef-life-2018\tthought-provoking=0.7\t0.6\t-0.2\t\t-\t-\tai-assisted\n").utf8)
            .write(to: folder.url.appendingPathComponent("moods.tsv"))
        let (content, diagnostics) = try CatalogFiles(directory: folder.url).check()
        #expect(content.curated["puddle-ducks-2018"]?.madeFor == .family)
        #expect(content.curated["reef-life-2018"]?.madeFor == .everyone)
        let warnings = diagnostics.filter { $0.field == "audience" }
        #expect(warnings.map { "\($0.file):\($0.line)" } == ["moods.tsv:3"], "\(diagnostics)")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("family") })
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    }

    /// A misspelt audience is an error that names the values allowed, family among them.
    @Test func anUnknownAudienceNamesFamilyAmongTheChoices() {
        let data = Data(("id\ttones\tvalence\tenergy\tlogline\tstanding\taudience\tjudged\n"
            + "puddle-ducks-2018\tfunny=0.8\t0.8\t0.2\t\t-\tfamilies\tai-assisted\n").utf8)
        let result = CuratedMoodsFile.parse(data, knownIDs: ["puddle-ducks-2018"])
        #expect(result.moods.isEmpty)
        #expect(result.diagnostics.map(\.field) == ["audience"])
        #expect(result.diagnostics.first?.message.contains("family, children, young-children, promo or -") == true)
    }

    @Test func theEmbeddedAndFixtureCatalogsAreClean() throws {
        for directory in [Fixtures.embeddedCatalogDirectory, Fixtures.catalogDirectory] {
            let (_, diagnostics) = try CatalogFiles(directory: directory).check()
            #expect(diagnostics.isEmpty, "\(directory.lastPathComponent): \(diagnostics.prefix(3))")
        }
    }

    @Test func theEmbeddedCatalogCuratesAtLeast300Titles() throws {
        let content = try CatalogFiles(directory: Fixtures.embeddedCatalogDirectory).read()
        #expect(content.curated.count >= 300)
        // The judgement of the work wins over its genres: a comedy that is mostly sad.
        let bojack = try #require(content.curated["bojack-horseman-2020"])
        #expect(bojack.profile.tones[.sad] > bojack.profile.tones[.funny])
        #expect(content.titles.first { $0.id == "bojack-horseman-2020" }?.genres == [.comedy])
        // Loglines are single sentences ("Dr." and initials are not sentence ends).
        for (id, mood) in content.curated {
            guard let logline = mood.logline else { continue }
            #expect(logline.hasSuffix("."), "\(id): \(logline)")
            #expect(logline.range(of: #"[a-z]{3,}\. [A-Z]"#, options: .regularExpression) == nil, "\(id): \(logline)")
        }
    }

    @Test func curatedProfilesAndDisclosuresAreRead() throws {
        let content = try CatalogFiles(directory: Fixtures.catalogDirectory).read()
        let grave = try #require(content.curated["grave-of-the-fireflies-1988"])
        #expect(grave.profile.source == .curated)
        #expect(grave.profile.tones[.sad] == 1)
        #expect(grave.profile.point == MoodPoint(valence: -0.8, energy: -0.3))
        #expect(grave.logline?.hasPrefix("Two orphaned siblings") == true)
        // Without a point the tones place it on the map.
        let office = try #require(content.curated["the-office-2005"])
        #expect(office.logline == nil)
        #expect(content.titles.first { $0.id == "synthetic-dreams-2024" }?.aiUse.status == .used)
        #expect(content.titles.first { $0.id == "zodiac-2007" }?.aiUse == .unknown)
    }

    @Test func curatedProfilesSurviveTheDatabase() throws {
        let directory = TemporaryDirectory()
        let database = try CatalogDatabase.open(in: directory.url, files: CatalogFiles(directory: Fixtures.catalogDirectory))
        let moods = try database.loadCuratedMoods()
        let expected = try CatalogFiles(directory: Fixtures.catalogDirectory).read().curated
        #expect(moods.count == expected.count)
        for (id, mood) in expected {
            #expect(moods[id]?.logline == mood.logline)
            for tone in Tone.allCases { #expect(abs((moods[id]?.profile.tones[tone] ?? -1) - mood.profile.tones[tone]) < 0.0001) }
        }
        let titles = try database.loadTitles()
        #expect(titles.first { $0.id == "synthetic-dreams-2024" }?.aiUse == .used(note: "fixture: invented disclosure for tests"))
    }

    @Test func changingTheMoodsFileRebuildsTheIndex() throws {
        let data = TemporaryDirectory(), catalog = try Fixtures.catalogCopy(["titles.tsv", "moods.tsv", "ai-use.tsv"])
        let files = CatalogFiles(directory: catalog.url)
        _ = try CatalogDatabase.open(in: data.url, files: files)
        try Data("id\ttones\tvalence\tenergy\tlogline\n".utf8).write(to: files.moodsURL)
        let reopened = try CatalogDatabase.open(in: data.url, files: files)
        #expect(reopened.wasBuilt)
        #expect(try reopened.loadCuratedMoods().isEmpty)
    }
}

@Suite struct TitleIndexTests {
    static let titles = try! Fixtures.fixtureTitles()
    static let index = TitleIndex(titles: titles)

    static func names(_ positions: [Int]) -> [String] { positions.map { titles[$0].name } }

    static func filtered(_ build: (inout TitleFilter) -> Void) -> Set<String> {
        var filter = TitleFilter()
        build(&filter)
        return Set(names(index.filter(filter)))
    }

    @Test func emptyFilterKeepsEverything() {
        #expect(Self.index.filter(TitleFilter()).count == Self.titles.count)
    }

    @Test func eachFilterNarrows() {
        #expect(Self.filtered { $0.kinds = [.series] } == Set(Self.titles.filter { $0.kind == .series }.map(\.name)))
        #expect(Self.filtered { $0.genres = [.horror, .thriller] } == ["The Conjuring", "Bird Box"])
        #expect(Self.filtered { $0.years = 1980...1989 } == ["My Neighbor Totoro", "Grave of the Fireflies"])
        #expect(Self.filtered { $0.maturityCeiling = .tvY7 } == ["Pokémon: Indigo League", "My Neighbor Totoro", "Planet Earth II"])
        #expect(Self.filtered { $0.countries = ["Japan", "Spain"] } == ["My Neighbor Totoro", "千と千尋の神隠し", "Grave of the Fireflies", "Klaus", "Pokémon: Indigo League"])
        #expect(Self.filtered { $0.countries = ["Atlantis"] }.isEmpty)
        #expect(Self.filtered { $0.aiUse = [.used] } == ["Synthetic Dreams"])
    }

    @Test func lengthFilterUsesEpisodeEstimatesForSeries() {
        let short = Self.filtered { $0.minutes = 0...30 }
        #expect(short.contains("The Office"))
        #expect(short.contains("Pokémon: Indigo League"))
        #expect(!short.contains("Stranger Things"))
        #expect(Self.filtered { $0.minutes = 151...TitleFilter.noUpperMinutes } == ["Zodiac", "The Irishman"])
    }

    @Test func sortsOrderAsNamed() {
        let all = Array(0..<Self.titles.count)
        let byTitle = Self.names(Self.index.sort(all, by: .title, fromTextSearch: false))
        #expect(byTitle.firstIndex(of: "The Matrix")! > byTitle.firstIndex(of: "Manchester by the Sea")!)
        #expect(byTitle.firstIndex(of: "The Matrix")! < byTitle.firstIndex(of: "Mindhunter")!)
        #expect(byTitle.first == "Amélie")
        let byYear = Self.index.sort(all, by: .year, fromTextSearch: false).map { Self.titles[$0].year }
        #expect(byYear == byYear.sorted(by: >))
        let byRuntime = Self.names(Self.index.sort(all, by: .runtime, fromTextSearch: false))
        #expect(byRuntime.last == "The Irishman" || Self.titles.first { $0.name == byRuntime.last }?.sittingMinutes == nil)
        let added = Self.index.sort(all, by: .added, fromTextSearch: false).compactMap { Self.titles[$0].dateAdded }
        #expect(added == added.sorted(by: >))
        let ratings: [TitleID: Rating] = ["okja-2017": Rating(stars: 5)!, "klaus-2019": Rating(stars: 2)!]
        #expect(Array(Self.names(Self.index.sort(all, by: .rating, ratings: ratings, fromTextSearch: false)).prefix(2)) == ["Okja", "Klaus"])
        #expect(Self.index.sort([3, 1, 2], by: .relevance, fromTextSearch: true) == [3, 1, 2])
    }

    @Test func wordsThenFilterThenOrder() throws {
        let query = FixtureQuery.query
        let horror = try query.run(TitleQuery(text: "the", filter: { var f = TitleFilter(); f.genres = [.horror]; return f }(), sort: .year))
        #expect(Self.names(horror) == ["The Haunting of Hill House", "The Conjuring"])
        let limited = try query.run(TitleQuery(text: "", sort: .title), limit: 2)
        #expect(Self.names(limited) == ["Amélie", "Bird Box"])
    }
}
