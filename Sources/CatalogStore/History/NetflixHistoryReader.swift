import Catalog
import Foundation

/// Reads Netflix's viewing activity (`NetflixViewingHistory.csv`: Title,
/// Date) and, where present, its ratings export (`Ratings.csv`: Profile
/// Name, Title Name, Rating Type, Star Value, Thumbs Value, Device Model,
/// Event Utc Ts, Region View Date). A file is known by its header; a
/// folder holding either is read too.
///
/// Viewing activity:
/// - Dates are written in the account's locale ("1/15/23", "15/01/2023",
///   "2023-01-15"). The order is decided for the whole file: any first
///   part above 12 means day first; otherwise month first, as US exports
///   are. Two-digit years are 20xx.
/// - "Show: Season 2: Episode", "Show: Limited Series: Episode", "Show:
///   Part 1: Episode", "Show: Volume 2: Episode", "Show: Book One: Episode"
///   are episodes of the series "Show". Any other title keeps its full name
///   with no kind: the matcher tries the part before a colon as a series
///   when the whole name matches nothing.
/// - Each row is a viewing on its day.
///
/// Ratings (the rule for the scales): thumbs down (1) → 1★, thumbs up (2)
/// → 4★, two thumbs up (3) → 5★, 0 (a cleared rating) is passed over; a "star"
/// rating uses its Star Value, 1–5, as stars. Dated by Event Utc Ts.
public struct NetflixHistoryReader {
    /// The profile whose ratings to read from Ratings.csv (which holds every
    /// profile of the account); nil reads them all, and the read says whose.
    public var profile: String?

    public init(profile: String? = nil) {
        self.profile = profile
    }

    /// `sink` receives the rows as they are read (by default it keeps them).
    public func read(at url: URL, sink: HistoryRowSink = HistoryRowSink()) throws -> HistoryRead {
        var read = HistoryRead(source: .netflix, sink: sink)
        try HistoryExportFiles.eachFile(at: url, known: ["NetflixViewingHistory.csv", "Ratings.csv", "CONTENT_INTERACTION/Ratings.csv"], service: "Netflix", described: "NetflixViewingHistory.csv, Ratings.csv") { try readFile($0, into: &read) }
        return read
    }

    private enum Format {
        case viewing, ratings
    }

    private func readFile(_ url: URL, into read: inout HistoryRead) throws {
        let file = url.lastPathComponent
        let sink = read.sink
        var problems: [HistoryProblem] = []
        // Viewings wait for the file's day order; only their parsed parts are kept.
        var viewings: [(row: HistoryRow, date: NumericDate)] = []
        var format = Format.viewing
        var cleared = 0
        var otherProfiles = 0
        var profiles: [String] = []
        try HistoryCSV.read(file: file, bytes: HistoryCSV.fileBytes(url), problems: &problems) { header in
            let names = Set(header.map(HistoryCSVRow.key))
            if names.isSuperset(of: ["title name", "rating type", "star value", "thumbs value"]) {
                format = .ratings
                return { record in
                    let owner = HistoryValues.name(record["Profile Name"])
                    if let profile = self.profile, owner.lowercased() != profile.lowercased() {
                        otherProfiles += 1
                        return
                    }
                    if !owner.isEmpty, !profiles.contains(owner) { profiles.append(owner) }
                    if let row = try Self.rating(record) { sink.add(row) } else { cleared += 1 }
                }
            }
            guard names.isSuperset(of: ["title", "date"]) else {
                throw HistoryCSV.wrongHeader(file, "a Netflix viewing history (Title, Date) or ratings export (Title Name, Rating Type, …)")
            }
            return { record in
                let name = try record.name("Title")
                let text = record["Date"]
                guard let date = NumericDate(text) else {
                    throw record.problem("Date", "'\(SafeText.display(text))' is not a date (like 1/15/23, 15/01/2023 or 2023-01-15)")
                }
                let (show, kind) = Self.show(name)
                viewings.append((HistoryRow(file: file, line: record.line, name: show, kind: kind, facts: []), date))
            }
        }
        if format == .viewing {
            let dayFirst = viewings.contains { $0.date.first > 12 && !$0.date.yearFirst }
            for (row, date) in viewings {
                guard let day = date.day(dayFirst: dayFirst) else {
                    problems.append(HistoryProblem(file: file, line: row.line, field: "Date",
                                                   message: "'\(date.text)' is not a date (read \(dayFirst ? "day" : "month") first)"))
                    continue
                }
                var row = row
                row.facts = [.watched(on: day, rewatch: false)]
                sink.add(row)
            }
        }
        problems.sort { $0.line < $1.line }
        // Counted so that the report's "read" is every row of the file.
        if cleared > 0 { read.passedOver["cleared ratings", default: 0] += cleared }
        if otherProfiles > 0 { read.passedOver["other profiles' ratings", default: 0] += otherProfiles }
        if let profile, format == .ratings, profiles.isEmpty {
            read.notes.append("\(file) has no ratings by a profile named '\(SafeText.display(profile))'")
        } else if profile == nil, profiles.count > 1 {
            read.notes.append("\(file) holds the ratings of \(profiles.count) profiles (\(profiles.map(SafeText.display).joined(separator: ", "))): "
                              + "all were read; --profile NAME reads one's")
        }
        read.problems += problems
        read.files.append(file)
    }

    /// A row of Ratings.csv, or nil for a cleared rating.
    static func rating(_ record: HistoryCSVRow) throws -> HistoryRow? {
        let name = try record.name("Title Name")
        let type = record["Rating Type"].lowercased()
        let rating: Rating
        switch type {
        case "thumb", "thumbs":
            let text = record["Thumbs Value"]
            switch text {
            case "0": return nil
            case "1": rating = Rating(stars: 1)!
            case "2": rating = Rating(stars: 4)!
            case "3": rating = Rating(stars: 5)!
            default: throw record.problem("Thumbs Value", "'\(SafeText.display(text))' is not a thumbs value (0 to 3)")
            }
        case "star", "stars":
            let text = record["Star Value"]
            guard let value = Int(text), (1...5).contains(value) else {
                throw record.problem("Star Value", "'\(SafeText.display(text))' is not a rating: whole stars from 1 to 5")
            }
            rating = Rating(stars: Double(value))!
        default:
            throw record.problem("Rating Type", "'\(SafeText.display(record["Rating Type"]))' is neither thumb nor star")
        }
        let when = record["Event Utc Ts"]
        var on: Date?
        if !when.isEmpty {
            guard let date = HistoryValues.moment(when) else {
                throw record.problem("Event Utc Ts", "'\(SafeText.display(when))' is not a date and time")
            }
            on = date
        }
        return HistoryRow(file: record.file, line: record.line, name: name, facts: [.rated(rating, on: on)])
    }

    /// The show an episode's title names, or the title itself with no kind.
    /// A season part is "Season 2", "Series 2", "Limited Series", the show's
    /// name and a number ("Stranger Things: Stranger Things 4: …"), or
    /// "Part", "Volume", "Book", "Chapter" and a number with an episode after
    /// it: "Dune: Part Two" and "Kill Bill: Volume 1" are films.
    static func show(_ title: String) -> (name: String, kind: TitleKind?) {
        let parts = title.components(separatedBy: ": ")
        guard parts.count > 1 else { return (title, nil) }
        for index in 1..<parts.count {
            let show = parts[..<index].joined(separator: ": ")
            guard !show.isEmpty else { continue }
            if isSeason(parts[index], last: index == parts.count - 1) || isNumbered(parts[index], show: show) {
                return (show, .series)
            }
        }
        return (title, nil)
    }

    private static func isSeason(_ part: String, last: Bool) -> Bool {
        let words = part.lowercased().split(separator: " ")
        guard let first = words.first else { return false }
        switch first {
        case "season", "series": return words.count == 2 && isNumber(words[1])
        case "limited": return words == ["limited", "series"]
        case "miniseries", "mini-series": return words.count == 1
        case "part", "volume", "vol.", "book", "chapter", "collection": return !last && words.count == 2 && isNumber(words[1])
        default: return false
        }
    }

    /// "Stranger Things 4" after "Stranger Things".
    private static func isNumbered(_ part: String, show: String) -> Bool {
        guard part.count > show.count + 1, part.lowercased().hasPrefix(show.lowercased() + " ") else { return false }
        return isNumber(part.dropFirst(show.count + 1).lowercased()[...])
    }

    private static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                   "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    private static func isNumber(_ word: Substring) -> Bool {
        word.allSatisfy { $0.isASCII && $0.isNumber } || numberWords.contains(String(word))
    }
}

/// A date of three numbers before its order is known: "1/15/23",
/// "15.01.2023", "2023-01-15" (year first when the first part has four digits).
struct NumericDate {
    let text: String
    let first: Int
    let second: Int
    let year: Int
    let yearFirst: Bool

    init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        self.text = SafeText.display(text)
        if parts[0].count == 4 {
            (year, first, second, yearFirst) = (a, b, c, true)
        } else {
            guard parts[2].count == 2 || parts[2].count == 4 else { return nil }
            (first, second, year, yearFirst) = (a, b, parts[2].count == 2 ? 2000 + c : c, false)
        }
    }

    func day(dayFirst: Bool) -> CalendarDate? {
        if yearFirst { return CalendarDate(year: year, month: first, day: second) }
        return dayFirst ? CalendarDate(year: year, month: second, day: first) : CalendarDate(year: year, month: first, day: second)
    }
}
