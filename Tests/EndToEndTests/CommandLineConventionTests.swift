import Foundation
import TestSupport
import Testing

/// Exit codes, refusals and messages a script can rely on (issue 11, items 8,
/// 18 and 19): 64 for a usage mistake, 1 for a failure, one line each.
@Suite struct CommandLineConventionTests {
    static let id = "stranger-things-2019"

    func run(_ arguments: [String], data: TemporaryDirectory = TemporaryDirectory()) throws -> MarqueeBinary.Result {
        try MarqueeBinary.run(arguments + ["--data-dir", data.path])
    }

    @Test func usageMistakesExit64AndFailuresExit1() throws {
        for arguments in [["mood", "grumpy"], ["suggest", "--mood", "grumpy"], ["rate", Self.id, "6"],
                          ["search", "--genre", "polka"], ["search", "--limit", "0"], ["show"]] {
            let result = try run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
        }
        // Marquee's own usage errors stay one line, as before.
        let mood = try run(["mood", "grumpy"])
        #expect(mood.stderr.split(separator: "\n").count == 1, "\(mood.stderr)")
        #expect(try run(["show", "no-such-title-1999"]).status == 1)
        // A script that forgets --yes called erase the wrong way.
        let data = TemporaryDirectory()
        #expect(try run(["rate", Self.id, "4"], data: data).status == 0)
        #expect(try run(["erase"], data: data).status == 64)
    }

    @Test func numbersThatAreNotPlainDecimalsAreRefused() throws {
        let data = TemporaryDirectory()
        for stars in ["0x4", "4e0", "inf", "nan", "+4", " 4"] {
            let result = try run(["rate", Self.id, stars], data: data)
            #expect(result.status == 64, "\(stars): \(result.stderr)")
            #expect(result.stderr.contains("stars"), "\(stars): \(result.stderr)")
        }
        #expect(try run(["rate", Self.id, "4.0"], data: data).status == 0)
        let huge = try run(["mood", "cozy", "--time", "100000"])
        #expect(huge.status == 64)
        #expect(huge.stderr.contains("--time") && huge.stderr.contains("1440"), "\(huge.stderr)")
        #expect(try run(["mood", "cozy", "--time", "1440"]).status == 0)
        // A huge --limit was an arithmetic-overflow crash (exit 132).
        for command in [["search", "a"], ["suggest"]] {
            let result = try run(command + ["--limit", "\(Int.max)"])
            #expect(result.status == 64, "\(command): \(result.stderr.prefix(200))")
            #expect(result.stderr.hasPrefix("Error: --limit must be ≥ 1 and at most"), "\(command): \(result.stderr.prefix(200))")
        }
    }

    @Test func negativeNumbersSayWhatTheyMustBe() throws {
        for (arguments, option) in [(["rate", Self.id, "-1"], "stars"), (["mood", "cozy", "--time", "-5"], "--time"),
                                    (["search", "a", "--limit", "-3"], "--limit"), (["suggest", "--limit", "-3"], "--limit")] {
            let result = try run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("\(option) must be ≥"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aFileForADirectoryAndADirectoryForAFileAreOneLine() throws {
        let work = TemporaryDirectory()
        let file = work.url.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let dataDir = try MarqueeBinary.run(["search", "stranger", "--data-dir", file.path])
        #expect(dataDir.status == 1)
        #expect(dataDir.stderr == "Error: \(file.path) is not a directory (the data directory holds Marquee's files; see --data-dir)\n", "\(dataDir.stderr)")
        let export = try run(["export", "--out", work.path])
        #expect(export.status == 1)
        #expect(export.stderr == "Error: \(work.path) is a directory (--out needs a file name)\n", "\(export.stderr)")
        // A folder that cannot be made (its parent is a file) is one line too.
        let csv = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/netflix/invented-titles.csv").path
        let inside = file.appendingPathComponent("out").path
        for arguments in [["catalog", "build", "--from", csv, "--out", inside], ["catalog", "synth", "--count", "5", "--out", inside]] {
            let result = try MarqueeBinary.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            let last = result.stderr.split(separator: "\n").last ?? ""
            #expect(last.hasPrefix("Error: \(inside): cannot write ("), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("UserInfo"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func catalogCheckNamesABrokenEscape() throws {
        let catalog = try Fixtures.catalogCopy(["titles.tsv"])
        let titles = catalog.url.appendingPathComponent("titles.tsv")
        let lines = try String(contentsOf: titles, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = "bad-escape-2020\tmovie\tBad\\qEscape\t2020\t90\t\tR\tdrama\tFrance\t\t\t\tfixture\n"
        try Data((lines.joined(separator: "\n") + line).utf8).write(to: titles)
        let result = try MarqueeBinary.run(["catalog", "check", "--catalog", catalog.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("titles.tsv:\(lines.count): title: malformed backslash escape"), "\(result.stderr)")
        #expect(!result.stderr.contains("empty title"), "\(result.stderr)")
    }

    @Test func catalogBuildDataErrorsExit1WithoutUsage() throws {
        let work = TemporaryDirectory()
        let csv = work.url.appendingPathComponent("broken.csv")
        try Data("show_id,type,title\ns1,Movie,\"Open quote\n".utf8).write(to: csv)
        let result = try MarqueeBinary.run(["catalog", "build", "--from", csv.path, "--out", work.url.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Usage"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func configCheckFailsOnAMissingFile() throws {
        let missing = TemporaryDirectory().url.appendingPathComponent("nowhere.toml").path
        let result = try MarqueeBinary.run(["config", "check", "--config", missing])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(missing): no such settings file\n", "\(result.stderr)")
        // Without --config, no file at the default place is fine.
        let standard = try MarqueeBinary.run(["config", "check"], environment: ["MARQUEE_CONFIG": missing])
        #expect(standard.status == 0, "\(standard.stderr)")
    }

    @Test func configCheckFailsOnAKeyListHoldingANumber() throws {
        let work = TemporaryDirectory()
        let config = work.url.appendingPathComponent("config.toml")
        try Data("[keys]\nsurprise = [\"z\", 5]\n".utf8).write(to: config)
        let bad = try MarqueeBinary.run(["config", "check", "--config", config.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("config.toml:2: keys.surprise: every key in the list must be text"), "\(bad.stderr)")
    }

    @Test func noMatchesGoToStandardErrorWithExit1ButJSONIsAnEmptyList() throws {
        let data = TemporaryDirectory()
        let text = try run(["search", "qqqzzzxxx"], data: data)
        #expect(text.status == 1)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr.contains("no titles match 'qqqzzzxxx'"), "\(text.stderr)")
        let json = try run(["search", "qqqzzzxxx", "--json"], data: data)
        #expect(json.status == 0)
        #expect(json.stdout == "[]\n", "\(json.stdout)")
    }

    /// The closest titles are printed, and standard error says they are
    /// not an exact match (status 0: something useful was found).
    @Test func aMisspeltSearchSaysItShowsTheClosest() throws {
        let result = try run(["search", "grays", "anatomy", "--limit", "3"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("no exact match for 'grays anatomy' — closest:"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("greys-anatomy-2020"), "\(result.stdout)")
        let exact = try run(["search", "greys", "anatomy", "--limit", "3"])
        #expect(exact.stderr.isEmpty && exact.stdout.hasPrefix("greys-anatomy-2020"), "\(exact.stderr)")
    }

    /// Found by what it is about: said on stderr, and each line names the words that matched.
    @Test func aSearchByWhatATitleIsAboutSaysSo() throws {
        let result = try run(["search", "korean", "zombie", "period", "drama", "--limit", "3"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("no title matches 'korean zombie period drama' — by what it is about:"), "\(result.stderr)")
        let first = result.stdout.split(separator: "\n").first ?? ""
        #expect(first.hasPrefix("kingdom-2020") && first.hasSuffix("about: korean, zombie, period"), "\(result.stdout)")
    }

    @Test func versionIsPrintedAndTheReadmeSaysHowToInstallCompletions() throws {
        let result = try MarqueeBinary.run(["--version"])
        #expect(result.status == 0)
        let version = result.stdout.trimmingCharacters(in: .newlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." }, "\(result.stdout)")
        let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("marquee --version"))
        for shell in ["bash", "zsh", "fish"] {
            #expect(readme.contains("marquee --generate-completion-script \(shell)"), "\(shell)")
        }
        let script = try MarqueeBinary.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0 && script.stdout.contains("marquee"))
    }

    /// docs/marquee.1 is generated by swift-argument-parser's manual plugin
    /// (scripts/update-man-page); every command and option the binary has
    /// must be in it, so a new option cannot ship with a stale page.
    @Test func theManPageNamesEveryCommandAndOption() throws {
        let page = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/marquee.1"), encoding: .utf8)
        #expect(page.contains("Generated by swift-argument-parser"))
        let dump = try MarqueeBinary.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        /// The mdoc words, whole: "Fl -limit" must not pass for "Fl -limitx".
        func has(_ words: String) -> Bool { page.contains(words + " ") || page.contains(words + "\n") }
        func walk(_ command: [String: Any], path: String) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                guard let names = argument["names"] as? [[String: Any]],
                      let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String,
                      long != "help", long != "version" else { continue }
                // mdoc writes a long option as "Fl -name".
                if !has("Fl -\(long)") { missing.append("\(path) --\(long)") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                if !has("Em \(name)") { missing.append("\(path) \(name)") }
                walk(sub, path: "\(path) \(name)")
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "marquee")
        #expect(missing.isEmpty, "docs/marquee.1 is out of date (run scripts/update-man-page): \(missing)")
    }
}
