import Catalog
import Foundation

/// Reads Trakt's JSON export: a folder with any of `watched-movies.json`,
/// `watched-shows.json`, `ratings-movies.json`, `ratings-shows.json`,
/// `watchlist-movies.json` and `watchlist-shows.json`, or one such file.
/// Each is an array of records around a `movie` or `show` object (title,
/// year — a show's first year — and ids, of which the IMDb id is kept).
///
/// - A record with `rating` is a ten-point rating: stars = rating / 2,
///   given at `rated_at`.
/// - A record with `plays` or `last_watched_at` is a viewing on the UTC day
///   of `last_watched_at`; a film's is a rewatch when `plays` is above 1 (a
///   show's plays count episodes, so a show's is not).
/// - A record with `listed_at` or `rank` is on the watchlist since `listed_at`.
/// - Records of episodes, seasons or people are passed over and counted.
///
/// Messages give `file:line` with the line each record starts on.
public struct TraktReader {
    static let files = ["watched-movies.json", "watched-shows.json", "ratings-movies.json", "ratings-shows.json",
                        "watchlist-movies.json", "watchlist-shows.json"]

    public init() {}

    /// `sink` receives the rows as they are read (by default it keeps them).
    public func read(at url: URL, sink: HistoryRowSink = HistoryRowSink()) throws -> HistoryRead {
        var read = HistoryRead(source: .trakt, sink: sink)
        try HistoryExportFiles.eachFile(at: url, known: Self.files, service: "Trakt") { try readFile($0, into: &read) }
        return read
    }

    private func readFile(_ url: URL, into read: inout HistoryRead) throws {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read the file")
        }
        let elements: [JSONArrayElements.Element]
        do { elements = try JSONArrayElements.scan(data) } catch let failure as JSONArrayElements.Failure {
            let location = { (line: Int) in "\(SafeText.display(file)):\(line)" }
            switch failure {
            case let .notAnArray(line): throw StoreError.invalidFile(location: location(line), reason: "not a Trakt export: expected a JSON array")
            case let .unclosed(line): throw StoreError.invalidFile(location: location(line), reason: "not valid JSON: the array never closes")
            case let .trailing(line): throw StoreError.invalidFile(location: location(line), reason: "not valid JSON: text after the array")
            }
        }
        for element in elements {
            let bytes = data.subdata(in: element.bytes)
            guard String(validating: bytes, as: UTF8.self) != nil else {
                read.problems.append(HistoryProblem(file: file, line: element.line, field: "", message: "not valid UTF-8 (save the file as UTF-8)"))
                continue
            }
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) } catch {
                throw StoreError.invalidFile(location: "\(SafeText.display(file)):\(element.line)", reason: "not valid JSON")
            }
            let record = TraktRecord(file: file, line: element.line, object: object as? [String: Any])
            do {
                switch try record.row() {
                case let .row(row): read.sink.add(row)
                case let .passedOver(what): read.passedOver[what, default: 0] += 1
                }
            } catch let problem as HistoryProblem {
                read.problems.append(problem)
            }
        }
        read.files.append(file)
    }
}

/// One element of a Trakt export array.
struct TraktRecord {
    enum Reading {
        case row(HistoryRow)
        case passedOver(String)
    }

    let file: String
    let line: Int
    let object: [String: Any]?

    func problem(_ field: String, _ message: String) -> HistoryProblem {
        HistoryProblem(file: file, line: line, field: field, message: message)
    }

    func row() throws -> Reading {
        guard let object else { throw problem("", "not a JSON object") }
        // An episode or season record names its show too: look for those first.
        if object["episode"] != nil { return .passedOver("TV episodes") }
        if object["season"] != nil { return .passedOver("seasons") }
        if object["person"] != nil { return .passedOver("people") }
        let kind: TitleKind
        let key: String
        if object["movie"] is [String: Any] {
            (kind, key) = (.movie, "movie")
        } else if object["show"] is [String: Any] {
            (kind, key) = (.series, "show")
        } else {
            throw problem("", "neither a movie nor a show")
        }
        let media = object[key] as! [String: Any]
        guard let title = media["title"] as? String else { throw problem("\(key).title", "missing") }
        let name = HistoryValues.name(title)
        guard !name.isEmpty else { throw problem("\(key).title", "empty") }
        var year: Int?
        if let value = media["year"], !(value is NSNull) {
            guard let number = Self.integer(value), (1870...2200).contains(number) else {
                throw problem("\(key).year", "'\(Self.text(value))' is not a year")
            }
            year = number
        }
        let ids = media["ids"] as? [String: Any]
        let imdb = (ids?["imdb"] as? String).flatMap { IMDbHistoryReader.isIMDbID($0) ? $0 : nil }

        var facts: [HistoryRow.Fact] = []
        if let value = object["rating"], !(value is NSNull) {
            guard let number = Self.integer(value), let rating = HistoryValues.tenPoint(number) else {
                throw problem("rating", "'\(Self.text(value))' is not a rating: whole numbers from 1 to 10")
            }
            facts.append(.rated(rating, on: try moment("rated_at", in: object)))
        }
        if object["plays"] != nil || object["last_watched_at"] != nil {
            var plays = 1
            if let value = object["plays"], !(value is NSNull) {
                guard let number = Self.integer(value), number >= 0 else { throw problem("plays", "'\(Self.text(value))' is not a count") }
                plays = number
            }
            let day = try moment("last_watched_at", in: object).flatMap(HistoryValues.day)
            // A show's plays count its episodes' plays, so only a film's say it was seen again.
            facts.append(.watched(on: day, rewatch: kind == .movie && plays > 1))
        }
        if object["listed_at"] != nil || object["rank"] != nil {
            facts.append(.watchlisted(on: try moment("listed_at", in: object)))
        }
        guard !facts.isEmpty else { throw problem("", "no rating, viewing or watchlist entry") }
        return .row(HistoryRow(file: file, line: line, name: name, year: year, kind: kind, imdbID: imdb, facts: facts))
    }

    /// The moment under `key`, nil when absent or null.
    private func moment(_ key: String, in object: [String: Any]) throws -> Date? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String, let date = HistoryValues.moment(text) else {
            throw problem(key, "'\(Self.text(value))' is not a date and time")
        }
        return date
    }

    /// A whole number, not a boolean, a string or a fraction.
    static func integer(_ value: Any) -> Int? {
        guard !isBoolean(value), let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double == double.rounded(), abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    /// JSON's true and false, which Foundation may hand over as numbers.
    static func isBoolean(_ value: Any) -> Bool {
        type(of: value) == Bool.self || (value as? NSNumber).map { String(cString: $0.objCType) == "c" } == true
    }

    static func text(_ value: Any) -> String {
        if isBoolean(value), let number = value as? NSNumber { return number.boolValue ? "true" : "false" }
        return SafeText.display(value as? String ?? "\(value)")
    }
}
