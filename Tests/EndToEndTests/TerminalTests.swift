import Foundation
import TestSupport
import Testing

/// The real binary in a real terminal (tmux at a pinned size, UTF-8), driven
/// with keys, judged by what is on the screen.
/// Scenarios that need no real terminal also run in-process, in milliseconds,
/// in `RuntimeTests/PortedTerminalScenarioTests`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalTests {
    static func command(data: TemporaryDirectory, extra: String = "", environment: String = "") -> String {
        "env -u LINES -u COLUMNS -u NO_COLOR LANG=C.UTF-8 TERM=screen-256color \(environment) '\(MarqueeBinary.url.path)' --data-dir '\(data.path)' \(extra)"
    }

    /// Waits for the first screen; a fresh data directory opens on the
    /// welcome, which Esc dismisses as a person would.
    static func passWelcome(_ session: TmuxSession) throws {
        let first = try session.waitFor("the welcome or the home screen") {
            $0.contains("Welcome to Marquee") || $0.contains("For your mood")
        }
        if first.contains("Welcome to Marquee") {
            try session.send("Escape")
        }
        try session.waitFor("the home screen") { $0.contains("For your mood") && !$0.contains("Welcome to Marquee") }
    }

    /// Searches for `query` from the home screen and moves the cursor onto `name`.
    static func searchAndSelect(_ query: String, _ name: String, in session: TmuxSession) throws {
        try session.send("/")
        try session.type(query)
        try session.waitFor(text: name)
        try session.send("Enter")
        try select(name, in: session)
    }

    /// Moves down until the selected row is `name`.
    static func select(_ name: String, in session: TmuxSession) throws {
        for _ in 0..<30 {
            if try session.capture().contains("▸" + name) { return }
            try session.send("j")
            Thread.sleep(forTimeInterval: 0.05)
        }
        try session.waitFor(text: "▸" + name, timeout: 1)
    }

    @Test func rateFromDetailThenSeeItAfterRelaunch() throws {
        let data = TemporaryDirectory()
        do {
            let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
            try Self.passWelcome(session)
            try Self.searchAndSelect("stranger", "Stranger Things", in: session)
            try session.send("Enter")
            try session.waitFor(text: "Series · 2019 · 3 seasons · TV-14")
            try session.send("4")
            let screen = try session.waitFor(text: "Rated Stranger Things ★★★★☆")
            #expect(screen.contains("My rating   ★★★★☆"))
            try session.send("q")
            try session.waitForExit()
        }
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("/")
        try session.type("stranger")
        try session.send("Enter")
        // The heading changes at once; the rows follow when the answer arrives.
        let list = try session.waitFor("results for “stranger”") {
            $0.contains("Results for “stranger”") && $0.contains("Stranger Things ")
        }
        let row = list.split(separator: "\n").first { $0.contains("Stranger Things ") }
        #expect(row?.contains("★★★★☆") == true, "\(list)")
        try Self.select("Stranger Things", in: session)
        try session.send("Enter")
        try session.waitFor(text: "My rating   ★★★★☆")
    }

    /// `marquee erase --yes` from another process while the browser is open:
    /// the next rating lands in the new user.sqlite (export shows it) and the
    /// status line says the data was erased, instead of confirming a rating
    /// written into the deleted file.
    @Test func aRatingAfterAnEraseElsewhereLandsInTheNewFile() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 100, height: 30, command: Self.command(data: data))
        try Self.passWelcome(session)
        try Self.searchAndSelect("stranger", "Stranger Things", in: session)
        try session.send("4")
        try session.waitFor(text: "Rated Stranger Things ★★★★☆")
        let erased = try MarqueeBinary.run(["erase", "--yes", "--data-dir", data.path])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(try MarqueeBinary.run(["export", "--data-dir", data.path]).stdout.contains("stranger-things-2019") == false)
        try session.send("5")
        let screen = try session.waitFor(text: "erased or replaced elsewhere")
        #expect(screen.contains("Your data was erased or replaced elsewhere: now saving to the new user.sqlite"), "\(screen)")
        let exported = try MarqueeBinary.run(["export", "--data-dir", data.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let ratings = try #require(document["ratings"] as? [[String: Any]])
        #expect(ratings.map { $0["id"] as? String } == ["stranger-things-2019"], "\(ratings)")
        #expect(ratings.first?["stars"] as? Double == 5)
        try session.send("q")
        try session.waitForExit()
    }

    /// x, x, u leaves the title hidden, and the message says so.
    @Test func undoAfterHideAndUnhideSaysTheTitleIsHiddenAgain() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try Self.searchAndSelect("stranger", "Stranger Things", in: session)
        try session.send("x")
        try session.waitFor(text: "Not for you: Stranger Things")
        try session.send("x")
        try session.waitFor(text: "Stranger Things may be suggested again")
        try session.send("u")
        let screen = try session.waitFor(text: "Undone: Stranger Things is hidden from suggestions again")
        #expect(!screen.contains("is back"), "\(screen)")
    }

    /// At 80 columns the hint line drops other hints before help and quit.
    @Test func helpAndQuitHintsShowAt80Columns() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        // k (nothing above the first row) clears the welcome's farewell, leaving the home screen's hints.
        for key in ["k", "b", "Enter"] {
            try session.send(key)
            try session.waitFor("the hint line with help and quit after '\(key)'") {
                ($0.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "").contains("? help  q quit")
            }
        }
    }

    /// Rated the same day, Zodiac after Amélie: "newest first" shows Zodiac first, not the title order.
    @Test func sameDayRatingsShowNewestFirst() throws {
        let data = TemporaryDirectory()
        let catalog = ["--catalog", Fixtures.catalogDirectory.path, "--data-dir", data.path]
        for arguments in [["rate", "amelie-2001", "4"], ["rate", "zodiac-2007", "3"]] {
            let result = try MarqueeBinary.run(arguments + catalog)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let session = try TmuxSession(width: 80, height: 24,
                                      command: Self.command(data: data, extra: "--catalog '\(Fixtures.catalogDirectory.path)'"))
        try Self.passWelcome(session)
        try session.send("R")
        try session.waitFor(text: "My ratings")
        try session.send("o")
        let screen = try session.waitFor("the ratings newest first") {
            $0.contains("newest first") && $0.contains("Zodiac") && $0.contains("Amélie")
        }
        let rows = screen.split(separator: "\n").filter { $0.contains("Zodiac") || $0.contains("Amélie") }
        #expect(rows.count == 2 && rows[0].contains("Zodiac"), "\(screen)")
    }

    /// The search line edits as in a shell: Left and typing fix a typo inside
    /// the query, Ctrl-W deletes a word, Ctrl-A moves to the start, Ctrl-U clears.
    @Test func searchLineEditsLikeAShell() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("/")
        try session.type("strangr things")
        try session.waitFor(text: "Results for “strangr things”")
        for _ in 0..<8 { try session.send("Left") }
        try session.type("e")
        try session.waitFor(text: "Results for “stranger things”")
        try session.send("C-e")
        try session.send("C-w")
        try session.waitFor(text: "Results for “stranger ”")
        try session.send("C-a")
        try session.type("x")
        try session.waitFor(text: "Results for “xstranger ”")
        try session.send("C-e")
        try session.send("C-u")
        try session.waitFor("the emptied search line") { $0.contains("Search") && !$0.contains("stranger") }
    }

    /// A common word matches more than the list holds: the count says so.
    @Test func aCappedSearchSaysHowManyMatched() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("/")
        try session.type("the")
        let screen = try session.waitFor("a capped count") { $0.contains("200 of ") }
        let line = screen.split(separator: "\n").first { $0.contains("200 of ") } ?? ""
        let total = line.split(separator: " ").drop { $0 != "of" }.dropFirst().first.map { Int($0.filter(\.isNumber)) ?? 0 } ?? 0
        #expect(total > 200 && line.contains("results"), "\(line)")
    }

    /// Issue 14: a misspelt title is found, and the list says it is only
    /// the closest; typing habits (no apostrophe, "and" for "&") just work.
    @Test func searchTheWayPeopleType() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("/")
        try session.type("grays anatomy")
        let screen = try session.waitFor(text: "no exact match")
        #expect(screen.contains("Grey's Anatomy"), "\(screen)")
        try session.send("C-u")
        try session.type("love death and robots")
        let found = try session.waitFor(text: "Love, Death & Robots")
        #expect(!found.contains("no exact match"), "\(found)")
    }

    @Test func importedCommunityRatingsShowInTheSuggestionReasons() throws {
        let data = TemporaryDirectory()
        let catalog = ["--catalog", Fixtures.catalogDirectory.path, "--data-dir", data.path]
        let folder = Fixtures.movieLensDirectory
        for arguments in [
            ["import", "movielens", "--ratings", folder.appendingPathComponent("invented-catalog-ratings.csv").path,
             "--movies", folder.appendingPathComponent("invented-catalog-movies.csv").path],
            ["rate", "notting-hill-1999", "5"], ["rate", "the-matrix-1999", "5"], ["rate", "zodiac-2007", "4"], ["mood", "romantic"],
        ] {
            let result = try MarqueeBinary.run(arguments + catalog)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let session = try TmuxSession(width: 120, height: 40,
                                      command: Self.command(data: data, extra: "--catalog '\(Fixtures.catalogDirectory.path)'"))
        try Self.passWelcome(session)
        try session.send("s")
        // The frame may be captured while it is still being written: wait for the whole of it.
        let screen = try session.waitFor("suggestions with the community reason") {
            $0.contains("For you · Romantic") && $0.contains("people who liked Notting Hill liked this")
        }
        #expect(screen.contains("Diversity ▰▰▰▱▱▱▱▱▱▱ 0.3"), "\(screen)")
    }

    @Test func configKeysAndThemeApplyAndABrokenConfigStopsBeforeTheScreen() throws {
        let data = TemporaryDirectory()
        let config = data.url.appendingPathComponent("config.toml")
        try Data("theme = \"warm\"\n[keys]\nsurprise = \"z\"\nhelp = [\"?\", \"F1\"]\n".utf8).write(to: config)
        let broken = try MarqueeBinary.run(["browse", "--config", config.path, "--data-dir", data.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("config.toml:4: keys.help: 'F1' is not a key"), "\(broken.stderr)")
        #expect(broken.stderr.split(separator: "\n").count == 1)
        try Data("theme = \"warm\"\n[keys]\nsurprise = \"z\"\n".utf8).write(to: config)
        let session = try TmuxSession(width: 100, height: 30,
                                      command: Self.command(data: data, environment: "MARQUEE_CONFIG='\(config.path)'"))
        try Self.passWelcome(session)
        try session.send("?")
        try session.waitFor(text: "Esc closes")
        // The help is long; find the mood keys.
        try session.send("/")
        try session.type("surprise")
        let help = try session.waitFor(text: "surprise me")
        let row = help.split(separator: "\n").first { $0.contains("surprise me") } ?? ""
        #expect(row.contains("z "), "\(row)")
        // The first Esc clears the find, the second closes the help.
        try session.send("Escape")
        try session.waitFor(text: "Esc closes")
        try session.send("Escape")
        try session.send("z")
        try session.waitFor(text: "surprise · unlike this mood's usual picks")
    }

    /// Rebinding the diversity keys in config.toml changes the suggestions
    /// header with them, and the new key works.
    @Test func reboundDiversityKeysShowInTheSuggestionsHeader() throws {
        let data = TemporaryDirectory()
        let config = data.url.appendingPathComponent("config.toml")
        try Data("[keys]\nless-diversity = \"-\"\nmore-diversity = \"+\"\n".utf8).write(to: config)
        let session = try TmuxSession(width: 100, height: 30,
                                      command: Self.command(data: data, environment: "MARQUEE_CONFIG='\(config.path)'"))
        try Self.passWelcome(session)
        try session.send("s")
        let header = try session.waitFor(text: "- less  + more  ! surprise me")
        #expect(header.contains("0.3   - less"), "\(header)")
        try session.send("-")
        try session.waitFor(text: "0.2   - less")
    }

    /// The frame fills the terminal exactly: its box starts on row 1 and ends
    /// on the row above the status bar, both as wide as the terminal.
    static func framed(_ screen: String, width: Int, height: Int) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= height, lines.allSatisfy({ $0.count <= width }) else { return false }
        let top = lines[1], bottom = lines[height - 2]
        return top.hasPrefix("╭") && top.hasSuffix("╮") && top.count == width
            && bottom.hasPrefix("╰") && bottom.hasSuffix("╯") && bottom.count == width
    }

    @Test(arguments: [(80, 24, 200, 60), (200, 60, 80, 24)])
    func everyScreenWorksAndSurvivesAResize(width: Int, height: Int, otherWidth: Int, otherHeight: Int) throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: width, height: height, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("4")
        let tour: [(keys: [String], shows: String)] = [
            ([], "For your mood"), (["b"], "All titles"), (["Enter"], "My rating"), (["Escape", "s"], "For you ·"),
            (["W"], "Watchlist"), (["R"], "My ratings"), (["S"], "Your stars"),
        ]
        var size = (width, height)
        for stop in tour {
            for key in stop.keys { try session.send(key) }
            try session.waitFor("\(stop.shows) framed at \(size.0)×\(size.1)") {
                $0.contains(stop.shows) && Self.framed($0, width: size.0, height: size.1)
            }
            // Resize while on this screen, and back: no leftovers, the same screen at each size.
            for next in [(otherWidth, otherHeight), (width, height)] {
                try session.resize(width: next.0, height: next.1)
                size = next
                try session.waitFor("\(stop.shows) framed at \(next.0)×\(next.1) after a resize") {
                    $0.contains(stop.shows) && Self.framed($0, width: next.0, height: next.1)
                }
            }
        }
        for (key, title) in [("m", "How do you feel tonight?"), ("?", "Esc closes")] {
            try session.send(key)
            try session.waitFor(text: title)
            try session.resize(width: otherWidth, height: otherHeight)
            try session.waitFor("\(title) at \(otherWidth)×\(otherHeight)") { screen in
                screen.contains(title) && screen.split(separator: "\n").allSatisfy { $0.count <= otherWidth }
            }
            try session.resize(width: width, height: height)
            try session.send("Escape")
            try session.waitFor("the overlay to close") { !$0.contains(title) }
        }
    }

    @Test func theMouseSelectsOpensAndScrolls() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 100, height: 30, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("b")
        try session.waitFor(text: "All titles")
        // Row 6 of the screen is the fifth title of the list.
        try session.click(x: 5, y: 6)
        let selected = try session.waitFor(text: "5/")
        let row = try #require(selected.split(separator: "\n").dropFirst(6).first)
        #expect(row.contains("▸"), "\(selected)")
        let name = row.dropFirst(2).prefix(20).trimmingCharacters(in: .whitespaces)
        try session.wheel(down: true, x: 5, y: 6)
        try session.waitFor(text: "8/")
        try session.click(x: 5, y: 6, double: true)
        let detail = try session.waitFor("the detail screen") { $0.contains("Browse › Detail") }
        #expect(detail.contains(String(name.prefix(12))), "\(name) in \(detail)")
    }

    @Test func pickTenseAndSeeSuggestionsWithReasons() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("m")
        try session.waitFor(text: "How do you feel tonight?")
        for _ in 0..<12 {
            if try session.capture().contains("▸ tense") { break }
            try session.send("j")
            Thread.sleep(forTimeInterval: 0.05)
        }
        try session.waitFor(text: "▸ tense", timeout: 2)
        try session.send("Enter")
        // The list is a job: the header shows at once, the titles when the
        // answer arrives (a busy machine can take longer than a frame).
        let screen = try session.waitFor("the tense list filled") { screen in
            screen.contains("For you · Tense") && !screen.contains("Finding titles for your mood") && !screen.contains("updating…")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Rows of the list: "│▸  1 Title …" followed by the reason line.
        let rankRows = lines.indices.filter { lines[$0].range(of: #"^│.\s*\d+ \S"#, options: .regularExpression) != nil }
        #expect(rankRows.count >= 5, "\(screen)")
        for index in rankRows {
            let reason = lines[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
            #expect(reason.contains("Tense") || reason.contains("outside your usual"), "no reason under \(lines[index])")
        }
        #expect(screen.contains("mood Tense"))
        // The choice is kept for the next launch.
        let saved = try MarqueeBinary.run(["mood", "--data-dir", data.path])
        #expect(saved.stdout.hasPrefix("mood: Tense"))
    }

    static let resultCount = #"\d+( of \d+\+?)? results?"#

    @Test func searchNarrowsLetterByLetter() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 100, height: 30, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("/")
        var counts: [Int] = []
        var typed = ""
        for letter in "strang" {
            typed.append(letter)
            try session.type(String(letter))
            // The list title changes at once; the count appears when the answer arrives.
            let screen = try session.waitFor("results for “\(typed)”") {
                $0.contains("Results for “\(typed)”") && $0.range(of: Self.resultCount, options: .regularExpression) != nil
            }
            // The rows shown: "200 of 397+ results" counts 200.
            let match = try #require(screen.range(of: Self.resultCount, options: .regularExpression))
            counts.append(Int(screen[match].split(separator: " ")[0]) ?? -1)
        }
        #expect(counts.count == 6)
        #expect(counts == counts.sorted(by: >), "\(counts)")
        #expect(counts.last! < counts.first!)
    }

    /// `stty` settings before and after a run, with the exit status.
    static func runRecordingTerminalModes(_ data: TemporaryDirectory, environment: String = "",
                                          actions: (TmuxSession) throws -> Void) throws -> (before: String, after: String, screen: String) {
        let before = data.url.appendingPathComponent("stty-before"), after = data.url.appendingPathComponent("stty-after")
        // The trailing sleep keeps the pane alive so its last screen can be read.
        let script = "stty -g > '\(before.path)'; \(command(data: data, environment: environment)); echo \"marquee-exit=\\$?\"; stty -g > '\(after.path)'; sleep 30"
        let session = try TmuxSession(width: 80, height: 24, command: "sh -c \"\(script.replacingOccurrences(of: "\"", with: "\\\""))\"")
        try Self.passWelcome(session)
        try actions(session)
        let screen = try session.waitFor(text: "marquee-exit=")
        _ = try session.waitFor("the modes to be recorded") { _ in FileManager.default.fileExists(atPath: after.path) }
        Thread.sleep(forTimeInterval: 0.2)
        return (try String(contentsOf: before, encoding: .utf8), try String(contentsOf: after, encoding: .utf8), screen)
    }

    @Test(arguments: ["q", "C-c"])
    func quitKeysRestoreTheTerminal(key: String) throws {
        let data = TemporaryDirectory()
        let result = try Self.runRecordingTerminalModes(data) { session in try session.send(key) }
        #expect(result.before == result.after)
        #expect(result.screen.contains("marquee-exit=0"))
        #expect(!result.screen.contains("For your mood"), "the full-screen view should be gone")
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let data = TemporaryDirectory()
        let result = try Self.runRecordingTerminalModes(data) { session in
            let child = try MarqueeProcess.child(of: try session.panePID())
            kill(child, SIGSEGV)
        }
        #expect(result.before == result.after)
        // The crash is still reported as one: killed by the signal (128 + 11).
        #expect(result.screen.contains("marquee-exit=139"), "\(result.screen)")
    }

    /// A quit signal from outside (a closed terminal, `kill`, an interrupt
    /// sent to the process) leaves the terminal as it was and exits 128 + n,
    /// as a shell reports a process killed by that signal.
    @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")])
    func quitSignalsRestoreTheTerminalAndExit128PlusN(signal: Int32, name: String) throws {
        let data = TemporaryDirectory()
        var session: TmuxSession?
        let result = try Self.runRecordingTerminalModes(data) { pane in
            session = pane
            let shell = try pane.panePID()
            let child = try MarqueeProcess.child(of: shell)
            kill(child, signal)
        }
        #expect(result.before == result.after, "SIG\(name)")
        #expect(result.screen.contains("marquee-exit=\(128 + signal)"), "SIG\(name): \(result.screen)")
        #expect(!result.screen.contains("For your mood"))
        // Back on the normal screen, with the mouse no longer reported and the cursor shown.
        let flags = try TmuxSession.tmux(["display-message", "-p", "-t", "marquee",
                                          "#{alternate_on} #{mouse_any_flag} #{mouse_button_flag} #{cursor_flag}"],
                                         socket: session!.socket).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(flags == "0 0 0 1", "SIG\(name): alternate screen, mouse any, mouse button, cursor: \(flags)")
    }

    @Test func resizingRedrawsAtTheNewSize() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.resize(width: 120, height: 40)
        // tmux may pass the new width and height on in two steps: wait for both.
        let wide = try session.waitFor("a 120×40 layout") { screen in
            let lines = screen.split(separator: "\n")
            return lines.count >= 39 && lines.contains { $0.hasSuffix("╮") && $0.count == 120 }
        }
        #expect(wide.split(separator: "\n").contains { $0.hasPrefix("╰") && $0.count == 120 })
        try session.resize(width: 30, height: 8)
        try session.waitFor(text: "Terminal too small")
        try session.resize(width: 80, height: 24)
        let back = try session.waitFor(text: "For your mood")
        #expect(!back.contains("Terminal too small"))
        #expect(back.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func noColorMeansNoColourEscapes() throws {
        let data = TemporaryDirectory()
        let plain = try TmuxSession(width: 80, height: 24, command: Self.command(data: data, environment: "NO_COLOR=1"))
        try Self.passWelcome(plain)
        let monochrome = try plain.capture(escapes: true)
        #expect(monochrome.range(of: #"\x{1B}\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)"#, options: .regularExpression) == nil)
        #expect(monochrome.contains("\u{1B}[7m"), "selection should be shown in reverse video")

        let colored = try TmuxSession(width: 80, height: 24, command: Self.command(data: data))
        try Self.passWelcome(colored)
        let colors = try colored.capture(escapes: true)
        #expect(colors.range(of: #"\x{1B}\[[0-9;]*3[0-7]m"#, options: .regularExpression) != nil, "\(colors.prefix(400).debugDescription)")
    }

    /// True when a captured line turns reverse video on (`ESC[7m`, `ESC[0;7m`).
    static func hasReverse(_ line: Substring) -> Bool {
        line.range(of: #"\x{1B}\[([0-9;]*;)?7m"#, options: .regularExpression) != nil
    }

    /// TERM=vt100 has no colours: the selection is drawn in reverse video
    /// (colour escapes would be dropped, leaving it invisible).
    @Test func aTerminalWithoutColoursShowsTheSelectionInReverse() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data, environment: "TERM=vt100"))
        try Self.passWelcome(session)
        try session.send("j")
        try session.waitFor(text: "2/20")
        let screen = try session.capture(escapes: true)
        let selected = screen.split(separator: "\n").first { $0.contains("▸") && !$0.contains("▸ ") }
        #expect(selected.map(Self.hasReverse) == true, "\(screen.debugDescription)")
        try session.send("m")
        try session.send("Tab")
        try session.send("Tab")
        try session.waitFor(text: "Strategy")
        // The field takes focus once both Tabs are read: poll for it.
        var line: Substring?
        for _ in 0..<50 {
            line = try session.capture(escapes: true).split(separator: "\n").first { $0.contains("Strategy") }
            if line.map(Self.hasReverse) == true { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(line.map(Self.hasReverse) == true, "the focused picker field: \(String(describing: line).debugDescription)")
    }

    /// Detail › similar title › its similar title at 60 columns: the trail
    /// collapses to "Detail ×3" and the mood stays in the header.
    @Test func aDetailChainKeepsTheMoodInTheHeader() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 60, height: 20, command: Self.command(data: data))
        try Self.passWelcome(session)
        try session.send("Enter")
        try session.waitFor(text: "Home › Detail")
        for step in 2...3 {
            try session.send("Tab")
            Thread.sleep(forTimeInterval: 0.2)
            try session.send("Enter")
            try session.waitFor(text: "Detail ×\(step)")
        }
        let header = String(try session.capture().split(separator: "\n").first ?? "")
        #expect(header.contains("Home › Detail ×3") && header.contains("mood "), "\(header)")
    }

    /// Runs the binary in a shell that reports its exit, and returns the screen once it has.
    static func runToExit(_ data: TemporaryDirectory, environment: String) throws -> String {
        let script = "\(command(data: data, environment: environment)); echo \"marquee-exit=\\$?\"; sleep 30"
        let session = try TmuxSession(width: 80, height: 24, command: "sh -c \"\(script.replacingOccurrences(of: "\"", with: "\\\""))\"")
        return try session.waitFor(text: "marquee-exit=")
    }

    @Test func aDumbTerminalGetsAOneLineMessage() throws {
        let screen = try Self.runToExit(TemporaryDirectory(), environment: "TERM=dumb")
        #expect(screen.contains("marquee-exit=1"), "\(screen)")
        #expect(screen.contains("TERM=dumb cannot show the full-screen browser"), "\(screen)")
    }

    /// LANG=C: curses cannot show box drawing, stars or bars, so the screens
    /// are drawn in ASCII, and nothing vanishes.
    @Test func withoutAUTF8LocaleTheScreensAreASCII() throws {
        let data = TemporaryDirectory()
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data, environment: "LANG=C LC_ALL=C"))
        try Self.passWelcome(session)
        try session.send("4")
        let screen = try session.waitFor(text: "****.")
        #expect(screen.contains("+- Home "), "\(screen)")
        #expect(screen.contains("#"), "mood bars\n\(screen)")
        let allASCII = screen.allSatisfy { $0.isASCII }
        #expect(allASCII, "\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func escapeSequencesInDataShowAsHarmlessText() throws {
        let data = TemporaryDirectory()
        let catalog = data.url.appendingPathComponent("hostile-catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        let header = "id\tkind\ttitle\tyear\truntime\tseasons\tmaturity\tgenres\tcountries\tdirectors\tcast\tadded\tsource"
        let row = "evil-2020\tmovie\tEvil\u{1B}[31mRed\u{1B}[2J\t2020\t90\t\tR\thorror\t\t\t\u{1B}]0;owned\u{07}\t2021-01-01\ttest"
        try Data((header + "\n" + row + "\n").utf8).write(to: catalog.appendingPathComponent("titles.tsv"))
        let session = try TmuxSession(width: 80, height: 24, command: Self.command(data: data, extra: "--catalog '\(catalog.path)'"))
        try Self.passWelcome(session)
        let screen = try session.waitFor(text: "Evil␛[31mRed␛[2J")
        #expect(screen.contains("␛]0;owned␇"))
        #expect(try session.capture(escapes: true).range(of: "\u{1B}[31m") == nil)
    }
}

/// Finds the marquee process under the shell that tmux started.
enum MarqueeProcess {
    static func child(of parent: Int32) throws -> Int32 {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
            for pid in children.split(separator: " ").compactMap({ Int32($0) }) {
                let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
                if name.hasPrefix("marquee") { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxSession.TmuxError(message: "no marquee process under \(parent)")
    }
}
