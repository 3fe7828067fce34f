import Foundation
import TestSupport
import Testing

/// Text a person or a file hands to Marquee never reaches the terminal raw:
/// error messages that echo arguments, config keys and paths are sanitised
/// like catalog text, and `--json` escapes C1 controls and bidi overrides.
@Suite struct HostileInputTests {
    /// Retitles an xterm; BEL ends it.
    static let retitle = "\u{1B}]0;pwned\u{07}"
    /// The 8-bit CSI, a C1 control, then a right-to-left override.
    static let c1AndBidi = "\u{9B}31m\u{202E}evil"

    /// True when `text` holds a character a terminal would act on.
    static func isRaw(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    @Test func argumentsEchoedInErrorsAreSanitised() throws {
        let data = TemporaryDirectory()
        for hostile in [Self.retitle, Self.c1AndBidi] {
            for arguments in [["rate", "stranger-things-2019", hostile], ["rate", hostile, "3"], ["show", hostile],
                              ["search", "x", "--limit", hostile], ["mood", hostile]] {
                let result = try MarqueeBinary.run(arguments + ["--data-dir", data.path])
                #expect(result.status != 0, "\(arguments)")
                #expect(!result.stderr.isEmpty, "\(arguments)")
                #expect(!Self.isRaw(result.stderr + result.stdout), "\(arguments): \(result.stderr.debugDescription)")
            }
        }
    }

    @Test func configKeysAndPathsEchoedInMessagesAreSanitised() throws {
        let folder = TemporaryDirectory()
        let config = folder.url.appendingPathComponent("config.toml")
        for text in ["\"\\u001b]0;pwned\\u0007\" = 1\n", "[keys]\n\"\\u009b31m\\u202e\" = \"z\"\n",
                     "[keys]\nsurprise = \"\\u001b]0;pwned\\u0007\"\n", "theme = \"\\u001b]0;pwned\\u0007\"\n"] {
            try text.write(to: config, atomically: true, encoding: .utf8)
            for arguments in [["config", "check", "--config", config.path], ["--data-dir", folder.path]] {
                let result = try MarqueeBinary.run(arguments, environment: ["MARQUEE_CONFIG": config.path])
                #expect(result.status != 0, "\(text) \(arguments)")
                #expect(result.stderr.contains("config.toml"), "\(text) \(arguments): \(result.stderr)")
                #expect(!Self.isRaw(result.stderr + result.stdout), "\(text) \(arguments): \(result.stderr.debugDescription)")
            }
        }
        // A missing settings file named on the command line is an error that echoes its path.
        let missing = folder.url.appendingPathComponent("\(Self.retitle)\(Self.c1AndBidi).toml")
        let result = try MarqueeBinary.run(["config", "check", "--config", missing.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(".toml"), "\(result.stderr)")
        #expect(!Self.isRaw(result.stdout + result.stderr), "\(result.stderr.debugDescription)")
    }

    @Test func jsonEscapesC1ControlsAndBidiOverrides() throws {
        let catalog = try Fixtures.catalogCopy(["titles.tsv"])
        let titles = catalog.url.appendingPathComponent("titles.tsv")
        let name = "Hostile \u{9B}31m\u{202E}lived\u{2066}x\u{90}y"
        let line = "hostile-2020\tmovie\t\(name)\t2020\t90\t\tR\tdrama\tFrance\t\t\t2020-01-01\tfixture\n"
        try (String(contentsOf: titles, encoding: .utf8) + line).write(to: titles, atomically: true, encoding: .utf8)
        let data = TemporaryDirectory()
        let result = try MarqueeBinary.run(["search", "hostile", "--json", "--catalog", catalog.path, "--data-dir", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!Self.isRaw(result.stdout), "\(result.stdout.debugDescription)")
        for escape in [#"\u009b"#, #"\u202e"#, #"\u2066"#, #"\u0090"#] { #expect(result.stdout.lowercased().contains(escape), "\(escape)") }
        // Still JSON that decodes back to the very same title.
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["title"] as? String == name)
    }
}
