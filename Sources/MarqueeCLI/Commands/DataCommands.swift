import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

/// `marquee export`: everything the person has told Marquee, as one JSON
/// document that `marquee import marquee` reads back to the same state, or
/// as CSV for Letterboxd's importer or a spreadsheet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your ratings, viewings, watchlist, not-for-me titles, likes, mood corrections and settings.",
        discussion: """
            --format json (the default) writes everything, with dates and where each rating came from; \
            `marquee import marquee FILE` restores it exactly. --format letterboxd writes the columns \
            Letterboxd's importer reads (Title, Year, Rating, WatchedDate, Rewatch, imdbID); --format csv \
            one row per title. Files are written private (mode 0600). Schema: docs/import-export.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, letterboxd, csv
    }

    @Option(name: .long, help: ArgumentHelp("json, letterboxd or csv.", valueName: "format"))
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let environment = try AppEnvironment(options: options)
        let history = try environment.user.history()
        let text: String
        switch format {
        case .json:
            let document = MarqueeExport(history: history, mood: try environment.moodSetting(),
                                         diversity: try environment.diversity(), rewatches: try environment.rewatches(), exportedAt: Date(),
                                         title: { environment.library.title($0) })
            text = try Output.jsonText(document) + "\n"
        case .letterboxd:
            text = HistoryCSVExport.letterboxd(history, title: { environment.library.title($0) })
        case .csv:
            text = HistoryCSVExport.table(history, title: { environment.library.title($0) })
        }
        guard let out else { return print(text, terminator: "") }
        let file = try OutputPaths.file(out)
        do { try PrivateFiles.write(Data(text.utf8), to: file) } catch {
            throw MarqueeError(StoreError.explaining(error, at: file, file: .output).description)
        }
        print("Wrote \(history.ratings.count) ratings, \(history.viewings.count) viewings, \(history.watchlist.count) watchlist titles, "
              + "\(history.hidden.count) not-for-me titles and \(history.corrections.count) mood corrections to \(SafeText.display(out)).")
    }
}

/// `marquee erase`: removes everything Marquee stored in the data directory.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase your ratings, watchlist, mood and imported community ratings (asks first, or --yes).",
        discussion: """
            Deletes user.sqlite, community.sqlite and the catalog index (rebuilt at the next launch) \
            from the data directory. `marquee export` first if you want to keep a copy.
            """)

    @Flag(name: .long, help: "Erase without asking.")
    var yes = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let directory = options.dataDirectory()
        let present = DataErasure.presentFiles(in: directory)
        guard !present.isEmpty else {
            print("Nothing to erase in \(SafeText.display(directory.path)).")
            return
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                // Called the wrong way for a script: a usage error (64), nothing touched.
                throw UsageError("refusing to erase \(SafeText.display(directory.path)) without --yes (standard input is not a terminal)")
            }
            print("Erase your ratings, watchlist, mood and imported ratings in \(SafeText.display(directory.path))? Type yes: ", terminator: "")
            guard readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                print("Nothing erased.")
                return
            }
        }
        do { try DataErasure.erase(present) } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        // Named in the order people read them: each database before its log files.
        let names = DataErasure.databases.flatMap { [$0, $0 + "-wal", $0 + "-shm"] }
            .filter { name in present.contains { $0.lastPathComponent == name } }
        print("Erased \(names.joined(separator: ", ")) from \(SafeText.display(directory.path)).")
    }
}
