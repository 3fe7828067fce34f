import CatalogStore
import EmbeddedCatalog
import Foundation

/// `marquee-bench compare`: Marquee beside the tools a person could use on
/// the same titles instead (issue 13, item 6). Every figure is one real
/// process, timed and measured by `ChildProcess.measure`:
///
/// - first launch: `marquee hidden` on a fresh data directory, the one-shot
///   command that builds the catalog index and nothing else, against a
///   `sqlite3` script that imports titles.tsv, indexes title and people
///   with FTS5 and adds a unique id index;
/// - one-shot searches: `marquee search Q --limit 20` against
///   `fzf --filter Q` over a list of the same titles (name and year, one a
///   line) and against `sqlite3` running an FTS5 query on Marquee's own
///   catalog.sqlite.
///
/// A missing tool is named in the output and its column left out.
enum SideBySide {
    /// Real queries, one of them misspelt.
    static let queries = ["stranger things", "the crown", "amelie", "strnger thngs", "world war"]
    static let limit = 20

    struct FirstLaunch: Codable {
        var marquee: ChildProcess.Figures
        var catalogBytes: Int
        /// Nil when sqlite3 is not installed.
        var anchor: ChildProcess.Figures?
        var anchorBytes: Int?
    }

    struct Query: Codable {
        var query: String
        /// Medians of the runs; peak memory is the largest of them.
        var marqueeMilliseconds: Double
        var marqueePeakMegabytes: Double
        var marqueeStatus: Int32
        var fzfMilliseconds: Double?
        var fzfPeakMegabytes: Double?
        var sqliteMilliseconds: Double?
        var sqlitePeakMegabytes: Double?
    }

    struct Result: Codable {
        var size: String
        var titles: Int
        var runs: Int
        var firstLaunch: FirstLaunch
        var queries: [Query]
        /// Tools not installed, whose columns are left out.
        var missing: [String]
        /// Peak memory of a process that does nothing, started the same way
        /// (`ChildProcess.resetOwnPeak`): no peak reads lower.
        var floorMegabytes: Double?
    }

    /// `embedded` or a count of synthetic titles.
    static func run(sizes: [String], work: URL, runs: Int) throws -> [Result] {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let fzf = ChildProcess.which("fzf")
        let sqlite = ChildProcess.which("sqlite3")
        return try sizes.map { size in
            FileHandle.standardError.write(Data("compare: \(size)…\n".utf8))
            return try measure(size: size, work: work, runs: max(1, runs), fzf: fzf, sqlite: sqlite)
        }
    }

    static func measure(size: String, work: URL, runs: Int, fzf: URL?, sqlite: URL?) throws -> Result {
        // `--marquee PATH` measures another build, such as the statically
        // linked one `scripts/build-release` installs.
        let marquee = value(of: "--marquee").map { URL(fileURLWithPath: $0) } ?? ChildProcess.marquee
        guard FileManager.default.isExecutableFile(atPath: marquee.path) else {
            throw BenchError("\(marquee.path) is missing: build it first (swift build -c release --product marquee)")
        }
        // The embedded catalog is what marquee uses without --catalog.
        let catalog: URL
        var catalogArguments: [String] = []
        if size == "embedded" {
            guard let embedded = EmbeddedCatalog.directory else { throw BenchError("no embedded catalog") }
            catalog = embedded
        } else {
            guard let count = Int(size), count > 0 else { throw BenchError("--sizes takes embedded or counts, got \(size)") }
            catalog = try synthesized(count: count, work: work, marquee: marquee)
            catalogArguments = ["--catalog", catalog.path]
        }
        let titlesFile = catalog.appendingPathComponent(CatalogFileFormat.titlesFileName)
        let list = work.appendingPathComponent("titles-\(size).txt")
        let titles = try writeNameAndYearList(from: titlesFile, to: list)

        let data = work.appendingPathComponent("data-\(size)")
        try? FileManager.default.removeItem(at: data)
        let build = try ChildProcess.measure(marquee, ["hidden", "--data-dir", data.path] + catalogArguments, quiet: true)
        guard build.status == 0 else { throw BenchError("marquee hidden failed (status \(build.status)) on \(size)") }
        let database = data.appendingPathComponent(CatalogDatabase.fileName)
        var firstLaunch = FirstLaunch(marquee: build, catalogBytes: databaseBytes(database))
        if let sqlite {
            let anchor = work.appendingPathComponent("anchor-\(size).sqlite")
            try? FileManager.default.removeItem(at: anchor)
            let script = work.appendingPathComponent("anchor-\(size).sql")
            try Data(try anchorScript(titles: titlesFile).utf8).write(to: script)
            let figures = try ChildProcess.measure(sqlite, ["-bail", anchor.path, ".read '\(script.path)'"], quiet: true)
            firstLaunch.anchor = figures
            firstLaunch.anchorBytes = databaseBytes(anchor)
        }

        var results: [Query] = []
        for query in queries {
            var marqueeRuns: [ChildProcess.Figures] = []
            var fzfRuns: [ChildProcess.Figures] = []
            var sqliteRuns: [ChildProcess.Figures] = []
            // Interleaved, so that a burst of other work on the machine
            // touches every tool alike.
            for _ in 0..<runs {
                marqueeRuns.append(try ChildProcess.measure(
                    marquee, ["search", query, "--limit", String(limit), "--data-dir", data.path] + catalogArguments, quiet: true))
                if let fzf { fzfRuns.append(try ChildProcess.measure(fzf, ["--filter", query], input: list)) }
                if let sqlite {
                    sqliteRuns.append(try ChildProcess.measure(sqlite, ["-readonly", database.path, ftsQuery(query)]))
                }
            }
            results.append(Query(
                query: query,
                marqueeMilliseconds: medianMilliseconds(marqueeRuns)!,
                marqueePeakMegabytes: marqueeRuns.map(\.peakMegabytes).max() ?? 0,
                marqueeStatus: marqueeRuns.map(\.status).max() ?? 0,
                fzfMilliseconds: medianMilliseconds(fzfRuns),
                fzfPeakMegabytes: fzfRuns.map(\.peakMegabytes).max(),
                sqliteMilliseconds: medianMilliseconds(sqliteRuns),
                sqlitePeakMegabytes: sqliteRuns.map(\.peakMegabytes).max()))
        }
        let missing = [("fzf", fzf), ("sqlite3", sqlite)].filter { $0.1 == nil }.map(\.0)
        return Result(size: size, titles: titles, runs: runs, firstLaunch: firstLaunch, queries: results, missing: missing,
                      floorMegabytes: ChildProcess.floorMegabytes())
    }

    /// `marquee catalog synth --count N` once per work directory (seed 1,
    /// the directory and stamp the other benchmarks use for the same set).
    static func synthesized(count: Int, work: URL, marquee: URL) throws -> URL {
        let directory = work.appendingPathComponent("catalog-\(count)")
        let stamp = directory.appendingPathComponent("synthesized-from-seed-1")
        if FileManager.default.fileExists(atPath: stamp.path) { return directory }
        try? FileManager.default.removeItem(at: directory)
        FileHandle.standardError.write(Data("  marquee catalog synth --count \(count) (once)…\n".utf8))
        let synth = try ChildProcess.measure(marquee, ["catalog", "synth", "--count", String(count), "--out", directory.path])
        guard synth.status == 0 else { throw BenchError("marquee catalog synth failed (status \(synth.status))") }
        _ = FileManager.default.createFile(atPath: stamp.path, contents: Data())
        return directory
    }

    /// The same titles for fzf, `Name (year)` a line, read from titles.tsv
    /// as bytes (the fields are copied as stored). Returns the count.
    static func writeNameAndYearList(from titles: URL, to list: URL) throws -> Int {
        let bytes = try Data(contentsOf: titles, options: .alwaysMapped)
        var out = Data()
        out.reserveCapacity(bytes.count / 6)
        var count = 0
        var sawHeader = false
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
            var start = 0
            while start < raw.count {
                var end = start
                while end < raw.count, raw[end] != newline { end += 1 }
                var line = raw[start..<end]
                start = end + 1
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
                if !sawHeader { sawHeader = true; continue }
                // Fields 3 and 4: title and year.
                var fields: [Range<Int>] = []
                var fieldStart = line.startIndex
                for index in line.indices where raw[index] == tab {
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                    if fields.count == 4 { break }
                }
                guard fields.count == 4 else { continue }
                out.append(contentsOf: raw[fields[2]])
                out.append(contentsOf: Array(" (".utf8))
                out.append(contentsOf: raw[fields[3]])
                out.append(contentsOf: Array(")\n".utf8))
                count += 1
            }
        }
        try out.write(to: list)
        return count
    }

    /// The anchor build: what SQLite itself does with the same file. The
    /// comment lines above the header are skipped; the header names the columns.
    static func anchorScript(titles: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: titles)
        defer { try? handle.close() }
        let head = String(decoding: try handle.read(upToCount: 64 * 1024) ?? Data(), as: UTF8.self)
        let comments = head.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }.count
        let path = titles.path.replacingOccurrences(of: "'", with: "''")
        // ASCII mode: quotes inside titles are plain characters, as in titles.tsv.
        return """
            .mode ascii
            .separator "\\t" "\\n"
            .import --skip \(comments) '\(path)' title
            CREATE VIRTUAL TABLE title_fts USING fts5(title, people, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO title_fts(rowid, title, people) SELECT rowid, title, directors || '|' || "cast" FROM title;
            CREATE UNIQUE INDEX title_by_id ON title(id);

            """
    }

    /// An FTS5 query on Marquee's catalog.sqlite: every word as the start of
    /// a word (as Marquee matches them), best first, names and years out.
    static func ftsQuery(_ query: String) -> String {
        let words = query.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let match = words.map { "\"\($0)\"*" }.joined(separator: " ").replacingOccurrences(of: "'", with: "''")
        return """
            SELECT title.name, title.year FROM title_fts JOIN title ON title.position = title_fts.rowid \
            WHERE title_fts MATCH '\(match)' ORDER BY title_fts.rank LIMIT \(limit)
            """
    }

    /// The database and any write-ahead log left beside it.
    static func databaseBytes(_ url: URL) -> Int {
        ChildProcess.fileBytes(url) + ChildProcess.fileBytes(URL(fileURLWithPath: url.path + "-wal"))
    }

    static func medianMilliseconds(_ runs: [ChildProcess.Figures]) -> Double? {
        guard !runs.isEmpty else { return nil }
        let sorted = runs.map(\.seconds).sorted()
        let middle = sorted.count / 2
        let seconds = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return seconds * 1000
    }

    // MARK: - Text

    static func text(_ results: [Result]) -> String {
        var lines: [String] = []
        for result in results {
            let name = result.size == "embedded" ? "embedded catalog" : "synthetic catalog"
            lines.append("\(name): \(grouped(result.titles)) titles; median of \(result.runs) runs, peak memory the largest")
            for tool in result.missing { lines.append("  \(tool) not installed: its column is left out") }
            if let floor = result.floorMegabytes {
                lines.append(String(format: "  a process that does nothing peaks at %.1f MB here: no figure reads lower", floor))
            }
            let launch = result.firstLaunch
            lines.append("  first launch (index build)                   wall       peak      file")
            lines.append("    marquee hidden, fresh data dir       " + figures(launch.marquee, bytes: launch.catalogBytes))
            if let anchor = launch.anchor, let bytes = launch.anchorBytes {
                lines.append("    sqlite3 .import + FTS5 + id index    " + figures(anchor, bytes: bytes) + (anchor.status == 0 ? "" : " (status \(anchor.status))"))
                lines.append(String(format: "    marquee/sqlite3                      %8.1f×  %8.1f×  %8.1f×",
                                    launch.marquee.seconds / max(anchor.seconds, 1e-6),
                                    launch.marquee.peakMegabytes / max(anchor.peakMegabytes, 1e-6),
                                    Double(launch.catalogBytes) / Double(max(bytes, 1))))
            }
            var header = "  " + "query".padding(toLength: 18, withPad: " ", startingAt: 0) + "  marquee ms     MB"
            if !result.missing.contains("fzf") { header += "   fzf ms" }
            if !result.missing.contains("sqlite3") { header += "  sqlite3 ms" }
            if !result.missing.contains("fzf") { header += "  marquee/fzf" }
            if !result.missing.contains("sqlite3") { header += "  marquee/sqlite3" }
            lines.append(header)
            for query in result.queries {
                var line = "  " + query.query.padding(toLength: 18, withPad: " ", startingAt: 0)
                line += String(format: "  %10.1f %6.1f", query.marqueeMilliseconds, query.marqueePeakMegabytes)
                if let fzf = query.fzfMilliseconds { line += String(format: " %8.1f", fzf) }
                if let sqlite = query.sqliteMilliseconds { line += String(format: " %11.1f", sqlite) }
                if let fzf = query.fzfMilliseconds { line += String(format: " %11.2f×", query.marqueeMilliseconds / max(fzf, 1e-6)) }
                if let sqlite = query.sqliteMilliseconds { line += String(format: " %15.2f×", query.marqueeMilliseconds / max(sqlite, 1e-6)) }
                if query.marqueeStatus != 0 { line += " (marquee status \(query.marqueeStatus))" }
                lines.append(line)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func figures(_ figures: ChildProcess.Figures, bytes: Int) -> String {
        String(format: "%7.2f s  %6.1f MB  %6.1f MB", figures.seconds, figures.peakMegabytes, Double(bytes) / 1_048_576)
    }

    static func grouped(_ count: Int) -> String {
        let digits = String(count)
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : String(digit)
        }.joined()
    }
}
