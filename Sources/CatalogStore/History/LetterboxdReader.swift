import Catalog
import Foundation

/// Reads a Letterboxd export: the .zip Letterboxd sends, its unpacked
/// folder, or any one of its CSV files.
///
/// - `watched.csv` (Date, Name, Year, Letterboxd URI): seen, day unknown
///   (its Date is when the film was logged, not when it was seen).
/// - `diary.csv` (… Rating, Rewatch, Tags, Watched Date): a viewing on the
///   Watched Date, a rewatch when Rewatch is "Yes", and a rating when one
///   is given (dated the Watched Date, else the Date).
/// - `watchlist.csv`: on the watchlist since Date.
/// - `likes/films.csv`: liked (the heart).
/// - `ratings.csv` (… Rating): half stars 0.5–5, given on Date.
///
/// Letterboxd lists films only. Folders and archives are read in the order
/// above, so a later file wins ties. Columns are found by header name; a
/// single CSV is known by its header (diary by Watched Date, ratings by
/// Rating), and the three files that share a header by their names.
public struct LetterboxdReader {
    enum Part: CaseIterable {
        case watched, diary, watchlist, likes, ratings

        /// Its path inside the export.
        var path: String {
            switch self {
            case .watched: "watched.csv"
            case .diary: "diary.csv"
            case .watchlist: "watchlist.csv"
            case .likes: "likes/films.csv"
            case .ratings: "ratings.csv"
            }
        }

        var columns: [String] {
            switch self {
            case .diary: ["Date", "Name", "Year", "Rating", "Rewatch", "Watched Date"]
            case .ratings: ["Date", "Name", "Year", "Rating"]
            case .watched, .watchlist, .likes: ["Date", "Name", "Year"]
            }
        }
    }

    public init() {}

    /// `sink` receives the rows as they are read (by default it keeps them).
    public func read(at url: URL, sink: HistoryRowSink = HistoryRowSink()) throws -> HistoryRead {
        var read = HistoryRead(source: .letterboxd, sink: sink)
        let export: HistoryExportFiles
        if try HistoryExportFiles.isFolder(url) {
            export = HistoryExportFiles(folder: url)
        } else if HistoryExportFiles.isZip(url) || url.pathExtension.lowercased() == "zip" {
            export = try HistoryExportFiles(zip: url, wanted: Part.allCases.map(\.path))
        } else {
            try readFile(url, into: &read)
            return read
        }
        for part in Part.allCases {
            guard let bytes = export.bytes(part.path) else { continue }
            try readPart(part, file: part.path, bytes: bytes, into: &read)
        }
        guard !read.files.isEmpty else {
            throw StoreError.invalidFile(location: SafeText.display(url.lastPathComponent),
                                         reason: "no Letterboxd export files in it (\(Part.allCases.map(\.path).joined(separator: ", ")))")
        }
        return read
    }

    /// One CSV on its own, known by its header and name.
    private func readFile(_ url: URL, into read: inout HistoryRead) throws {
        let file = url.lastPathComponent
        let sink = read.sink
        var problems: [HistoryProblem] = []
        try HistoryCSV.read(file: file, bytes: HistoryCSV.fileBytes(url), problems: &problems) { header in
            let part = try Self.part(header: header, url: url)
            return { sink.add(try Self.row(part, $0)) }
        }
        read.problems += problems
        read.files.append(file)
    }

    private func readPart(_ part: Part, file: String, bytes: HistoryBytes, into read: inout HistoryRead) throws {
        let sink = read.sink
        var problems: [HistoryProblem] = []
        try HistoryCSV.read(file: file, bytes: bytes, problems: &problems) { header in
            try Self.require(part.columns, in: header, file: file)
            return { sink.add(try Self.row(part, $0)) }
        }
        read.problems += problems
        read.files.append(file)
    }

    static func part(header: [String], url: URL) throws -> Part {
        let names = Set(header.map(HistoryCSVRow.key))
        let part: Part
        if names.contains("watched date") {
            part = .diary
        } else if names.contains("rating") {
            part = .ratings
        } else {
            let file = url.lastPathComponent.lowercased()
            if file.contains("watchlist") {
                part = .watchlist
            } else if file == "films.csv" || file.contains("like") || url.deletingLastPathComponent().lastPathComponent.lowercased() == "likes" {
                part = .likes
            } else {
                part = .watched
            }
        }
        try require(part.columns, in: header, file: url.lastPathComponent)
        return part
    }

    static func require(_ columns: [String], in header: [String], file: String) throws {
        let names = Set(header.map(HistoryCSVRow.key))
        let missing = columns.filter { !names.contains(HistoryCSVRow.key($0)) }
        guard missing.isEmpty else {
            throw HistoryCSV.wrongHeader(file, "a Letterboxd export file: no \(missing.joined(separator: ", ")) column")
        }
    }

    static func row(_ part: Part, _ record: HistoryCSVRow) throws -> HistoryRow {
        let name = try record.name("Name")
        let year = try record.year("Year")
        let logged = try record.day("Date")
        var facts: [HistoryRow.Fact]
        switch part {
        case .watched:
            facts = [.watched(on: nil, rewatch: false)]
        case .diary:
            let watched = try record.day("Watched Date")
            let rating = try record.halfStars("Rating")
            facts = [.watched(on: watched, rewatch: record["Rewatch"].lowercased() == "yes")]
            if let rating { facts.append(.rated(rating, on: (watched ?? logged).map(HistoryValues.moment))) }
        case .watchlist:
            facts = [.watchlisted(on: logged.map(HistoryValues.moment))]
        case .likes:
            facts = [.liked]
        case .ratings:
            guard let rating = try record.halfStars("Rating") else { throw record.problem("Rating", "empty") }
            facts = [.rated(rating, on: logged.map(HistoryValues.moment))]
        }
        return HistoryRow(file: record.file, line: record.line, name: name, year: year, kind: .movie, facts: facts)
    }
}
