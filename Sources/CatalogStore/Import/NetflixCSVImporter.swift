import Catalog
import Foundation

/// Turns the Netflix titles CSV (`show_id,type,title,director,cast,country,
/// date_added,release_year,rating,duration,listed_in,description`) into
/// catalog titles. Facts only: the description column is read only to
/// derive cue words (`DescriptionCues`); the sentence is never kept.
///
/// Dirty rows are repaired when the intent is certain (a duration in the
/// rating column, a title broken over two lines, a label outside the genre
/// taxonomy that clearly names one, names mangled by a wrong encoding) and
/// skipped otherwise; every repair and skip becomes a diagnostic.
public struct NetflixCSVImporter {
    public struct Result {
        public var titles: [Title]
        public var diagnostics: [Diagnostic]
        /// Description cue words by title, for titles with at least one.
        public var cues: [TitleID: [String]] = [:]
        /// What each title is about (`TopicWords`), for titles with a topic.
        public var topics: [TitleID: [String]] = [:]
        public var skipped: Int { diagnostics.filter { $0.severity == .skipped }.count }
    }

    static let requiredColumns = [
        "show_id", "type", "title", "director", "cast", "country",
        "date_added", "release_year", "rating", "duration", "listed_in",
    ]

    /// Ids of the catalog being replaced, by source key, so they stay stable.
    public var previousIDs: [String: TitleID]

    public init(previousIDs: [String: TitleID] = [:]) {
        self.previousIDs = previousIDs
    }

    public func importFile(at url: URL) throws -> Result {
        guard let data = try? Data(contentsOf: url) else {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read file")
        }
        return try importData(data, fileName: url.lastPathComponent)
    }

    public func importData(_ data: Data, fileName: String) throws -> Result {
        let records: [CSVRecord]
        do {
            records = try CSVReader().records(in: data)
        } catch CSVReader.Failure.unterminatedQuote(let line) {
            throw StoreError.invalidCatalog([Diagnostic(
                file: fileName, line: line, message: "quoted field never closed")])
        }
        guard let header = records.first else {
            throw StoreError.invalidCatalog([Diagnostic(file: fileName, line: 1, message: "empty file")])
        }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            columnIndex[name.trimmingCharacters(in: .whitespaces).lowercased()] = index
        }
        let missing = Self.requiredColumns.filter { columnIndex[$0] == nil }
        guard missing.isEmpty else {
            throw StoreError.invalidCatalog([Diagnostic(
                file: fileName, line: header.line, message: "missing columns: \(missing.joined(separator: ", "))")])
        }

        var diagnostics: [Diagnostic] = []
        var rows: [Title] = []
        var rowCues: [[String]] = []
        var rowTopics: [[String]] = []
        var behindTheScenes: [(row: Int, description: String)] = []
        let descriptionColumn = columnIndex["description"]
        var firstLineOfKey: [String: Int] = [:]
        for record in records.dropFirst() {
            var row = RowReader(record: record, columns: columnIndex, file: fileName)
            guard let title = row.title() else {
                diagnostics += row.diagnostics
                continue
            }
            let key = Self.duplicateKey(title)
            if let first = firstLineOfKey[key] {
                diagnostics += row.diagnostics
                diagnostics.append(Diagnostic(
                    file: fileName, line: record.line, field: "title",
                    message: "'\(SafeText.display(title.name))' (\(title.year)) repeats line \(first)",
                    severity: .skipped))
                continue
            }
            firstLineOfKey[key] = record.line
            diagnostics += row.diagnostics
            rows.append(title)
            let description = descriptionColumn.flatMap { $0 < record.fields.count ? record.fields[$0] : nil } ?? ""
            rowCues.append(DescriptionCues.cues(in: description))
            rowTopics.append(TopicWords.topics(in: description))
            if CompanionCue.looksBehindTheScenes(description) { behindTheScenes.append((rows.count - 1, description)) }
        }
        markCompanions(behindTheScenes, of: rows, in: &rowCues)

        var assigner = TitleIDAssigner(previous: previousIDs)
        assigner.reserve(sources: rows.map(\.source))
        let titles = rows.map { title -> Title in
            var title = title
            title.id = assigner.assign(name: title.name, year: title.year, kind: title.kind, source: title.source)
            return title
        }
        var cues: [TitleID: [String]] = [:]
        for (index, words) in rowCues.enumerated() where !words.isEmpty { cues[titles[index].id] = words }
        var topics: [TitleID: [String]] = [:]
        for (index, words) in rowTopics.enumerated() where !words.isEmpty { topics[titles[index].id] = words }
        return Result(titles: titles, diagnostics: diagnostics, cues: cues, topics: topics)
    }

    /// Companion pieces about another title of the file carry
    /// `CompanionCue.cue` first (it says who the title is for, so it must
    /// survive the cue limit).
    private func markCompanions(_ candidates: [(row: Int, description: String)], of rows: [Title],
                                in rowCues: inout [[String]]) {
        guard !candidates.isEmpty else { return }
        let names = Set(rows.map { CompanionCue.baseName($0.name) })
        for (row, description) in candidates
        where CompanionCue.isCompanion(name: rows[row].name, genres: rows[row].genres, description: description,
                                    catalogNames: names) {
            rowCues[row] = Array(([CompanionCue.cue] + rowCues[row]).prefix(DescriptionCues.limit))
        }
    }

    /// Two rows are the same title when kind, folded name, year and
    /// directors agree ("Love in a Puff" and "Love In A Puff").
    static func duplicateKey(_ title: Title) -> String {
        "\(title.kind.rawValue)|\(TextFolding.fold(title.name))|\(title.year)|\(title.directors.joined(separator: ","))"
    }
}

/// Reads one CSV row into a title, collecting its diagnostics.
private struct RowReader {
    let record: CSVRecord
    let columns: [String: Int]
    let file: String
    var diagnostics: [Diagnostic] = []

    init(record: CSVRecord, columns: [String: Int], file: String) {
        self.record = record
        self.columns = columns
        self.file = file
    }

    private func raw(_ column: String) -> String {
        guard let index = columns[column], index < record.fields.count else { return "" }
        return record.fields[index]
    }

    /// The field with control characters removed and white space collapsed.
    private func clean(_ column: String) -> String {
        SafeText.collapsingWhitespace(raw(column).filter { !$0.unicodeScalars.contains(where: isControl) })
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }

    private mutating func note(_ field: String, _ message: String, _ severity: Diagnostic.Severity) {
        diagnostics.append(Diagnostic(file: file, line: record.line, field: field, message: message, severity: severity))
    }

    mutating func title() -> Title? {
        if record.fields.count < columns.count {
            note("row", "has \(record.fields.count) fields, header has \(columns.count)", .skipped)
            return nil
        }
        let showID = clean("show_id")
        guard !showID.isEmpty else {
            note("show_id", "empty", .skipped)
            return nil
        }
        let kind: TitleKind
        switch clean("type") {
        case "Movie": kind = .movie
        case "TV Show": kind = .series
        case let other:
            note("type", "'\(SafeText.display(other))' is neither Movie nor TV Show", .skipped)
            return nil
        }

        var name = clean("title")
        let rawTitle = raw("title")
        if rawTitle.contains(where: { $0.isNewline }) {
            note("title", "line break inside the title replaced by a space", .repaired)
        } else if name != rawTitle.trimmingCharacters(in: .whitespaces) {
            note("title", "irregular spacing normalised", .repaired)
        }
        if let unmangled = Self.undoSpreadsheetDate(name) {
            note("title", "'\(name)' was a spreadsheet date; read as '\(unmangled)'", .repaired)
            name = unmangled
        }
        guard !name.isEmpty else {
            note("title", "empty", .skipped)
            return nil
        }
        guard !name.contains("\u{FFFD}") else {
            note("title", "broken encoding in the title", .skipped)
            return nil
        }

        let yearText = clean("release_year")
        guard let year = Int(yearText), (1870...2100).contains(year) else {
            note("release_year", "'\(SafeText.display(yearText))' is not a year", .skipped)
            return nil
        }

        var ratingText = clean("rating")
        var durationText = clean("duration")
        if durationText.isEmpty, ratingText.hasSuffix(" min") {
            note("rating", "held the duration '\(ratingText)'; moved to duration, maturity unknown", .repaired)
            durationText = ratingText
            ratingText = ""
        }
        let maturity: Maturity
        if ratingText.isEmpty {
            maturity = .notRated
        } else if let known = Maturity(rawValue: ratingText) {
            maturity = known
        } else {
            note("rating", "'\(SafeText.display(ratingText))' is not a US maturity code; recorded as NR", .repaired)
            maturity = .notRated
        }

        var runtime: Int?
        var seasons: Int?
        if !durationText.isEmpty {
            let parts = durationText.split(separator: " ")
            let number = parts.first.flatMap { Int($0) }
            let unit = parts.count == 2 ? parts[1].lowercased() : ""
            switch (kind, unit, number) {
            case (.movie, "min", let minutes?) where (1...1000).contains(minutes):
                runtime = minutes
            case (.series, "season", let count?), (.series, "seasons", let count?):
                seasons = count
            default:
                note("duration", "'\(SafeText.display(durationText))' does not fit a \(kind.displayName.lowercased()); left empty", .repaired)
            }
        }

        var genres: [Genre] = []
        for label in list("listed_in") {
            switch NetflixGenreMap.genres(forLabel: label) {
            case .known(let mapped):
                genres += mapped
            case .synonym(let mapped):
                genres += mapped
                note("listed_in", "label '\(label)' is outside the dataset's taxonomy; read as \(mapped.map(\.displayName).joined(separator: ", "))", .repaired)
            case .unknown:
                note("listed_in", "unknown genre label '\(SafeText.display(label))' dropped", .repaired)
            }
        }
        var seenGenres = Set<Genre>()
        genres = genres.filter { seenGenres.insert($0).inserted }

        let directors = people("director")
        let cast = people("cast")

        var added: CalendarDate?
        let addedText = clean("date_added")
        if !addedText.isEmpty {
            added = Self.parseLongDate(addedText)
            if added == nil {
                note("date_added", "'\(SafeText.display(addedText))' is not a date like 'September 25, 2021'; left empty", .repaired)
            }
        }

        return Title(
            id: TitleID("pending"), kind: kind, name: name, year: year,
            runtimeMinutes: runtime, seasons: seasons, maturity: maturity, genres: genres,
            countries: list("country"), directors: directors, cast: cast, dateAdded: added,
            source: "netflix:\(showID)")
    }

    private func list(_ column: String) -> [String] {
        clean(column).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Names, dropping those a wrong decoding has damaged ("Bodil J�rgensen"):
    /// in such a field every `?` inside a word is a lost letter too.
    private mutating func people(_ column: String) -> [String] {
        let names = list(column)
        let damagedField = names.contains { $0.contains("\u{FFFD}") }
        guard damagedField || record.hadInvalidUTF8 else { return names }
        let kept = names.filter { !$0.contains("\u{FFFD}") && !$0.contains("?") }
        if kept.count < names.count {
            note(column, "\(names.count - kept.count) of \(names.count) names had broken characters and were dropped", .repaired)
        }
        return kept
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// "September 25, 2021"
    static func parseLongDate(_ text: String) -> CalendarDate? {
        let parts = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard parts.count == 3, let month = monthNames.firstIndex(of: parts[0].lowercased()),
              let day = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }

    /// Spreadsheets turn the title "22 July" into the date "22-Jul"; undo
    /// that one unambiguous shape (day-month). Other shapes are left alone.
    static func undoSpreadsheetDate(_ name: String) -> String? {
        let parts = name.split(separator: "-")
        guard parts.count == 2, let day = Int(parts[0]), (1...31).contains(day), parts[0].count <= 2,
              let month = monthNames.first(where: { $0.hasPrefix(parts[1].lowercased()) }),
              parts[1].count == 3, parts[1].first?.isUppercase == true else { return nil }
        return "\(day) \(month.prefix(1).uppercased())\(month.dropFirst())"
    }
}
