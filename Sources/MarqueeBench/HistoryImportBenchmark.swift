import Catalog
import CatalogStore
import EmbeddedCatalog
import Foundation

/// `marquee-bench history-import [--rows 100000]`: writes a Letterboxd
/// diary of that many rows naming the embedded catalog's films (one row in
/// ten names a film the catalog lacks), then runs the real `marquee import
/// letterboxd` on it in a fresh data directory, twice (the second import
/// changes nothing), and reports wall time and peak resident memory of each.
/// Beside it, when installed, `sqlite3` loading the same CSV into a table:
/// the floor for reading the file at all.
enum HistoryImportBenchmark {
    static func run(rows: Int, work: URL) throws {
        guard let embedded = EmbeddedCatalog.directory else { throw BenchError("no embedded catalog") }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let films = try CatalogFiles(directory: embedded).read().titles.filter { $0.kind == .movie }
        let diary = work.appendingPathComponent("diary.csv")
        try writeDiary(rows: rows, films: films, to: diary)
        let binary = ChildProcess.marquee
        let data = work.appendingPathComponent("history-data")
        try? FileManager.default.removeItem(at: data)
        // The catalog index is built once first, so the import's figures are the import's.
        _ = try ChildProcess.measure(binary, ["search", "heat", "--limit", "1", "--data-dir", data.path])
        let first = try ChildProcess.measure(binary, ["import", "letterboxd", diary.path, "--data-dir", data.path])
        let again = try ChildProcess.measure(binary, ["import", "letterboxd", diary.path, "--data-dir", data.path])
        var lines = [
            "history import: Letterboxd diary of \(rows) rows (\(fileMegabytes(diary)) MB), release build",
            String(format: "  marquee import, first:   %6.2f s  %6.1f MB peak (status %d)", first.seconds, first.peakMegabytes, first.status),
            String(format: "  marquee import, again:   %6.2f s  %6.1f MB peak (status %d)", again.seconds, again.peakMegabytes, again.status),
        ]
        if let sqlite = ChildProcess.which("sqlite3") {
            let database = work.appendingPathComponent("anchor.sqlite")
            try? FileManager.default.removeItem(at: database)
            let anchor = try ChildProcess.measure(sqlite, [database.path, ".import --csv \(diary.path) diary"])
            lines.append(String(format: "  sqlite3 .import (anchor): %6.2f s  %6.1f MB peak → marquee/sqlite3 %.1f×",
                                anchor.seconds, anchor.peakMegabytes, first.seconds / max(anchor.seconds, 0.001)))
        } else {
            lines.append("  sqlite3 not installed: no anchor")
        }
        print(lines.joined(separator: "\n"))
    }

    /// Diary rows over the catalog's films, each film logged on several days.
    static func writeDiary(rows: Int, films: [Title], to url: URL) throws {
        var generator = SplitMix64(seed: 7)
        var text = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
        text.reserveCapacity(rows * 80)
        for row in 0..<rows {
            let day = CalendarDate(year: 2010 + row % 15, month: 1 + row % 12, day: 1 + row % 28)!.iso
            let rating = Double(1 + Int(generator.next() % 10)) / 2
            if row % 10 == 9 {
                text += "\(day),Invented Film \(row),1999,https://boxd.it/b\(row),\(rating),,,\(day)\n"
                continue
            }
            let film = films[Int(generator.next() % UInt64(films.count))]
            let name = film.name.contains(",") || film.name.contains("\"")
                ? "\"" + film.name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : film.name
            text += "\(day),\(name),\(film.year),https://boxd.it/b\(row),\(rating),\(row % 3 == 0 ? "Yes" : ""),,\(day)\n"
        }
        try Data(text.utf8).write(to: url)
    }

    static func fileMegabytes(_ url: URL) -> String {
        String(format: "%.1f", Double(ChildProcess.fileBytes(url)) / 1_048_576)
    }
}
