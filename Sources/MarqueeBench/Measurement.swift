import Catalog
import CatalogStore
import EmbeddedCatalog
import Foundation
import Recommender
import Runtime
import TerminalUI
import ViewModel

/// One size's figures, measured in a fresh process.
enum Measurement {
    struct Stats: Codable {
        var p50: Double
        var p95: Double
        var max: Double
        var count: Int

        init(_ samples: [Double]) {
            let sorted = samples.sorted()
            count = sorted.count
            p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
            p95 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
            max = sorted.last ?? 0
        }
    }

    struct Result: Codable {
        var titles: Int
        var synthesizeSeconds: Double?
        /// Building catalog.sqlite from the files (first launch only).
        var buildMilliseconds: Double
        /// Process work from opening the catalog to the first frame in the grid.
        var firstLaunchFirstFrameMilliseconds: Double
        var laterLaunchFirstFrameMilliseconds: Double
        /// The later launch by phase, "open 3 · titles 40 · …".
        var laterLaunchPhases: String
        /// Loading the word list for typo tolerance and the fixed orders of long lists, in the background at launch.
        var searchWarmUpMilliseconds: Double
        var searchKeystrokeMilliseconds: Stats
        var filterSortMilliseconds: Stats
        var suggestionsMilliseconds: Stats
        var similarTitlesMilliseconds: Stats
        var redraw200x60Milliseconds: Stats
        var residentMegabytes: Double
        var peakResidentMegabytes: Double
    }

    /// Real queries, typed one letter at a time.
    static let typedQueries = [
        "stranger things", "the crown", "black mirror", "breaking bad", "narcos", "love", "christmas",
        "spider", "the office", "queer eye", "dark", "kingdom", "murder", "world war", "pokemon",
        "amelie", "naruto", "tiger king", "our planet", "strnger thngs",
    ]

    static func filters() -> [TitleQuery] {
        func filter(_ build: (inout TitleFilter) -> Void) -> TitleFilter {
            var filter = TitleFilter()
            build(&filter)
            return filter
        }
        return [
            TitleQuery(filter: filter { $0.genres = [.comedy]; $0.years = 1990...1999 }, sort: .year),
            TitleQuery(filter: filter { $0.kinds = [.series]; $0.maturityCeiling = .tvY7 }, sort: .title),
            TitleQuery(filter: filter { $0.minutes = 0...90; $0.countries = ["United States"] }, sort: .added),
            TitleQuery(text: "love", filter: filter { $0.genres = [.romance] }, sort: .rating),
            TitleQuery(filter: filter { $0.genres = [.horror, .thriller] }, sort: .runtime),
            TitleQuery(filter: filter { $0.kinds = [.movie] }, sort: .title),
            TitleQuery(sort: .year),
        ]
    }

    static func milliseconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// CPU time of this thread, in ms: on a busy machine steadier than the
    /// wall clock for comparing two builds (it leaves out waiting for a core).
    static func cpuMilliseconds(_ work: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
        }
        let start = now()
        try work()
        return now() - start
    }

    /// Every benchmark query typed one letter at a time, each prefix asked
    /// as the TUI asks it: milliseconds per keystroke, by `clock`.
    static func typeQueries(_ query: CatalogQuery, reportSlow: Bool, clock: (() throws -> Void) throws -> Double = milliseconds) throws -> [Double] {
        let slow = reportSlow ? ProcessInfo.processInfo.environment["MARQUEE_BENCH_SLOW"].flatMap(Double.init) : nil
        var searches: [Double] = []
        // MARQUEE_BENCH_SEARCH_TEXT="a,b" types only these (to profile one kind of query).
        let texts = ProcessInfo.processInfo.environment["MARQUEE_BENCH_SEARCH_TEXT"].map { $0.split(separator: ",").map(String.init) }
        for text in texts ?? typedQueries {
            var typed = ""
            for character in text {
                typed.append(character)
                let elapsed = try clock { _ = try query.run(TitleQuery(text: typed), limit: CatalogQuery.interactiveLimit) }
                searches.append(elapsed)
                if let slow, elapsed > slow {
                    FileHandle.standardError.write(Data("slow search '\(typed)': \(elapsed) ms\n".utf8))
                }
            }
        }
        return searches
    }

    static func run(size: Int, work: URL) throws -> Result {
        guard let embedded = EmbeddedCatalog.directory else { throw BenchError("no embedded catalog") }
        let catalogDirectory = work.appendingPathComponent("catalog-\(size)")
        var synthesizeSeconds: Double?
        let stamp = catalogDirectory.appendingPathComponent("synthesized-from-seed-1")
        if !FileManager.default.fileExists(atPath: stamp.path) {
            let source = try CatalogFiles(directory: embedded).read()
            synthesizeSeconds = try milliseconds {
                try CatalogSynthesizer(source: source.titles, cues: source.cues, seed: 1).write(count: size, to: catalogDirectory)
            } / 1000
            FileManager.default.createFile(atPath: stamp.path, contents: Data())
        }
        let data = work.appendingPathComponent("data-\(size)")
        let files = CatalogFiles(directory: catalogDirectory)
        // Only the launch's load, reusing the catalog index an earlier run built, step by step.
        if let repeats = ProcessInfo.processInfo.environment["MARQUEE_BENCH_LAUNCH_ONLY"].flatMap(Int.init), repeats > 0 {
            let database = try CatalogDatabase.open(in: data, files: files)
            for _ in 0..<repeats {
                var load: LaunchLoad!
                let total = try milliseconds { load = try LaunchLoad(from: database) }
                let steps = load.steps.map { "\($0.0) \(Int($0.1.rounded()))" }.joined(separator: " · ")
                // The first frame's own work: the state's launch columns, then the home rows.
                var state: AppState!
                let stateTime = milliseconds { state = AppState(library: load.library, width: 80, height: 24) }
                let rowsTime = milliseconds { state.reduceRunningJobs(.launched) }
                FileHandle.standardError.write(Data(String(format: "launch load %.0f ms (read %.0f, make %.0f): %@; state %.0f ms, home rows %.0f ms; %.0f MB resident, %.0f MB peak\n",
                                                           total, load.readMilliseconds, load.makeMilliseconds, steps, stateTime, rowsTime,
                                                           ResidentMemory.read().current, ResidentMemory.read().peak).utf8))
            }
            exit(0)
        }
        // Only the recommendations, reusing the catalog index an earlier run built (a 1M build takes minutes).
        if let repeats = ProcessInfo.processInfo.environment["MARQUEE_BENCH_RECOMMEND_ONLY"].flatMap(Int.init), repeats > 0 {
            let database = try CatalogDatabase.open(in: data, files: files)
            Self.reportRecommendations(repeats, library: try LaunchLoad(from: database).library)
            exit(0)
        }
        try? FileManager.default.removeItem(at: data)

        var build = 0.0
        var app: LoadedApp!
        let firstLaunch = try milliseconds {
            build = try milliseconds { _ = try CatalogDatabase.open(in: data, files: files) }
            app = try LoadedApp(data: data, files: files)
        }
        app = nil
        let laterLaunch = try milliseconds { app = try LoadedApp(data: data, files: files) }
        if let repeats = ProcessInfo.processInfo.environment["MARQUEE_BENCH_LIBRARY_REPEAT"].flatMap(Int.init), repeats > 0 {
            try reportLibraryBuilds(repeats, database: try CatalogDatabase.open(in: data, files: files))
        }

        // The app does this on its query worker while the first frame is shown.
        let warmUp = milliseconds { app.query.warmUp() }
        let searches = try typeQueries(app.query, reportSlow: true)
        if let repeats = ProcessInfo.processInfo.environment["MARQUEE_BENCH_SEARCH_REPEAT"].flatMap(Int.init), repeats > 0 {
            // Steadier than one pass on a busy machine, and a loop to profile.
            for _ in 0..<repeats {
                let again = Stats(try typeQueries(app.query, reportSlow: false))
                let cpu = Stats(try typeQueries(app.query, reportSlow: false, clock: cpuMilliseconds))
                FileHandle.standardError.write(Data("search again p50 \(again.p50) p95 \(again.p95) max \(again.max) ms; CPU p50 \(cpu.p50) p95 \(cpu.p95) max \(cpu.max) ms\n".utf8))
            }
        }

        var filterSorts: [Double] = []
        for _ in 0..<3 {
            for query in filters() {
                let elapsed = try milliseconds { _ = try app.query.run(query) }
                filterSorts.append(elapsed)
                if let slow = ProcessInfo.processInfo.environment["MARQUEE_BENCH_SLOW"].flatMap(Double.init), elapsed > slow {
                    FileHandle.standardError.write(Data("slow filter \(query): \(elapsed) ms\n".utf8))
                }
            }
        }

        if let repeats = ProcessInfo.processInfo.environment["MARQUEE_BENCH_RECOMMEND_REPEAT"].flatMap(Int.init), repeats > 0 {
            Self.reportRecommendations(repeats, library: app.library)
        }

        var suggestions: [Double] = []
        let recommender = Recommender(library: app.library)
        for mood in NamedMood.allCases {
            suggestions.append(milliseconds {
                _ = recommender.suggest(.init(setting: MoodSetting(mood: mood.mood), limit: 30), signals: UserSignals())
            })
        }

        // What opening a detail screen costs: its eight similar titles.
        var similar: [Double] = []
        let finder = SimilarTitles(library: app.library)
        for step in 0..<20 {
            let position = step * app.library.count / 20
            similar.append(milliseconds { _ = finder.similar(to: position, limit: 8) })
        }

        var redraws: [Double] = []
        var state = app.state
        _ = state.reduce(.resize(width: 200, height: 60))
        let renderer = Renderer()
        for step in 0..<40 {
            _ = state.reduce(.key(step % 2 == 0 ? .down : .pageDown))
            redraws.append(milliseconds { _ = renderer.render(state) })
        }

        let memory = ResidentMemory.read()
        return Result(
            titles: app.library.count, synthesizeSeconds: synthesizeSeconds, buildMilliseconds: build,
            firstLaunchFirstFrameMilliseconds: firstLaunch, laterLaunchFirstFrameMilliseconds: laterLaunch,
            laterLaunchPhases: app.phases.map { "\($0.0) \(Int($0.1.rounded()))" }.joined(separator: " · "),
            searchWarmUpMilliseconds: warmUp, searchKeystrokeMilliseconds: Stats(searches), filterSortMilliseconds: Stats(filterSorts),
            suggestionsMilliseconds: Stats(suggestions), similarTitlesMilliseconds: Stats(similar),
            redraw200x60Milliseconds: Stats(redraws),
            residentMegabytes: memory.current, peakResidentMegabytes: memory.peak)
    }
}

extension Measurement {
    /// The library phase alone, `repeats` times in one process, to stderr:
    /// on a busy machine the minimum is steadier than one launch's figure.
    /// Suggestions for every named mood, cold and for a person with ratings, and similar titles for
    /// 20 titles, `repeats` times: timings (steadier than one pass, and long enough to profile), and
    /// every answer written to `MARQUEE_BENCH_RECOMMEND_OUT` when set, to show a faster scorer gives
    /// the same lists.
    static func reportRecommendations(_ repeats: Int, library: Library) {
        // The candidate indexes are built once per library, apart from the timed requests.
        var bytes = (suggestionBytes: 0, similarBytes: 0)
        let indexBuild = milliseconds { bytes = library.prepareIndexes() }
        FileHandle.standardError.write(Data(String(format: "candidate indexes: built in %.0f ms; suggestions %.1f MB, similar titles %.1f MB\n",
                                                   indexBuild, Double(bytes.suggestionBytes) / 1e6, Double(bytes.similarBytes) / 1e6).utf8))
        let recommender = Recommender(library: library), finder = SimilarTitles(library: library)
        var ratings: [TitleID: Rating] = [:]
        for step in 0..<40 { ratings[library.titles[step * library.count / 40].id] = Rating(stars: Double(1 + step % 5)) }
        let people = [UserSignals(), UserSignals(ratings: ratings, watchlist: [library.titles[library.count / 3].id],
                                                 hidden: [library.titles[library.count / 7].id])]
        var suggestTimes: [Double] = [], similarTimes: [Double] = []
        var answers = ""
        for pass in 0..<repeats {
            for signals in people {
                for mood in NamedMood.allCases {
                    var lists: [Suggestion] = []
                    suggestTimes.append(milliseconds {
                        lists = recommender.suggest(.init(setting: MoodSetting(mood: mood.mood), limit: 30), signals: signals)
                    })
                    if pass == 0 { for item in lists { answers += "\(mood) \(item.id) \(item.score) \(item.reason)\n" } }
                }
            }
            for step in 0..<20 {
                var matches: [SimilarTitles.Match] = []
                similarTimes.append(milliseconds { matches = finder.similar(to: step * library.count / 20, limit: 8) })
                if pass == 0 { for match in matches { answers += "similar \(step) \(match.position) \(match.likeness) \(match.because)\n" } }
            }
        }
        let suggest = Stats(suggestTimes), similar = Stats(similarTimes)
        if let path = ProcessInfo.processInfo.environment["MARQUEE_BENCH_RECOMMEND_OUT"] {
            try? answers.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let line = String(format: "recommendations, %d passes: suggestions p50 %.1f · p95 %.1f · max %.1f ms; similar p50 %.1f · p95 %.1f · max %.1f ms\n",
                          repeats, suggest.p50, suggest.p95, suggestTimes.max() ?? 0, similar.p50, similar.p95, similarTimes.max() ?? 0)
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func reportLibraryBuilds(_ repeats: Int, database: CatalogDatabase) throws {
        let titles = try database.loadTitles()
        var samples: [Double] = [], titleLoads: [Double] = [], derivations: [Double] = [], decodes: [Double] = []
        var bytes: [UInt8] = []
        for _ in 0..<repeats {
            var load: LaunchLoad!
            samples.append(try milliseconds { load = try LaunchLoad(from: database) })
            titleLoads.append(try milliseconds { _ = try database.loadTitles() })
            let curated = try database.loadCuratedMoods(), cues = try database.loadCues()
            derivations.append(milliseconds {
                _ = LibraryColumns(titles: titles, profileOverrides: curated.mapValues(\.profile), audiences: curated.mapValues(\.madeFor), cues: cues)
            })
            bytes = load.library.columns.encoded()
            decodes.append(milliseconds { _ = LibraryColumns(decoding: bytes, titleCount: titles.count) })
        }
        let line = String(format: "launch load (titles, library, index), %d runs: min %.1f · p50 %.1f ms; titles alone min %.1f ms; decoding the kept columns (%.1f MB) min %.1f ms, working them out instead min %.1f ms\n",
                          repeats, samples.min() ?? 0, Stats(samples).p50, titleLoads.min() ?? 0, Double(bytes.count) / 1e6,
                          decodes.min() ?? 0, derivations.min() ?? 0)
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// What `marquee` does from start to first frame, minus the terminal.
struct LoadedApp {
    let library: Library
    let query: CatalogQuery
    let state: AppState
    /// Where the launch went: open (fingerprint check), read (titles beside
    /// the library's side tables), make (library beside the title index),
    /// first frame.
    var phases: [(String, Double)] = []

    init(data: URL, files: CatalogFiles) throws {
        var phases: [(String, Double)] = []
        func timed<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            var value: T?
            phases.append((name, try Measurement.milliseconds { value = try work() }))
            return value!
        }
        let database = try timed("open") { try CatalogDatabase.open(in: data, files: files) }
        let load = try LaunchLoad(from: database)
        phases += [("read", load.readMilliseconds), ("make", load.makeMilliseconds)]
        library = load.library
        query = CatalogQuery(database: database, index: load.index)
        let library = self.library
        state = try timed("frame") {
            let user = try UserDatabase(directory: data)
            let signals = UserSignals(ratings: try user.ratings(), watchlist: try user.watchlist(), hidden: try user.hidden(),
                                      corrections: try user.corrections())
            var state = AppState(library: library, signals: signals, moodSetting: try user.moodSetting() ?? .default, width: 80, height: 24)
            // The first frame shows the home rows, a job the runtime runs on its worker.
            state.reduceRunningJobs(.launched)
            _ = Renderer().render(state)
            return state
        }
        self.phases = phases
    }
}

enum ResidentMemory {
    /// VmRSS and VmHWM from /proc/self/status, in megabytes.
    static func read() -> (current: Double, peak: Double) {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The text table.
enum Report {
    static func text(_ results: [Measurement.Result]) -> String {
        func f(_ value: Double) -> String { value < 10 ? String(format: "%.2f", value) : String(format: "%.0f", value) }
        func s(_ stats: Measurement.Stats) -> String { "\(f(stats.p50)) / \(f(stats.p95)) / \(f(stats.max))" }
        var lines = [Machine.description, ""]
        let rows: [(String, (Measurement.Result) -> String)] = [
            ("titles", { "\($0.titles)" }),
            ("build catalog index, ms", { f($0.buildMilliseconds) }),
            ("first launch → first frame, ms", { f($0.firstLaunchFirstFrameMilliseconds) }),
            ("later launch → first frame, ms", { f($0.laterLaunchFirstFrameMilliseconds) }),
            ("search words and orders (background), ms", { f($0.searchWarmUpMilliseconds) }),
            ("search per keystroke p50/p95/max, ms", { s($0.searchKeystrokeMilliseconds) }),
            ("filter + sort p50/p95/max, ms", { s($0.filterSortMilliseconds) }),
            ("suggestions p50/p95/max, ms", { s($0.suggestionsMilliseconds) }),
            ("similar titles p50/p95/max, ms", { s($0.similarTitlesMilliseconds) }),
            ("redraw 200×60 p50/p95/max, ms", { s($0.redraw200x60Milliseconds) }),
            ("resident memory (peak), MB", { "\(f($0.residentMegabytes)) (\(f($0.peakResidentMegabytes)))" }),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        for (name, value) in rows {
            lines.append(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + results.map(value).map {
                $0.padding(toLength: 22, withPad: " ", startingAt: 0)
            }.joined())
        }
        lines.append("")
        for result in results { lines.append("later launch at \(result.titles) titles, ms: \(result.laterLaunchPhases)") }
        return lines.joined(separator: "\n")
    }
}

enum Machine {
    static var description: String {
        let cpu = ((try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "")
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "machine: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }
}
