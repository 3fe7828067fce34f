import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// IMDb's datasets read as published (gzip, tab-separated, `\N`) into a
/// catalog folder, with invented fixtures in the exact format.
@Suite struct IMDbDatasetsTests {
    static let fixtures = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/imdb")
    static let files = ["title.basics.tsv", "title.ratings.tsv", "title.crew.tsv", "title.principals.tsv", "name.basics.tsv"]

    /// The fixtures gzipped, as IMDb publishes them.
    static func published(in folder: TemporaryDirectory) throws -> URL {
        let directory = folder.url.appendingPathComponent("imdb")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in files {
            let writer = try GzipFiles.Writer(url: directory.appendingPathComponent(name + ".gz"))
            try writer.write(String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8))
            try writer.close()
        }
        return directory
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    @Test func gzipAndPlainFilesReadTheSameLines() throws {
        let folder = TemporaryDirectory()
        let gz = folder.url.appendingPathComponent("x.tsv.gz")
        let writer = try GzipFiles.Writer(url: gz)
        var text = ""
        for number in 0..<50_000 { text += "line \(number)\tü\r\n" }
        try writer.write(text)
        try writer.write("last line without a break")
        try writer.close()
        let plain = folder.url.appendingPathComponent("x.tsv")
        try Data((text + "last line without a break").utf8).write(to: plain)
        var fromGzip: [String] = [], fromPlain: [String] = []
        try GzipFiles.forEachLine(of: gz) { fromGzip.append(String($0)) }
        try GzipFiles.forEachLine(of: plain) { fromPlain.append(String($0)) }
        #expect(fromGzip.count == 50_001)
        #expect(fromGzip == fromPlain)
        #expect(fromGzip[49_999] == "line 49999\tü" && fromGzip.last == "last line without a break")
        #expect((try FileManager.default.attributesOfItem(atPath: gz.path)[.size] as? Int ?? 0) < text.utf8.count / 4)
    }

    @Test func aTruncatedGzipFileIsRefused() throws {
        let folder = TemporaryDirectory()
        let gz = folder.url.appendingPathComponent("cut.tsv.gz")
        let writer = try GzipFiles.Writer(url: gz)
        try writer.write(String(repeating: "tconst\tx\n", count: 10_000))
        try writer.close()
        let bytes = try Data(contentsOf: gz)
        try bytes.prefix(bytes.count / 2).write(to: gz)
        #expect(throws: GzipFiles.Failure.self) { try GzipFiles.forEachLine(of: gz) { _ in } }
    }

    @Test func filmsAndSeriesBecomeACatalogWithRatingsDirectorsAndCast() throws {
        let folder = TemporaryDirectory()
        let output = folder.url.appendingPathComponent("catalog")
        let summary = try IMDbDatasets().run(from: try Self.published(in: folder), to: output)
        #expect(summary.films == 5 && summary.series == 3)
        #expect(summary.passedOver == ["adult": 1, "no year": 1, "short": 1, "tvEpisode": 1, "videoGame": 1])
        #expect(summary.rated == 5 && summary.withDirectors == 4 && summary.withCast == 3)

        let titles = try CatalogFiles(directory: output).read()
        #expect(titles.titles.map(\.id.rawValue).sorted() == [
            "copper-kettle-tales-2020", "glass-orchard-2019", "ile-de-lumiere-2018", "midnight-harbour-2004",
            "midnight-harbour-2004-film", "snow-on-the-pass-2011", "the-lantern-keeper-1994", "the-salt-road-2021",
        ])
        let keeper = try #require(titles.titles.first { $0.id == "the-lantern-keeper-1994" })
        #expect(keeper.kind == .movie && keeper.runtimeMinutes == 142 && keeper.genres == [.drama])
        #expect(keeper.directors == ["Odile Ferrand"])
        // Actors and actresses in billing order, four at most; the director's line is not cast.
        #expect(keeper.cast == ["Rafael Quintero", "Hana Kobayashi", "Ignatius Bell", "Moses Adeyemi"])
        #expect(keeper.source == "imdb:tt0000101" && keeper.maturity == .notRated)
        // A series' year is its last year when it ended, else its first.
        #expect(titles.titles.first { $0.source == "imdb:tt0000103" }?.year == 2019)
        #expect(titles.titles.first { $0.source == "imdb:tt0000105" }?.year == 2020)
        #expect(titles.titles.first { $0.source == "imdb:tt0000104" }?.genres == [.drama, .actionAdventure])
        #expect(titles.titles.first { $0.source == "imdb:tt0000105" }?.genres == [.kidsFamily, .comedy])
        #expect(titles.ratings["the-lantern-keeper-1994"] == RatingsFile.Entry(stars: 4.65, votes: 2_800_000))
        #expect(titles.ratings["copper-kettle-tales-2020"] == nil)

        let standings = RatingsFile.standings(titles.ratings)
        #expect(standings["the-lantern-keeper-1994"]!.prior > 0.5)
        #expect(standings["midnight-harbour-2004-film"]!.prior < 0)
        #expect(standings["the-lantern-keeper-1994"]!.summary == "rated 4.7★ by 2,800,000 people")
    }

    /// Importing a newer release keeps every title's id, so ratings stay with their titles.
    @Test func aSecondImportKeepsTheIDs() throws {
        let folder = TemporaryDirectory()
        let output = folder.url.appendingPathComponent("catalog")
        let published = try Self.published(in: folder)
        _ = try IMDbDatasets().run(from: published, to: output)
        let first = try CatalogFiles(directory: output).read().titles
        // The namesake documentary listed first this time would take the plain id, were ids not kept.
        var basics = try Self.lines(Self.fixtures.appendingPathComponent("title.basics.tsv"))
        let documentary = basics.firstIndex { $0.hasPrefix("tt0000112") }!
        basics.insert(basics.remove(at: documentary), at: 1)
        try Data((basics.joined(separator: "\n") + "\n").utf8).write(to: published.appendingPathComponent("title.basics.tsv"))
        try FileManager.default.removeItem(at: published.appendingPathComponent("title.basics.tsv.gz"))
        _ = try IMDbDatasets().run(from: published, to: output)
        let second = try CatalogFiles(directory: output).read().titles
        #expect(Dictionary(uniqueKeysWithValues: first.map { ($0.source, $0.id) }) == Dictionary(uniqueKeysWithValues: second.map { ($0.source, $0.id) }))
    }

    @Test func aMalformedLineNamesFileLineAndField() throws {
        let folder = TemporaryDirectory()
        let published = try Self.published(in: folder)
        let output = folder.url.appendingPathComponent("catalog")
        let writer = try GzipFiles.Writer(url: published.appendingPathComponent("title.ratings.tsv.gz"))
        try writer.write("tconst\taverageRating\tnumVotes\ntt0000101\t9.3\t100\ntt0000102\tgood\t4200\n")
        try writer.close()
        #expect(throws: StoreError.invalidFile(location: "title.ratings.tsv.gz:3", reason: "averageRating: 'good' is not a rating from 1 to 10")) {
            try IMDbDatasets().run(from: published, to: output)
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("titles.tsv").path), "nothing half-written")

        let basics = try GzipFiles.Writer(url: published.appendingPathComponent("title.basics.tsv.gz"))
        try basics.write("tconst\ttitleType\tprimaryTitle\n")
        try basics.close()
        #expect(throws: StoreError.invalidFile(location: "title.basics.tsv.gz:1", reason:
            "header: expected tconst titleType primaryTitle originalTitle isAdult startYear endYear runtimeMinutes genres")) {
            try IMDbDatasets().run(from: published, to: output)
        }
    }
}
