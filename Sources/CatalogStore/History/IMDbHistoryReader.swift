import Catalog
import Foundation

/// Reads IMDb's "Your ratings" export (`ratings.csv`: Const, Your Rating,
/// Date Rated, Title, Original Title, URL, Title Type, …, Year, …,
/// Directors) and its watchlist export (Position, Const, Created, …, the
/// same title columns, Your Rating, Date Rated). A file is known by its
/// header (the watchlist by Created); columns are found by name. A folder
/// holding either file is read too.
///
/// - Ratings are ten-point: stars = rating / 2 (1 → ½★, 10 → 5★).
/// - Title Type: Movie, TV Movie, TV Special, TV Short, Video and Short are
///   films; TV Series and TV Mini Series are series; episodes, video games,
///   podcasts and music videos are passed over and counted, not errors.
/// - Directors are comma-separated; Const is kept as the IMDb id.
public struct IMDbHistoryReader {
    static let titleColumns = ["Const", "Title", "Title Type", "Year"]

    public init() {}

    /// `sink` receives the rows as they are read (by default it keeps them).
    public func read(at url: URL, sink: HistoryRowSink = HistoryRowSink()) throws -> HistoryRead {
        var read = HistoryRead(source: .imdb, sink: sink)
        try HistoryExportFiles.eachFile(at: url, known: ["ratings.csv", "watchlist.csv"], service: "IMDb") { try readFile($0, into: &read) }
        return read
    }

    private func readFile(_ url: URL, into read: inout HistoryRead) throws {
        let file = url.lastPathComponent
        let sink = read.sink
        var problems: [HistoryProblem] = []
        var passedOver: [String: Int] = [:]
        try HistoryCSV.read(file: file, bytes: HistoryCSV.fileBytes(url), problems: &problems) { header in
            let names = Set(header.map(HistoryCSVRow.key))
            let watchlist = names.contains("created")
            let wanted = Self.titleColumns + (watchlist ? ["Created"] : ["Your Rating", "Date Rated"])
            let missing = wanted.filter { !names.contains(HistoryCSVRow.key($0)) }
            guard missing.isEmpty else {
                throw HistoryCSV.wrongHeader(file, "an IMDb ratings or watchlist export: no \(missing.joined(separator: ", ")) column")
            }
            return { record in
                switch try Self.kind(record) {
                case let .passedOver(what): passedOver[what, default: 0] += 1
                case let .kind(kind): sink.add(try Self.row(record, kind: kind, watchlist: watchlist))
                }
            }
        }
        read.problems += problems
        read.passedOver.merge(passedOver, uniquingKeysWith: +)
        read.files.append(file)
    }

    enum Classified: Equatable {
        case kind(TitleKind)
        case passedOver(String)
    }

    /// What a Title Type is to Marquee. Older exports write the types in
    /// camel case ("tvMiniSeries"); both spellings are read.
    static func kind(_ record: HistoryCSVRow) throws -> Classified {
        let text = record["Title Type"]
        let folded = text.lowercased().filter { $0.isLetter }
        switch folded {
        case "": throw record.problem("Title Type", "empty")
        case "movie", "tvmovie", "tvspecial", "tvshort", "video", "short": return .kind(.movie)
        case "tvseries", "tvminiseries": return .kind(.series)
        case "tvepisode": return .passedOver("TV episodes")
        case "videogame": return .passedOver("video games")
        case "podcastseries", "podcastepisode", "podcast": return .passedOver("podcasts")
        case "musicvideo": return .passedOver("music videos")
        default: return .passedOver("titles of type \(HistoryValues.name(text))")
        }
    }

    static func row(_ record: HistoryCSVRow, kind: TitleKind, watchlist: Bool) throws -> HistoryRow {
        let name = try record.name("Title")
        let original = record.optionalName("Original Title").flatMap { $0 == name ? nil : $0 }
        let year = try record.year("Year")
        let const = record["Const"]
        guard const.isEmpty || isIMDbID(const) else {
            throw record.problem("Const", "'\(SafeText.display(const))' is not an IMDb id (tt and digits)")
        }
        let rating = try record.tenPoint("Your Rating")
        let rated = try record.day("Date Rated")
        var facts: [HistoryRow.Fact] = []
        if watchlist {
            facts.append(.watchlisted(on: try record.day("Created").map(HistoryValues.moment)))
        } else if rating == nil {
            throw record.problem("Your Rating", "empty")
        }
        if let rating { facts.append(.rated(rating, on: rated.map(HistoryValues.moment))) }
        return HistoryRow(file: record.file, line: record.line, name: name, originalName: original, year: year, kind: kind,
                          imdbID: const.isEmpty ? nil : const, directors: HistoryValues.people(record["Directors"]), facts: facts)
    }

    static func isIMDbID(_ text: String) -> Bool {
        text.hasPrefix("tt") && text.count > 2 && text.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
    }
}
