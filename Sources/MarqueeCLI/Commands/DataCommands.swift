import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

/// `marquee export`: everything the person has told Marquee, as one JSON document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your ratings, watchlist, not-for-me titles, mood corrections, mood and diversity dial as JSON.")

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var options: GlobalOptions

    struct Document: Encodable {
        struct Entry: Encodable {
            var id: String
            var title: String?
            var stars: Double?
            var ratedOn: String?
            var tones: [String: Float]?
        }

        var format = 1
        var ratings: [Entry]
        var watchlist: [Entry]
        var notForMe: [Entry]
        var moodCorrections: [Entry]
        /// As `marquee mood --json` prints it.
        var mood: MoodSettingJSON
        /// The diversity dial as last set in the browser (0…1).
        var diversity: Float
    }

    func run() throws {
        let environment = try AppEnvironment(options: options)
        let signals = try environment.signals()
        let setting = try environment.moodSetting()
        func name(_ id: TitleID) -> String? { environment.library.title(id)?.name }
        let document = Document(
            ratings: signals.ratings.keys.sorted().map { id in
                Document.Entry(id: id.rawValue, title: name(id), stars: signals.ratings[id]!.stars, ratedOn: signals.ratedOn[id]?.iso)
            },
            watchlist: signals.watchlist.sorted().map { Document.Entry(id: $0.rawValue, title: name($0)) },
            notForMe: signals.hidden.sorted().map { Document.Entry(id: $0.rawValue, title: name($0)) },
            moodCorrections: signals.corrections.keys.sorted().map { id in
                Document.Entry(id: id.rawValue, title: name(id), tones: MoodJSON.codes(signals.corrections[id]!))
            },
            mood: MoodSettingJSON(setting), diversity: try environment.diversity())
        let text = try Output.jsonText(document) + "\n"
        guard let out else { return print(text, terminator: "") }
        let file = try OutputPaths.file(out)
        do { try PrivateFiles.write(Data(text.utf8), to: file) } catch {
            throw MarqueeError(StoreError.explaining(error, at: file, file: .output).description)
        }
        print("Wrote \(signals.ratings.count) ratings, \(signals.watchlist.count) watchlist titles, "
              + "\(signals.hidden.count) not-for-me titles and \(signals.corrections.count) mood corrections to \(SafeText.display(out)).")
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
