import Catalog
import CatalogStore
import Foundation

/// One import of a person's history, shared by every `marquee import`
/// subcommand but movielens: read the file, match its rows, plan the
/// changes against what is stored, then either show them (`--dry-run`) or
/// write them in one transaction, and report.
struct HistoryImportRun {
    var source: HistorySource
    var path: String
    var options: HistoryImportOptions
    var global: GlobalOptions
    var profile: String? = nil

    /// What `--json` prints.
    struct Report: Encodable {
        struct Miss: Encodable {
            var file: String
            var line: Int
            var title: String
            var year: Int?
            var outcome: String
            var reason: String
        }

        struct Change: Encodable {
            var id: String
            var title: String
            var from: Double?
            var to: Double
            var applied: Bool
            var conflict: String?
        }

        /// Something else the import adds: a viewing, a watchlist entry, a like, a not-for-me title, a mood correction.
        struct Addition: Encodable {
            var what: String
            var id: String
            var title: String
            var on: String?
        }

        var source: String
        var files: [String]
        var dryRun: Bool
        var figures: HistoryImportPlan.Figures
        var passedOver: [String: Int]
        var ratings: [Change]
        var additions: [Addition]
        var misses: [Miss]
        var problems: [String]
        var notes: [String]
        var settingsChanged: [String]
    }

    func run() throws {
        let environment = try AppEnvironment(options: global)
        let progress = ProgressLine.standardError(json: options.json)
        defer { progress.finish() }
        let url = URL(fileURLWithPath: path)
        let current = try environment.user.history()
        let matcher = HistoryMatcher(titles: environment.library.titles)
        // Rows are matched and planned as they are read, never all held at once.
        var plan = HistoryImportPlan(source: source, matcher: matcher, current: current,
                                     titles: { environment.library.title($0)?.nameAndYear }, prefer: options.prefer)
        let name = SafeText.display(url.lastPathComponent)
        let expected = progress.isEnabled ? Self.lineCount(url) : nil
        var sink: HistoryRowSink!
        sink = HistoryRowSink { row in
            plan.add(row)
            let count = sink.count
            guard count % 256 == 0 else { return }
            let message = "Reading \(name): \(AppEnvironment.grouped(count)) rows"
            progress.update(message, fraction: expected.map { Double(count) / Double(max($0, 1)) }, force: count == 256)
        }
        progress.update("Reading \(name)…")
        var read: HistoryRead
        var restored: MarqueeExportReader.Result?
        do {
            if source == .marquee {
                restored = try MarqueeExportReader().read(at: url, sink: sink)
                read = restored!.read
            } else {
                read = try HistoryFiles.read(source, at: url, sink: sink, profile: profile)
            }
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        if let first = read.problems.first, !options.skipBad {
            let more = read.problems.count - 1
            throw MarqueeError(first.description + (more > 0 ? " (and \(more) more bad rows)" : "")
                               + "; nothing imported (--skip-bad imports the other rows)")
        }
        plan.finish(read)
        let settingsChanged = try restoredSettings(restored, into: &plan.changes, environment: environment)
        if let unmatched = options.unmatched { try writeMisses(plan.misses, to: unmatched) }
        if !options.dryRun {
            progress.update("Writing user.sqlite…")
            do { try environment.user.apply(plan.changes) } catch let error as StoreError {
                throw MarqueeError(error.description)
            }
        }
        progress.finish()
        let report = makeReport(read: read, plan: plan, settingsChanged: settingsChanged, environment: environment)
        if options.json { return try Output.json(report) }
        print(HistoryImportText.lines(report, plan: plan, unmatchedFile: options.unmatched).joined(separator: "\n"))
    }

    /// A Marquee export's mood and diversity dial, where they differ from the stored ones.
    private func restoredSettings(_ restored: MarqueeExportReader.Result?, into changes: inout HistoryChanges,
                                  environment: AppEnvironment) throws -> [String] {
        guard let restored else { return [] }
        var changed: [String] = []
        if let mood = restored.mood, try environment.user.moodSetting() != mood {
            changes.settings["mood"] = UserDatabase.encodedMoodSetting(mood)
            changed.append("mood")
        }
        if let diversity = restored.diversity, try environment.user.diversity() != diversity {
            changes.settings["diversity"] = String(diversity)
            changed.append("diversity")
        }
        if let rewatches = restored.rewatches, try environment.user.rewatches() != rewatches {
            changes.settings["rewatches"] = rewatches ? "on" : "off"
            changed.append("rewatches")
        }
        return changed
    }

    private func makeReport(read: HistoryRead, plan: HistoryImportPlan, settingsChanged: [String],
                            environment: AppEnvironment) -> Report {
        Report(
            source: source.rawValue, files: read.files, dryRun: options.dryRun, figures: plan.figures,
            passedOver: read.passedOver,
            ratings: plan.ratingChanges.map { change in
                Report.Change(id: change.title.rawValue, title: environment.library.title(change.title)?.nameAndYear ?? change.title.rawValue,
                              from: change.from?.stars, to: change.to.stars, applied: change.applied, conflict: change.conflict)
            },
            // Listed only where they are shown: a dry run's text, or JSON.
            additions: options.dryRun || options.json ? additions(plan.changes, environment: environment) : [],
            misses: plan.misses.map { miss in
                Report.Miss(file: miss.row.file, line: miss.row.line, title: SafeText.display(miss.row.name), year: miss.row.year,
                            outcome: miss.ambiguous ? "ambiguous" : "unmatched", reason: miss.reason)
            },
            problems: read.problems.map(\.description), notes: read.notes, settingsChanged: settingsChanged)
    }

    /// Lines in a single CSV file, less its header: the rows a progress bar
    /// counts to. Nil for a folder or archive, whose rows are counted without a bar.
    static func lineCount(_ url: URL) -> Int? {
        guard url.pathExtension.lowercased() == "csv", let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return max(lines - 1, 1)
    }

    /// Everything but ratings that the import adds, in a stable order.
    private func additions(_ changes: HistoryChanges, environment: AppEnvironment) -> [Report.Addition] {
        func name(_ id: TitleID) -> String { environment.library.title(id)?.nameAndYear ?? id.rawValue }
        var result = changes.viewings.sorted().map { viewing in
            Report.Addition(what: viewing.rewatch ? "rewatched" : "watched", id: viewing.title.rawValue, title: name(viewing.title),
                            on: viewing.on?.iso)
        }
        result += changes.watchlist.keys.sorted().map { Report.Addition(what: "watchlist", id: $0.rawValue, title: name($0)) }
        result += changes.liked.keys.sorted().map { Report.Addition(what: "liked", id: $0.rawValue, title: name($0)) }
        result += changes.hidden.keys.sorted().map { Report.Addition(what: "not for me", id: $0.rawValue, title: name($0)) }
        result += changes.corrections.keys.sorted().map { Report.Addition(what: "mood", id: $0.rawValue, title: name($0)) }
        return result
    }

    /// `--unmatched FILE`: every row that matched no title or several, as CSV.
    private func writeMisses(_ misses: [HistoryImportPlan.Miss], to path: String) throws {
        var text = "file,line,title,year,kind,outcome,reason\n"
        for miss in misses {
            let fields = [miss.row.file, String(miss.row.line), miss.row.name, miss.row.year.map(String.init) ?? "",
                          miss.row.kind?.rawValue ?? "", miss.ambiguous ? "ambiguous" : "unmatched", miss.reason]
            text += fields.map(HistoryCSVExport.field).joined(separator: ",") + "\n"
        }
        let file = try OutputPaths.file(path)
        do { try PrivateFiles.write(Data(text.utf8), to: file) } catch {
            throw MarqueeError(StoreError.explaining(error, at: file, file: .output).description)
        }
    }
}
