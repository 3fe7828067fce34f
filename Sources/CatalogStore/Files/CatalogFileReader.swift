import Catalog
import Foundation

/// Reads `titles.tsv`, checking every field. A catalog with any error is
/// refused as a whole: the caller gets every problem with its line.
public struct CatalogFileReader {
    public struct Result {
        public var titles: [Title]
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    public func read(contentsOf url: URL) throws -> Result {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read file")
        }
        return parse(data, fileName: url.lastPathComponent)
    }

    /// Parses the bytes of a titles file; `fileName` names it in diagnostics.
    public func parse(_ data: Data, fileName: String) -> Result {
        let file = TSVFile(data, fileName: fileName, columns: CatalogFileFormat.columns)
        var titles: [Title] = []
        titles.reserveCapacity(file.records.count)
        var diagnostics = file.diagnostics
        var seenIDs: [TitleID: Int] = [:]
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            if let title = parseRecord(record.fields, problems: &problems) {
                if let firstLine = seenIDs[title.id] {
                    problems.add("id", "duplicate id '\(title.id)' (first on line \(firstLine))")
                } else {
                    seenIDs[title.id] = record.line
                }
                if !problems.hasErrors { titles.append(title) }
            }
            diagnostics += problems.list
        }
        diagnostics.sort { $0.line < $1.line }
        return Result(titles: titles, diagnostics: diagnostics)
    }

    func parseRecord(_ fields: [Substring], problems: inout RecordProblems) -> Title? {
        let idText = fields[0]
        let id = TitleID(String(idText))
        if !id.isWellFormed { problems.add("id", "'\(SafeText.display(String(idText)))' must be lowercase letters, digits and hyphens") }

        let kind = TitleKind(rawValue: String(fields[1]))
        if kind == nil { problems.add("kind", "'\(SafeText.display(String(fields[1])))' must be movie or series") }

        // A broken escape is reported as such, not as the empty title it would leave.
        let unescapedName = CatalogFileFormat.unescape(fields[2])
        let name = unescapedName ?? ""
        if unescapedName == nil {
            problems.add("title", "malformed backslash escape")
        } else if name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.add("title", "empty title")
        }
        if Self.isSuspicious(name) && !SafeText.isClean(name) { problems.warn("title", "contains control characters (shown as symbols)") }
        if Self.isSuspicious(name) && name.contains("\u{FFFD}") { problems.warn("title", "contains a replacement character (broken encoding)") }

        let year = Int(fields[3])
        if year == nil || !(1870...2100).contains(year!) {
            problems.add("year", "'\(SafeText.display(String(fields[3])))' is not a plausible year")
        }

        let runtime = optionalInt(fields[4], field: "runtime", range: 1...1000, problems: &problems)
        let seasons = optionalInt(fields[5], field: "seasons", range: 1...200, problems: &problems)

        let maturity = fields[6].isEmpty ? Maturity.notRated : Maturity(rawValue: String(fields[6]))
        if maturity == nil { problems.add("maturity", "unknown maturity code '\(SafeText.display(String(fields[6])))'") }

        var genres: [Genre] = []
        for code in list(fields[7], field: "genres", problems: &problems) {
            if let genre = Genre(rawValue: code) { genres.append(genre) } else {
                problems.add("genres", "unknown genre '\(SafeText.display(code))'")
            }
        }
        let countries = list(fields[8], field: "countries", problems: &problems)
        let directors = list(fields[9], field: "directors", problems: &problems)
        let cast = list(fields[10], field: "cast", problems: &problems)

        var added: CalendarDate?
        if !fields[11].isEmpty {
            added = CalendarDate(iso: String(fields[11]))
            if added == nil { problems.add("added", "'\(SafeText.display(String(fields[11])))' is not a date YYYY-MM-DD") }
        }
        let unescapedSource = CatalogFileFormat.unescape(fields[12])
        if unescapedSource == nil { problems.add("source", "malformed backslash escape") }
        let source = unescapedSource ?? ""

        guard let kind, let year, let maturity, !problems.hasErrors else { return nil }
        return Title(
            id: id, kind: kind, name: name, year: year, runtimeMinutes: runtime, seasons: seasons,
            maturity: maturity, genres: genres, countries: countries, directors: directors, cast: cast,
            dateAdded: added, source: source)
    }

    /// A quick byte scan that may say yes too often but never too rarely:
    /// control bytes, C1 controls, the U+FFxx and U+2000 blocks (replacement
    /// character, bidi controls). Only suspicious text gets the exact checks.
    static func isSuspicious(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            if previous == 0xEF && byte == 0xBF { return true }
            if previous == 0xE2 && (byte == 0x80 || byte == 0x81) { return true }  // bidi controls live in U+2000–U+207F
            previous = byte
        }
        return false
    }

    private func optionalInt(_ field: Substring, field name: String, range: ClosedRange<Int>,
                             problems: inout RecordProblems) -> Int? {
        guard !field.isEmpty else { return nil }
        guard let value = Int(field), range.contains(value) else {
            problems.add(name, "'\(SafeText.display(String(field)))' must be a whole number in \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return value
    }

    private func list(_ field: Substring, field name: String, problems: inout RecordProblems) -> [String] {
        guard let items = CatalogFileFormat.splitList(field) else {
            problems.add(name, "malformed backslash escape")
            return []
        }
        if items.contains(where: { $0.isEmpty }) { problems.add(name, "empty list item") }
        for item in items where Self.isSuspicious(item) && (!SafeText.isClean(item) || item.contains("\u{FFFD}")) {
            problems.warn(name, "'\(SafeText.display(item))' contains control characters or a broken encoding")
        }
        return items
    }
}

/// The ids of a file beside titles.tsv (moods, panel): each must name a
/// title of the catalog, once.
struct SideFileIDs {
    let known: Set<TitleID>
    private var firstLine: [TitleID: Int] = [:]

    init(known: Set<TitleID>) {
        self.known = known
    }

    /// The record's id, with what is wrong with it added to `problems`.
    mutating func read(_ field: Substring, problems: inout RecordProblems) -> TitleID {
        let id = TitleID(String(field))
        if !known.contains(id) { problems.add("id", "'\(SafeText.display(id.rawValue))' is not a title of the catalog") }
        if let first = firstLine[id] { problems.add("id", "duplicate id '\(id)' (first on line \(first))") }
        firstLine[id] = firstLine[id] ?? problems.line
        return id
    }
}

/// Collects the problems of one record.
struct RecordProblems {
    let file: String
    let line: Int
    private(set) var list: [Diagnostic] = []

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    var hasErrors: Bool { list.contains { $0.severity == .error } }

    mutating func add(_ field: String?, _ message: String) {
        list.append(Diagnostic(file: file, line: line, field: field, message: message))
    }

    mutating func warn(_ field: String?, _ message: String) {
        list.append(Diagnostic(file: file, line: line, field: field, message: message, severity: .warning))
    }
}
