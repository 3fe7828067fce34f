import CatalogStore
import Foundation
import TestSupport
import Testing

/// Issue 11 item 16 from a script: the not-for-me list (`marquee hidden`)
/// and a family evening (`marquee mood --with family`).
@Suite struct WhatPeopleExpectCommandLineTests {
    @Test func listsAddsAndRemoves() throws {
        let data = TemporaryDirectory()
        let common = ["--catalog", Fixtures.catalogDirectory.path, "--data-dir", data.path]
        let empty = try MarqueeBinary.run(["hidden", "--json"] + common)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        for id in ["zodiac-2007", "amelie-2001"] {
            let added = try MarqueeBinary.run(["hidden", "--add", id] + common)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let listed = try MarqueeBinary.run(["hidden", "--json"] + common)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["id"] as? String } == ["amelie-2001", "zodiac-2007"])
        #expect(objects.first?["title"] as? String == "Amélie")
        let text = try MarqueeBinary.run(["hidden"] + common)
        #expect(text.stdout.contains("zodiac-2007  Zodiac (2007)"), "\(text.stdout)")
        let removed = try MarqueeBinary.run(["hidden", "--remove", "zodiac-2007"] + common)
        #expect(removed.status == 0 && removed.stdout.contains("Zodiac (2007) may be suggested again"), "\(removed.stdout)\(removed.stderr)")
        let shown = try MarqueeBinary.run(["show", "zodiac-2007", "--json"] + common)
        let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect(object?["notForMe"] as? Bool == false, "\(shown.stdout)")
        // Not hidden any more: removing it again is a failure that says so.
        let again = try MarqueeBinary.run(["hidden", "--remove", "zodiac-2007"] + common)
        #expect(again.status == 1)
        #expect(again.stderr.contains("not on your not-for-me list"), "\(again.stderr)")
    }

    /// Family is saved and shown, and its suggestions are all kid-safe like the kids' ones.
    @Test func familyIsAnAudience() throws {
        let data = TemporaryDirectory()
        let common = ["--catalog", Fixtures.catalogDirectory.path, "--data-dir", data.path]
        let set = try MarqueeBinary.run(["mood", "cozy", "--with", "family"] + common)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("mood: Cozy · match · any length · with family"), "\(set.stdout)")
        let shown = try MarqueeBinary.run(["mood", "--json"] + common)
        let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect(object?["with"] as? String == "family", "\(shown.stdout)")
        let family = try MarqueeBinary.run(["suggest", "--json", "--limit", "20"] + common)
        let kids = try MarqueeBinary.run(["mood", "--with", "kids"] + common)
        #expect(kids.status == 0)
        let kidsList = try MarqueeBinary.run(["suggest", "--json", "--limit", "20"] + common)
        #expect(family.status == 0 && !family.stdout.isEmpty)
        #expect(family.stdout == kidsList.stdout)
        let help = try MarqueeBinary.run(["mood", "--help"])
        #expect(help.stdout.contains("family"))
    }

    /// `marquee rate` takes a watchlisted title off the watchlist, as the browser does.
    @Test func ratingFromTheCommandLineLeavesTheWatchlist() throws {
        let data = TemporaryDirectory()
        let common = ["--catalog", Fixtures.catalogDirectory.path, "--data-dir", data.path]
        let user = try UserDatabase(directory: data.url)
        try user.setOnWatchlist(true, id: "zodiac-2007")
        let rated = try MarqueeBinary.run(["rate", "zodiac-2007", "4"] + common)
        #expect(rated.stdout.contains("rated Zodiac (2007) ★★★★☆ (off your watchlist)"), "\(rated.stdout)\(rated.stderr)")
        #expect(try user.watchlist().isEmpty)
        let again = try MarqueeBinary.run(["rate", "zodiac-2007", "3"] + common)
        #expect(!again.stdout.contains("watchlist"), "\(again.stdout)")
    }
}
