import ArgumentParser
import Catalog
import Foundation
@testable import MarqueeCLI
import Testing

@Suite struct GlobalOptionsTests {
    func options(_ arguments: [String] = []) throws -> GlobalOptions {
        try GlobalOptions.parse(arguments)
    }

    @Test func dataDirectoryPrecedence() throws {
        let flag = try options(["--data-dir", "/tmp/flag"])
        #expect(flag.dataDirectory(environment: ["MARQUEE_DATA_DIR": "/tmp/env"]).path == "/tmp/flag")
        let plain = try options()
        #expect(plain.dataDirectory(environment: ["MARQUEE_DATA_DIR": "/tmp/env", "XDG_DATA_HOME": "/x"]).path == "/tmp/env")
        #expect(plain.dataDirectory(environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/p"]).path == "/xdg/marquee")
        #expect(plain.dataDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/p"]).path == "/home/p/.local/share/marquee")
        #expect(plain.dataDirectory(environment: ["HOME": "/home/p"]).path == "/home/p/.local/share/marquee")
    }

    @Test func catalogDirectoryPrecedence() throws {
        #expect(try options(["--catalog", "/c"]).catalogDirectory(environment: ["MARQUEE_CATALOG_DIR": "/e"]).path == "/c")
        #expect(try options().catalogDirectory(environment: ["MARQUEE_CATALOG_DIR": "/e"]).path == "/e")
        let embedded = try options().catalogDirectory(environment: [:])
        #expect(FileManager.default.fileExists(atPath: embedded.appendingPathComponent("titles.tsv").path))
    }

    @Test func noColorIsHonoured() {
        #expect(TerminalApp.wantsColor([:]))
        #expect(TerminalApp.wantsColor(["NO_COLOR": ""]))
        #expect(!TerminalApp.wantsColor(["NO_COLOR": "1"]))
    }

    @Test func commandsParseTheirOptions() throws {
        let mood = try #require(try MarqueeCommand.parseAsRoot(["mood", "tense", "--strategy", "lift", "--time", "90", "--with", "kids"]) as? MoodCommand)
        #expect(mood.name == "tense" && mood.strategy == .lift && mood.time == 90 && mood.audience == .kids)
        #expect(throws: (any Error).self) { try MarqueeCommand.parseAsRoot(["mood", "tense", "--with", "cat"]) }
        #expect(throws: (any Error).self) { try MarqueeCommand.parseAsRoot(["rate", "x-2000", "7"]) }
        #expect(throws: (any Error).self) { try MarqueeCommand.parseAsRoot(["suggest", "--diversity", "2"]) }
        #expect(try MarqueeCommand.parseAsRoot([]) is BrowseCommand)
    }

    @Test func unknownMoodNamesTheMoodAndTheChoices() {
        #expect {
            try NamedMood.parse("grumpy")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("'grumpy'") && text.contains("cozy")
        }
    }
}
