import Foundation
import TestSupport
import Testing

/// Issue 11 items 16 and 17 in a real terminal: what a person expects to
/// find — remembered settings, half stars, the "not for me" list, family
/// evenings, searchable help and a welcome on the first launch.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WhatPeopleExpectTerminalTests {
    /// Starts the app on `data` and waits for the home screen.
    static func open(_ data: TemporaryDirectory, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height, command: TerminalTests.command(data: data))
        try TerminalTests.passWelcome(session)
        return session
    }

    /// The dial moved in the browser is where the next launch and `marquee suggest` start.
    @Test func theDiversityDialIsRemembered() throws {
        let data = TemporaryDirectory()
        do {
            let session = try Self.open(data)
            try session.send("s")
            try session.waitFor(text: "Diversity ▰▰▰▱▱▱▱▱▱▱ 0.3")
            for _ in 0..<3 { try session.send("]") }
            try session.waitFor(text: "Diversity ▰▰▰▰▰▰▱▱▱▱ 0.6")
            try session.send("q")
            try session.waitForExit()
        }
        let session = try Self.open(data)
        try session.send("s")
        try session.waitFor(text: "Diversity ▰▰▰▰▰▰▱▱▱▱ 0.6")
        try session.send("q")
        try session.waitForExit()
        let saved = try MarqueeBinary.run(["suggest", "--json", "--limit", "20", "--data-dir", data.path])
        let given = try MarqueeBinary.run(["suggest", "--json", "--limit", "20", "--diversity", "0.6", "--data-dir", data.path])
        let least = try MarqueeBinary.run(["suggest", "--json", "--limit", "20", "--diversity", "0", "--data-dir", data.path])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout == given.stdout)
        #expect(saved.stdout != least.stdout)
        let export = try MarqueeBinary.run(["export", "--data-dir", data.path])
        let document = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        #expect((document?["diversity"] as? Double).map { abs($0 - 0.6) < 0.001 } == true, "\(export.stdout)")
    }

    /// 4 on a watchlisted title rates it and takes it off the watchlist; u restores both.
    @Test func ratingTakesATitleOffTheWatchlistAndUndoPutsItBack() throws {
        let data = TemporaryDirectory()
        let session = try Self.open(data)
        try TerminalTests.searchAndSelect("stranger", "Stranger Things", in: session)
        try session.send("a")
        try session.waitFor(text: "Added Stranger Things to your watchlist")
        try session.send("4")
        try session.waitFor(text: "Rated Stranger Things ★★★★☆ · off your watchlist · u undoes both")
        try session.send("W")
        try session.waitFor(text: "Your watchlist is empty")
        try session.send("u")
        let screen = try session.waitFor(text: "Undone: Stranger Things unrated again and back on your watchlist")
        #expect(screen.contains("▸Stranger Things"), "\(screen)")
    }

    /// 3 then > rates three and a half stars; < takes the half back.
    @Test func halfStarsFromTheKeyboard() throws {
        let data = TemporaryDirectory()
        let session = try Self.open(data)
        try TerminalTests.searchAndSelect("stranger", "Stranger Things", in: session)
        try session.send("3")
        try session.waitFor(text: "Rated Stranger Things ★★★☆☆")
        try session.send(">")
        try session.waitFor(text: "Rated Stranger Things ★★★½☆")
        try session.send("Enter")
        try session.waitFor(text: "My rating   ★★★½☆")
        try session.send("<")
        try session.waitFor(text: "My rating   ★★★☆☆")
    }

    /// x hides, X lists what is hidden, x there unhides.
    @Test func theNotForMeListUnhides() throws {
        let data = TemporaryDirectory()
        let session = try Self.open(data)
        try TerminalTests.searchAndSelect("stranger", "Stranger Things", in: session)
        try session.send("x")
        try session.waitFor(text: "Not for you: Stranger Things")
        try session.send("X")
        let list = try session.waitFor("the not-for-me list") { $0.contains("Not for me · never suggested") && $0.contains("▸Stranger Things") }
        #expect(list.contains("x unhide"), "\(list)")
        try session.send("x")
        try session.waitFor(text: "Stranger Things may be suggested again")
        try session.waitFor(text: "Nothing hidden")
        try session.send("q")
        try session.waitForExit()
        let listed = try MarqueeBinary.run(["hidden", "--json", "--data-dir", data.path])
        #expect(listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(listed.stdout)")
    }

    /// "with family" in the mood picker is saved like the rest of the mood.
    @Test func familyInTheMoodPicker() throws {
        let data = TemporaryDirectory()
        do {
            let session = try Self.open(data)
            try session.send("m")
            try session.waitFor(text: "How do you feel tonight?")
            for _ in 0..<4 { try session.send("Tab") }
            for _ in 0..<3 { try session.send("l") }
            // At 80 columns the fields show short names.
            try session.waitFor(text: "‹ family ›")
            try session.send("Enter")
            try session.waitFor(text: "Mood: Cozy · match · any length · with family")
            try session.send("q")
            try session.waitForExit()
        }
        let shown = try MarqueeBinary.run(["mood", "--data-dir", data.path])
        #expect(shown.stdout.contains("with family"), "\(shown.stdout)")
    }

    /// ? on the watchlist starts with its keys; / narrows the help as you type.
    @Test func helpShowsThisScreenFirstAndFinds() throws {
        let data = TemporaryDirectory()
        let session = try Self.open(data)
        try session.send("W")
        try session.waitFor(text: "Your watchlist is empty")
        try session.send("?")
        let help = try session.waitFor(text: "On this screen (Watchlist)")
        #expect(help.contains("add to / remove from watchlist"), "\(help)")
        try session.send("/")
        try session.type("surprise")
        let found = try session.waitFor(text: "/surprise▏")
        #expect(found.contains("surprise me") && !found.contains("move down"), "\(found)")
        try session.send("Escape")
        try session.waitFor("the whole help again") { $0.contains("Esc closes") && $0.contains("move down") }
        try session.send("Escape")
        try session.waitFor("the watchlist without help") { $0.contains("Your watchlist is empty") && !$0.contains("Esc closes") }
    }
}

/// Issue 11 item 17: the first launch welcomes; once closed it never comes back.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WelcomeTerminalTests {
    @Test func theFirstLaunchWelcomesAndRatingsStay() throws {
        let data = TemporaryDirectory()
        do {
            let session = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data))
            let welcome = try session.waitFor(text: "Welcome to Marquee")
            #expect(welcome.contains("say how you feel"), "\(welcome)")
            let first = try #require(welcome.split(separator: "\n").first { $0.contains("▸") })
            try session.send("4")
            try session.waitFor(text: "★★★★☆")
            // The mood picker from the welcome; Esc there comes back to the welcome.
            try session.send("m")
            try session.waitFor(text: "How do you feel tonight?")
            try session.send("Escape")
            try session.waitFor(text: "Welcome to Marquee")
            try session.send("Escape")
            try session.waitFor(text: "Thanks: 1 rating to start from")
            try session.send("R")
            let ratings = try session.waitFor(text: "My ratings")
            let name = first.drop { $0 != "▸" }.dropFirst().prefix(12)
            #expect(ratings.contains(String(name)), "\(name) in \(ratings)")
            try session.send("q")
            try session.waitForExit()
        }
        let again = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data))
        let screen = try again.waitFor(text: "For your mood")
        #expect(!screen.contains("Welcome to Marquee"))
    }

    /// Esc alone is enough: nothing rated, and still no welcome the next time.
    @Test func escDismissesForGood() throws {
        let data = TemporaryDirectory()
        do {
            let session = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data))
            try session.waitFor(text: "Welcome to Marquee")
            try session.send("Escape")
            try session.waitFor(text: "Press m any time to say how you feel")
            try session.send("q")
            try session.waitForExit()
        }
        let again = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data))
        Thread.sleep(forTimeInterval: 0.5)
        let screen = try again.waitFor(text: "For your mood")
        #expect(!screen.contains("Welcome to Marquee"))
    }
}
