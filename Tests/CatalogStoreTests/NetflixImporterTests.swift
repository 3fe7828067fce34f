import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// The importer against rows written for these tests, one per kind of dirt
/// the real file has.
@Suite struct NetflixImporterTests {
    static let header = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description"

    static func importRows(_ rows: [String], previous: [String: TitleID] = [:]) throws -> NetflixCSVImporter.Result {
        let text = ([header] + rows).joined(separator: "\r\n") + "\r\n"
        return try NetflixCSVImporter(previousIDs: previous).importData(Data(text.utf8), fileName: "n.csv")
    }

    @Test func cleanRowBecomesATitleWithoutItsDescription() throws {
        let result = try Self.importRows([
            #"s1,TV Show,Stranger Things,,"Winona Ryder, David Harbour",United States,"July 4, 2019",2019,TV-14,3 Seasons,"TV Horror, TV Mysteries, TV Sci-Fi & Fantasy",A secret sentence that must never be copied."#,
        ])
        #expect(result.diagnostics.isEmpty)
        let title = try #require(result.titles.first)
        #expect(title.id == "stranger-things-2019")
        #expect(title.kind == .series)
        #expect(title.seasons == 3)
        #expect(title.maturity == .tv14)
        #expect(title.genres == [.horror, .mystery, .sciFiFantasy])
        #expect(title.cast == ["Winona Ryder", "David Harbour"])
        #expect(title.dateAdded == CalendarDate(iso: "2019-07-04"))
        #expect(title.source == "netflix:s1")
        let written = CatalogFileWriter().render(result.titles)
        #expect(!written.contains("secret sentence"))
    }

    @Test func aCompanionPieceCarriesTheBehindTheScenesCueFirst() throws {
        let result = try Self.importRows([
            #"s1,TV Show,Storm Coast,,,United Kingdom,"May 1, 2015",2009,TV-PG,1 Season,Docuseries,Wildlife cling to a wild shore."#,
            #"s2,TV Show,Storm Coast: Diaries,,,United Kingdom,"May 1, 2015",2009,TV-PG,1 Season,Docuseries,Go behind the scenes of the wildlife series."#,
            #"s3,TV Show,Border Watch,,,United States,"May 1, 2015",2019,TV-PG,1 Season,Reality TV,The behind-the-scenes action at a busy port."#,
        ])
        #expect(result.cues["storm-coast-diaries-2009"]?.first == CompanionCue.cue)
        #expect(result.cues["storm-coast-2009"]?.contains(CompanionCue.cue) != true)
        #expect(result.cues["border-watch-2019"]?.contains(CompanionCue.cue) != true)
    }

    @Test func durationInTheRatingColumnIsMoved() throws {
        let result = try Self.importRows([#"s5542,Movie,Louis C.K. 2017,Louis C.K.,Louis C.K.,United States,"April 4, 2017",2017,74 min,,Movies,x"#])
        #expect(result.titles.first?.runtimeMinutes == 74)
        #expect(result.titles.first?.maturity == .notRated)
        #expect(result.diagnostics.map(\.description) == [
            "n.csv:2: repaired: rating: held the duration '74 min'; moved to duration, maturity unknown",
        ])
    }

    @Test func foreignMaturityAndGenreLabelsAreRepaired() throws {
        let result = try Self.importRows([#"s9,Movie,Serena,Susanne Bier,Bradley Cooper,United States,"April 5, 2024",2014,A,110 min,"Drama, Romance, Thriller",x"#])
        let title = try #require(result.titles.first)
        #expect(title.maturity == .notRated)
        #expect(title.genres == [.drama, .romance, .thriller])
        #expect(result.diagnostics.allSatisfy { $0.severity == .repaired && $0.line == 2 })
        #expect(result.diagnostics.contains { $0.field == "rating" })
    }

    @Test func namesDamagedByAWrongEncodingAreDropped() throws {
        let result = try Self.importRows([#"s9,Movie,Serena,Susanne Bier,"Bradley Cooper, Bodil J�rgensen, Pavel K?�, Toby Jones",United States,,2014,R,110 min,Dramas,x"#])
        #expect(result.titles.first?.cast == ["Bradley Cooper", "Toby Jones"])
        #expect(result.diagnostics.first?.field == "cast")
    }

    @Test func lineBreakInsideATitleIsRepaired() throws {
        let result = try Self.importRows(["s8420,Movie,\"The Memphis Belle: A Story of a\r\nFlying Fortress\",William Wyler,,United States,\"March 31, 2017\",1944,TV-PG,40 min,\"Classic Movies, Documentaries\",x", "s2,Movie,Next,,,,,2000,R,90 min,Dramas,x"])
        #expect(result.titles.first?.name == "The Memphis Belle: A Story of a Flying Fortress")
        #expect(result.diagnostics.first?.line == 2)
        // The next record starts on line 4: the title took two lines.
        #expect(result.titles.count == 2)
    }

    @Test func duplicatesAreSkippedNamingTheFirstLine() throws {
        let result = try Self.importRows([
            #"s160,Movie,Love in a Puff,Pang Ho-cheung,,Hong Kong,"September 1, 2021",2010,TV-MA,103 min,Comedies,x"#,
            #"s7346,Movie,Love In A Puff,Pang Ho-cheung,,Hong Kong,"August 1, 2018",2010,TV-MA,103 min,Comedies,x"#,
        ])
        #expect(result.titles.count == 1)
        #expect(result.skipped == 1)
        #expect(result.diagnostics.first?.description == "n.csv:3: skipped: title: 'Love In A Puff' (2010) repeats line 2")
    }

    @Test func rowsThatCannotBeRepairedAreSkippedWithReasons() throws {
        let result = try Self.importRows([
            "s1,Podcast,Talk,,,,,2020,,,,x",
            "s2,Movie,No Year,,,,,nineteen,,,,x",
            "s3,Movie,,,,,,2020,,,,x",
            "s4,Movie,Fine,,,,,2020,PG,90 min,Dramas,x",
        ])
        #expect(result.titles.map(\.name) == ["Fine"])
        #expect(result.diagnostics.map(\.line) == [2, 3, 4])
        #expect(result.diagnostics.map(\.field) == ["type", "release_year", "title"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .skipped })
    }

    @Test func spreadsheetDatesAreTurnedBackIntoTitles() throws {
        let result = try Self.importRows(["s4523,Movie,22-Jul,Paul Greengrass,,Norway,,2018,R,144 min,Dramas,x"])
        #expect(result.titles.first?.name == "22 July")
        #expect(result.titles.first?.id == "22-july-2018")
    }

    @Test func missingColumnsAreRefused() {
        #expect(throws: StoreError.self) {
            try NetflixCSVImporter().importData(Data("show_id,type,title\ns1,Movie,X\n".utf8), fileName: "bad.csv")
        }
    }

    @Test func previousIDsAreKeptForTheSameSource() throws {
        let result = try Self.importRows(
            ["s1,Movie,Renamed Film,,,,,2001,R,90 min,Dramas,x", "s2,Movie,Old Name,,,,,2001,R,90 min,Dramas,x"],
            previous: ["netflix:s1": "old-name-2001"])
        #expect(result.titles.map(\.id) == ["old-name-2001", "old-name-2001-film"])
    }

    /// The committed catalog is exactly what the generator makes from the
    /// real file, so nobody edits it by hand and regeneration is stable.
    @Test func embeddedCatalogIsReproducible() throws {
        guard let shared = Fixtures.sharedDataDirectory else {
            print("skipped: ../shared/data is not on this machine, so the embedded catalog cannot be regenerated here")
            return
        }
        let committed = try CatalogFileReader().read(contentsOf: Fixtures.embeddedCatalogDirectory.appendingPathComponent("titles.tsv"))
        var previous: [String: TitleID] = [:]
        for title in committed.titles { previous[title.source] = title.id }
        let result = try NetflixCSVImporter(previousIDs: previous).importFile(at: shared.appendingPathComponent("netflix_titles.csv"))
        #expect(result.titles.count > 8_700)
        #expect(result.skipped == 7)
        #expect(result.titles.sorted { $0.id < $1.id } == committed.titles)
        #expect(result.titles.contains { $0.name == "Stranger Things" })
    }
}
