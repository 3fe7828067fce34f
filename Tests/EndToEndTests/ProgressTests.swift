import Foundation
import TestSupport
import Testing

/// Progress of long work — the first index build, `import movielens`,
/// `eval` — on a terminal only: pipes and `--json` see none of it, and the
/// full-screen browser shows a progress screen rather than a blank one.
@Suite(.serialized) struct ProgressTests {
    static func path(_ name: String) -> String { Fixtures.movieLensDirectory.appendingPathComponent(name).path }
    static let importArguments = ["import", "movielens", "--ratings", path("invented-catalog-ratings.csv"),
                                  "--movies", path("invented-catalog-movies.csv")]
    static let evalArguments = ["eval", "--ratings", path("invented-ratings.csv"), "--movies", path("invented-movies.csv"),
                                "--test-fraction", "0.4", "--seed", "3"]

    /// A first start (the index is built), an import and an evaluation with
    /// stderr a pipe: nothing there but what the commands mean to say.
    @Test func pipedRunsPrintNoProgress() throws {
        let data = TemporaryDirectory()
        let search = try MarqueeBinary.run(["search", "love", "--data-dir", data.path])
        #expect(search.status == 0 && search.stderr.isEmpty, "\(search.stderr.debugDescription)")
        let imported = try MarqueeBinary.run(Self.importArguments + ["--data-dir", data.path])
        #expect(imported.status == 0 && imported.stderr.isEmpty, "\(imported.stderr.debugDescription)")
        let evaluated = try MarqueeBinary.run(Self.evalArguments)
        #expect(evaluated.status == 0 && evaluated.stderr.isEmpty, "\(evaluated.stderr.debugDescription)")
    }

    /// Runs `script` in a shell in tmux, recording every byte the pane was
    /// sent (progress lines are rewritten and cleared, so the screen at the
    /// end would not show them), and returns (bytes, final screen).
    static func recordInTerminal(_ script: String, width: Int = 100) throws -> (bytes: String, screen: String) {
        let folder = TemporaryDirectory()
        let log = folder.url.appendingPathComponent("pane.log"), go = folder.url.appendingPathComponent("go")
        // The shell waits until the recording runs, so nothing is missed.
        let wrapped = "while [ ! -e '\(go.path)' ]; do sleep 0.05; done; \(script); echo progress-test-done; sleep 30"
        let session = try TmuxSession(width: width, height: 20, command: "sh -c \"\(wrapped.replacingOccurrences(of: "\"", with: "\\\""))\"")
        try TmuxSession.tmux(["pipe-pane", "-o", "-t", session.name, "cat >> '\(log.path)'"], socket: session.socket)
        FileManager.default.createFile(atPath: go.path, contents: Data())
        let screen = try session.waitFor(text: "progress-test-done", timeout: 120)
        Thread.sleep(forTimeInterval: 0.3)
        let bytes = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (bytes, screen)
    }

    static func quoted(_ arguments: [String]) -> String { arguments.map { "'\($0)'" }.joined(separator: " ") }

    /// On a terminal the first start says it is building the index, how far
    /// it got, and what it built; `--json` stays quiet.
    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed")) func aTerminalSeesTheIndexBuild() throws {
        let data = TemporaryDirectory(), other = TemporaryDirectory()
        let binary = MarqueeBinary.url.path
        let (bytes, screen) = try Self.recordInTerminal(
            "'\(binary)' search love --data-dir '\(data.path)' > /dev/null; '\(binary)' search love --json --data-dir '\(other.path)' > /dev/null")
        #expect(bytes.contains("Building the catalog index"), "\(bytes.debugDescription)")
        #expect(bytes.contains("%"), "a share done")
        #expect(screen.contains("Built the catalog index: "), "\(screen)")
        // Once: the second, --json run built its own index without a word.
        #expect(screen.components(separatedBy: "Built the catalog index").count == 2, "\(screen)")
    }

    /// A history import of a large file draws a bar of the rows read, then clears it.
    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed")) func aTerminalSeesAHistoryImportBar() throws {
        let data = TemporaryDirectory(), folder = TemporaryDirectory()
        let diary = folder.url.appendingPathComponent("diary.csv")
        var text = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
        for row in 0..<600 { text += "2024-01-01,Okja,2017,https://boxd.it/p\(row),4,,,2024-01-\(10 + row % 18)\n" }
        try Data(text.utf8).write(to: diary)
        let binary = MarqueeBinary.url.path
        _ = try MarqueeBinary.run(["search", "love", "--data-dir", data.path])
        let (bytes, screen) = try Self.recordInTerminal(
            "'\(binary)' import letterboxd '\(diary.path)' --data-dir '\(data.path)'")
        #expect(bytes.contains("Reading diary.csv: 256 rows [########............]  43%"), "\(bytes.debugDescription)")
        #expect(screen.contains("Read 600 rows from diary.csv (Letterboxd): 600 matched"), "\(screen)")
        #expect(!screen.contains("rows ["), "the bar is cleared: \(screen)")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed")) func aTerminalSeesImportAndEvalSteps() throws {
        let data = TemporaryDirectory()
        let binary = MarqueeBinary.url.path
        // The index first, so the import's own steps are what is recorded.
        _ = try MarqueeBinary.run(["search", "love", "--data-dir", data.path])
        let (bytes, _) = try Self.recordInTerminal(
            "'\(binary)' \(Self.quoted(Self.importArguments)) --data-dir '\(data.path)' > /dev/null; '\(binary)' \(Self.quoted(Self.evalArguments)) > /dev/null")
        #expect(bytes.contains("Matching 12 films to catalog titles"), "\(bytes.debugDescription)")
        #expect(bytes.contains("Learning which titles go together"), "\(bytes.debugDescription)")
        #expect(bytes.contains("Measuring ranker 1 of"), "\(bytes.debugDescription)")
        // Each progress line is cleared when its work is done.
        #expect(bytes.contains("\r\u{1B}[K"))
    }

    /// A fresh data directory: from the moment the browser starts until its
    /// first frame, the screen is never blank for long — it shows the
    /// progress of the index build.
    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed")) func theBrowserShowsProgressNotABlankScreen() throws {
        let data = TemporaryDirectory()
        let started = Date()
        let session = try TmuxSession(width: 80, height: 24, command: TerminalTests.command(data: data))
        var sawProgress = false, blankSince: Date? = started, longestBlank: TimeInterval = 0
        while Date().timeIntervalSince(started) < 120 {
            let screen = try session.capture()
            // The first frame: the welcome of a fresh data directory, or home.
            if screen.contains("For your mood") || screen.contains("Welcome to Marquee") { break }
            if screen.contains("Building the catalog index") || screen.contains("Loading the catalog") {
                sawProgress = true
            }
            if screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                blankSince = blankSince ?? Date()
                longestBlank = max(longestBlank, Date().timeIntervalSince(blankSince!))
            } else {
                blankSince = nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let first = try session.capture()
        #expect(first.contains("For your mood") || first.contains("Welcome to Marquee"))
        #expect(sawProgress, "the index build should show its progress")
        #expect(longestBlank < 1.5, "blank for \(longestBlank) s")
    }
}
