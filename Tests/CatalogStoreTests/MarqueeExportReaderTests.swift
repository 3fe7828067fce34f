import Catalog
@testable import CatalogStore
import Foundation
import TestSupport
import Testing

/// Reading `marquee export` files back, of this format and the first.
@Suite struct MarqueeExportReaderTests {
    func read(_ text: String) throws -> MarqueeExportReader.Result {
        let folder = TemporaryDirectory()
        let url = folder.url.appendingPathComponent("mine.json")
        try Data(text.utf8).write(to: url)
        return try MarqueeExportReader().read(at: url)
    }

    /// Format 1, written before imports existed: days instead of moments, no viewings or sources.
    @Test func aFormatOneExportIsRead() throws {
        let result = try read("""
            {
              "format" : 1,
              "ratings" : [
                { "id" : "zodiac-2007", "title" : "Zodiac", "stars" : 4.5, "ratedOn" : "2026-03-04" }
              ],
              "watchlist" : [ { "id" : "okja-2017", "title" : "Okja" } ],
              "notForMe" : [],
              "moodCorrections" : [ { "id" : "okja-2017", "tones" : { "sad" : 0.25 } } ],
              "mood" : { "mood" : "cozy", "valence" : 0.6, "energy" : -0.5, "strategy" : "lift", "with" : "kids" },
              "diversity" : 0.4
            }
            """)
        #expect(result.read.problems.isEmpty)
        #expect(result.read.rows.map(\.line) == [4, 6, 8])
        #expect(result.read.rows[0].facts == [.rated(Rating(stars: 4.5)!, on: UserDatabase.moment("2026-03-04T00:00:00Z"))])
        #expect(result.read.rows[0].titleID == "zodiac-2007" && result.read.rows[0].origin == nil)
        #expect(result.read.rows[2].facts == [.corrected(ToneVector([.sad: 0.25]), on: nil)])
        #expect(result.mood?.mood.name == "cozy" && result.mood?.strategy == .lift && result.mood?.audience == .kids)
        #expect(result.diversity == 0.4)
    }

    @Test func aNewerFormatAndAnythingElseAreRefused() throws {
        #expect(throws: StoreError.invalidFile(location: "mine.json:1", reason: "format: 3 is from a newer Marquee; this one reads formats 1 to 2")) {
            try read(#"{"format": 3, "ratings": [], "watchlist": [], "notForMe": [], "moodCorrections": []}"#)
        }
        #expect(throws: StoreError.invalidFile(location: "mine.json:1", reason: "not a Marquee export (no format)")) {
            try read(#"{"ratings": []}"#)
        }
        #expect(throws: StoreError.invalidFile(location: "mine.json:1", reason: "not a Marquee export (not JSON)")) {
            try read("Date,Name,Year\n")
        }
    }

    @Test func badEntriesAreProblemsOnTheirLines() throws {
        let result = try read("""
            {"format": 2,
             "ratings": [
               {"id": "a", "stars": 4, "ratedAt": "yesterday"},
               {"id": "b", "stars": 4, "source": "myspace"}
             ],
             "watched": [{"id": "c", "on": "2023-02-30"}],
             "watchlist": [], "notForMe": [], "moodCorrections": [{"id": "d", "tones": {"sad": 2}}]}
            """)
        #expect(result.read.rows.isEmpty)
        #expect(result.read.problems.map(\.description) == [
            "mine.json:3: ratedAt: 'yesterday' is not a time",
            "mine.json:4: source: 'myspace' is not a service Marquee imports from",
            "mine.json:6: on: '2023-02-30' is not a day",
            "mine.json:7: tones: sad 2.0 is not from 0 to 1",
        ])
    }
}
