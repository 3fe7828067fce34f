import Catalog
import CatalogStore
import Foundation
import TestSupport
import Testing

/// The real binary as a script would use it: arguments in, text or JSON out,
/// exit codes that mean something. Each test has its own data directory.
@Suite struct CommandLineTests {
    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func searchPrintsJSONObjectsWithTheRequiredFields() throws {
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["search", "stranger", "--json", "--limit", "5", "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(objects.count == 5)
        for object in objects {
            for key in ["id", "title", "year", "type", "genres"] { #expect(object[key] != nil, "\(key)") }
        }
        #expect(objects.contains { $0["title"] as? String == "Stranger Things" })
    }

    @Test func unknownIDIsOneLineAndExitCodeOne() throws {
        let data = TemporaryDirectory()
        for arguments in [["show", "no-such-title-1999"], ["rate", "no-such-title-1999", "3"]] {
            let result = try MarqueeBinary.run(arguments + ["--data-dir", data.path])
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.contains("no-such-title-1999") == true)
        }
    }

    @Test func unknownMoodIsOneLineAndAUsageError() throws {
        let data = TemporaryDirectory()
        for arguments in [["mood", "grumpy"], ["suggest", "--mood", "grumpy"]] {
            let result = try MarqueeBinary.run(arguments + ["--data-dir", data.path])
            #expect(result.status == 64)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("'grumpy'"))
        }
    }

    @Test func ratingsAreStoredShownAndCleared() throws {
        let data = TemporaryDirectory()
        let id = "stranger-things-2019"
        #expect(try MarqueeBinary.run(["rate", id, "4.5", "--data-dir", data.path]).status == 0)
        let shown = try #require(try json(MarqueeBinary.run(["show", id, "--json", "--data-dir", data.path]).stdout) as? [String: Any])
        #expect(shown["myRating"] as? Double == 4.5)
        #expect(shown["onWatchlist"] as? Bool == false)
        #expect(shown["title"] as? String == "Stranger Things")
        #expect(try MarqueeBinary.run(["rate", id, "0", "--data-dir", data.path]).status == 0)
        let cleared = try #require(try json(MarqueeBinary.run(["show", id, "--json", "--data-dir", data.path]).stdout) as? [String: Any])
        #expect(cleared["myRating"] is NSNull)
    }

    @Test func badStarsAreRefusedAndNothingIsWritten() throws {
        let data = TemporaryDirectory()
        for stars in ["6", "3.3", "-1", "lots"] {
            let result = try MarqueeBinary.run(["rate", "stranger-things-2019", stars, "--data-dir", data.path])
            #expect(result.status != 0)
            #expect(result.stderr.contains("stars"))
        }
        let shown = try #require(try json(MarqueeBinary.run(["show", "stranger-things-2019", "--json", "--data-dir", data.path]).stdout) as? [String: Any])
        #expect(shown["myRating"] is NSNull)
    }

    @Test func exportWritesEverythingAndEraseRemovesItOnlyWhenAsked() throws {
        let data = TemporaryDirectory()
        for arguments in [["rate", "zodiac-2007", "4.5"], ["mood", "cozy", "--time", "90"]] {
            #expect(try MarqueeBinary.run(arguments + ["--data-dir", data.path]).status == 0)
        }
        let file = data.url.appendingPathComponent("mine.json")
        let written = try MarqueeBinary.run(["export", "--out", file.path, "--data-dir", data.path])
        #expect(written.stdout.hasPrefix("Wrote 1 ratings"), "\(written.stdout)")
        let document = try #require(try json(String(contentsOf: file, encoding: .utf8)) as? [String: Any])
        let ratings = try #require(document["ratings"] as? [[String: Any]])
        #expect(ratings.first?["id"] as? String == "zodiac-2007" && ratings.first?["stars"] as? Double == 4.5)
        #expect(ratings.first?["title"] as? String == "Zodiac")
        #expect((document["mood"] as? [String: Any])?["mood"] as? String == "cozy")
        #expect((document["mood"] as? [String: Any])?["minutes"] as? Int == 90)

        // Without --yes and without a terminal to ask on, nothing is touched.
        let refused = try MarqueeBinary.run(["erase", "--data-dir", data.path])
        #expect(refused.status == 64 && refused.stderr.contains("without --yes"))
        #expect(FileManager.default.fileExists(atPath: data.url.appendingPathComponent("user.sqlite").path))
        let erased = try MarqueeBinary.run(["erase", "--yes", "--data-dir", data.path])
        #expect(erased.status == 0 && erased.stdout.contains("user.sqlite"), "\(erased.stdout)")
        #expect(!FileManager.default.fileExists(atPath: data.url.appendingPathComponent("user.sqlite").path))
        let after = try json(MarqueeBinary.run(["show", "zodiac-2007", "--json", "--data-dir", data.path]).stdout) as? [String: Any]
        #expect(after?["myRating"] is NSNull)
        let empty = TemporaryDirectory()
        #expect(try MarqueeBinary.run(["erase", "--yes", "--data-dir", empty.path]).stdout.hasPrefix("Nothing to erase"))
    }

    @Test func showListsSimilarTitlesWithWhy() throws {
        let data = TemporaryDirectory()
        let shown = try #require(try json(MarqueeBinary.run(["show", "zodiac-2007", "--json", "--data-dir", data.path]).stdout) as? [String: Any])
        let similar = try #require(shown["similar"] as? [[String: Any]])
        #expect(similar.count == 5)
        // Fincher's other film in the catalog comes first, for the reason it says.
        #expect(similar.first?["title"] as? String == "The Girl with the Dragon Tattoo")
        #expect(similar.first?["because"] as? String == "same director")
        let text = try MarqueeBinary.run(["show", "zodiac-2007", "--data-dir", data.path]).stdout
        #expect(text.contains("similar     The Girl with the Dragon Tattoo (2011) · same director"))
    }

    @Test func moodIsSavedAndSuggestionsFollowIt() throws {
        let data = TemporaryDirectory()
        let set = try MarqueeBinary.run(["mood", "tense", "--time", "100", "--with", "friends", "--data-dir", data.path])
        #expect(set.stdout == "mood: Tense · match · 1 h 40 · with friends\n")
        let result = try MarqueeBinary.run(["suggest", "--json", "--limit", "8", "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(objects.count == 8)
        for object in objects {
            #expect(object["score"] is Double)
            let reason = try #require(object["reason"] as? String)
            #expect(reason.contains("Tense"))
            #expect(reason.contains("fit"))
            if let runtime = object["runtime"] as? Int { #expect(runtime <= 100) }
        }
    }

    @Test func suggestTextShowsAReasonUnderEveryTitle() throws {
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["suggest", "--mood", "cozy", "--limit", "5", "--data-dir", data.path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "For Cozy · match · any length · alone:")
        #expect(lines.count == 11)
        for index in stride(from: 2, to: lines.count, by: 2) { #expect(lines[index].hasPrefix("   fits Cozy") || lines[index].contains("Cozy")) }
    }

    @Test func theBrowserRefusesToRunWithoutATerminal() throws {
        let result = try MarqueeBinary.run(["--data-dir", TemporaryDirectory().path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("needs a terminal"))
    }

    @Test func catalogBuildReportsBadInputAndWritesNothing() throws {
        let work = TemporaryDirectory()
        let csv = work.url.appendingPathComponent("broken.csv")
        try Data("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\ns1,Movie,\"Open quote,,,,,2020,R,90 min,Dramas,x\n".utf8).write(to: csv)
        let out = work.url.appendingPathComponent("out")
        let result = try MarqueeBinary.run(["catalog", "build", "--from", csv.path, "--out", out.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.csv:2: quoted field never closed"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func catalogBuildWritesTheFormatWithSkipsReported() throws {
        let work = TemporaryDirectory()
        let csv = work.url.appendingPathComponent("small.csv")
        try Data("""
            show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description
            s1,Movie,Good Film,Someone,"A, B",France,"May 1, 2020",2019,PG,95 min,"Dramas, Comedies",Never copy this.
            s2,Movie,Bad Year,,,,,someday,PG,90 min,Dramas,x

            """.utf8).write(to: csv)
        let out = work.url.appendingPathComponent("out")
        let result = try MarqueeBinary.run(["catalog", "build", "--from", csv.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("small.csv:3: skipped: release_year"))
        let written = try String(contentsOf: out.appendingPathComponent("titles.tsv"), encoding: .utf8)
        #expect(written.contains("good-film-2019\tmovie\tGood Film\t2019\t95\t\tPG\tdrama|comedy\tFrance\tSomeone\tA|B\t2020-05-01\tnetflix:s1"))
        #expect(!written.contains("Never copy"))
    }

    /// The invented Netflix-format rows (Tests/Fixtures/netflix) end to end:
    /// facts to titles.tsv, cue words to cues.tsv, and the result checks clean.
    @Test func catalogBuildDerivesCuesFromDescriptions() throws {
        let csv = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/netflix/invented-titles.csv")
        let out = TemporaryDirectory()
        let result = try MarqueeBinary.run(["catalog", "build", "--from", csv.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("cues for 2 titles"), "\(result.stdout)")
        let cues = try String(contentsOf: out.url.appendingPathComponent("cues.tsv"), encoding: .utf8)
        let records = cues.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(records == ["id\tcues", "pancake-parade-2020\tquirky,cooking,hilarious,dog,cozy,competition",
                            "the-lantern-keeper-2018\tgrief,haunting"])
        let titles = try String(contentsOf: out.url.appendingPathComponent("titles.tsv"), encoding: .utf8)
        for text in [cues, titles] {
            #expect(!text.contains("lighthouse") && !text.contains("spreadsheets") && !text.contains("baker"))
        }
        let check = try MarqueeBinary.run(["catalog", "check", "--catalog", out.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("2 titles with description cues"))
        let shown = try MarqueeBinary.run(["show", "the-lantern-keeper-2018", "--catalog", out.path, "--data-dir", TemporaryDirectory().path])
        #expect(shown.stdout.contains("inferred from: grief, haunting; genres drama, horror"), "\(shown.stdout)")
    }

    @Test func showSaysWhereTheMoodProfileComesFrom() throws {
        let data = TemporaryDirectory()
        let catalog = Fixtures.catalogDirectory.path
        func shown(_ id: String) throws -> [String: Any] {
            let result = try MarqueeBinary.run(["show", id, "--json", "--catalog", catalog, "--data-dir", data.path])
            return try #require(try json(result.stdout) as? [String: Any], "\(result.stderr)")
        }
        let inferred = try shown("the-haunting-of-hill-house-2018")
        let inferredMood = try #require(inferred["mood"] as? [String: Any])
        #expect(inferredMood["source"] as? String == "inferred")
        #expect(inferredMood["method"] is NSNull)
        #expect(inferredMood["cues"] as? [String] == ["haunted", "grief"])
        #expect(inferredMood["provenance"] as? String == "inferred from: haunted, grief; title word haunting; genres horror, drama, mystery")
        #expect(inferred["standing"] is NSNull)
        #expect(inferred["madeFor"] as? String == "everyone")
        let curated = try shown("paddington-2-2017")
        let curatedMood = try #require(curated["mood"] as? [String: Any])
        #expect(curatedMood["source"] as? String == "curated")
        #expect(curatedMood["method"] as? String == "ai-assisted")
        #expect(curatedMood["cues"] as? [String] == [])
        #expect(curated["standing"] as? String == "acclaimed")
        let text = try MarqueeBinary.run(["show", "paddington-2-2017", "--catalog", catalog, "--data-dir", data.path]).stdout
        #expect(text.contains("curated (AI-assisted, from the rules in docs/moods.md)"), "\(text)")
        #expect(text.contains("standing    acclaimed"))
        // A person's correction wins, and says so.
        try UserDatabase(directory: data.url).setCorrection(ToneVector([.sad: 1]), for: "paddington-2-2017")
        let corrected = try #require(try shown("paddington-2-2017")["mood"] as? [String: Any])
        #expect(corrected["source"] as? String == "corrected")
        #expect(corrected["provenance"] as? String == "corrected by you (wins over the curated profile)")
    }

    @Test func searchFiltersAndSortsFromFlags() throws {
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["search", "--type", "movie", "--genre", "comedy", "--year", "1990-1999",
                                            "--runtime", "0-100", "--maturity", "PG-13", "--sort", "year", "--limit", "30",
                                            "--json", "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(objects.count >= 10)
        var previousYear = Int.max
        for object in objects {
            #expect(object["type"] as? String == "movie")
            #expect((object["genres"] as? [String])?.contains("Comedy") == true)
            let year = try #require(object["year"] as? Int)
            #expect((1990...1999).contains(year) && year <= previousYear)
            previousYear = year
            #expect((object["runtime"] as? Int ?? 999) <= 100)
            #expect(["G", "PG", "PG-13", "TV-Y", "TV-Y7", "TV-Y7-FV", "TV-G", "TV-PG"].contains(object["maturity"] as? String ?? ""))
        }
    }

    @Test func badFilterValuesAreRefused() throws {
        let data = TemporaryDirectory()
        for arguments in [["--genre", "polka"], ["--year", "19x5"], ["--maturity", "XYZ"], ["--sort", "random"]] {
            let result = try MarqueeBinary.run(["search"] + arguments + ["--data-dir", data.path])
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
        }
    }

    @Test func catalogCheckPassesOnTheEmbeddedCatalogAndFailsOnTheBrokenOne() throws {
        let good = try MarqueeBinary.run(["catalog", "check"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("0 errors"))
        let broken = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/broken-catalog").path
        let bad = try MarqueeBinary.run(["catalog", "check", "--catalog", broken])
        #expect(bad.status == 1)
        let lines = bad.stderr.split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.contains("titles.tsv:7: genres: unknown genre 'polka'"))
        #expect(lines.contains("cues.tsv:4: cues: 'sparkly' is not a cue of the lexicon (Sources/Catalog/DescriptionCues.swift)"))
        #expect(lines.contains("moods.tsv:2: tones: 'gloomy=0.4' is not code=weight with a known tone"))
        #expect(lines.contains("titles.tsv:14: warning: title: contains control characters (shown as symbols)"))
        #expect(!bad.stderr.contains("\u{1B}"))
    }

    @Test func catalogStatsCountsByEveryAxis() throws {
        let result = try MarqueeBinary.run(["catalog", "stats", "--json"])
        #expect(result.status == 0)
        let stats = try #require(try json(result.stdout) as? [String: Any])
        let titles = try #require(stats["titles"] as? Int)
        #expect(titles > 8_000)
        for key in ["types", "genres", "decades", "maturity", "moodProfileSources", "aiUse"] {
            let counts = try #require(stats[key] as? [String: Int], "\(key)")
            #expect(!counts.isEmpty)
            if key != "genres" { #expect(counts.values.reduce(0, +) == titles, "\(key)") }
        }
    }

    @Test func synthMakesAValidCatalogOfTheAskedSize() throws {
        let out = TemporaryDirectory()
        let result = try MarqueeBinary.run(["catalog", "synth", "--count", "3000", "--seed", "7", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let check = try MarqueeBinary.run(["catalog", "check", "--catalog", out.path])
        #expect(check.status == 0)
        #expect(check.stdout.contains("3000 titles"))
        let first = try String(contentsOf: out.url.appendingPathComponent("titles.tsv"), encoding: .utf8)
        let again = TemporaryDirectory()
        _ = try MarqueeBinary.run(["catalog", "synth", "--count", "3000", "--seed", "7", "--out", again.path])
        #expect(try String(contentsOf: again.url.appendingPathComponent("titles.tsv"), encoding: .utf8) == first)
        let search = try MarqueeBinary.run(["search", "a", "--catalog", out.path, "--data-dir", TemporaryDirectory().path])
        #expect(search.status == 0 && !search.stdout.isEmpty)
    }
}

/// `catalog build` never runs out of ids (issue 11 item 3: it used to trap, exit 132).
@Suite struct CatalogBuildNamesakeTests {
    @Test func catalogBuildGivesEveryNamesakeAnID() throws {
        let work = TemporaryDirectory()
        let csv = work.url.appendingPathComponent("namesakes.csv")
        let header = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n"
        // Different directors: not repeats of one record, just namesakes.
        let rows = (1...1_200).map { "s\($0),Movie,Untitled,Director \($0),,,,2020,PG,90 min,Dramas,x\n" }
        try Data((header + rows.joined()).utf8).write(to: csv)
        let out = work.url.appendingPathComponent("out")
        let result = try MarqueeBinary.run(["catalog", "build", "--from", csv.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: out.appendingPathComponent("titles.tsv"), encoding: .utf8)
        let ids = written.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("id\t") }.map { $0.prefix { $0 != "\t" } }
        #expect(ids.count == 1_200)
        #expect(Set(ids).count == 1_200)
        #expect(ids.contains("untitled-2020-1199"))
    }
}
