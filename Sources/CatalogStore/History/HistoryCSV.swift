import Catalog
import Foundation

/// Bytes handed over a piece at a time: a file read in chunks, or a zip
/// entry as it inflates. The argument is called once per piece.
typealias HistoryBytes = ((Data) throws -> Void) throws -> Void

/// A CSV of a service's export, read by header name a record at a time.
///
/// A file whose header is not the expected one throws; a record that
/// cannot be read (wrong field count, invalid UTF-8, a bad value) becomes
/// a `HistoryProblem` and reading goes on. Only what the row handler keeps
/// stays in memory.
enum HistoryCSV {
    /// Reads `file` (its name for messages) from `bytes`. `onHeader` sees
    /// the header's names, throws when they are not the format it wants, and
    /// returns the handler for each record after it; a `HistoryProblem`
    /// thrown by the handler is collected in `problems`.
    static func read(file: String, bytes: HistoryBytes, problems: inout [HistoryProblem],
                     onHeader: @escaping ([String]) throws -> (HistoryCSVRow) throws -> Void) throws {
        var parser = CSVParser()
        var columns: [String: Int] = [:]
        var header: [String] = []
        var handle: ((HistoryCSVRow) throws -> Void)?
        func emit(_ record: CSVRecord) throws {
            guard let handle else {
                header = record.fields.map(HistoryCSVRow.trimmed)
                for (index, name) in header.enumerated() where columns[HistoryCSVRow.key(name)] == nil {
                    columns[HistoryCSVRow.key(name)] = index
                }
                handle = try onHeader(header)
                return
            }
            guard record.fields.count == header.count else {
                problems.append(HistoryProblem(file: file, line: record.line, field: "",
                                               message: "expected \(header.count) fields, found \(record.fields.count)"))
                return
            }
            if let index = record.invalidUTF8Fields.first {
                problems.append(HistoryProblem(file: file, line: record.line, field: header[index],
                                               message: "not valid UTF-8 (save the file as UTF-8)"))
                return
            }
            do {
                try handle(HistoryCSVRow(file: file, line: record.line, fields: record.fields, columns: columns))
            } catch let problem as HistoryProblem {
                problems.append(problem)
            }
        }
        do {
            try bytes { chunk in try chunk.withUnsafeBytes { try parser.feed($0, emit) } }
            try parser.finish(emit)
        } catch CSVReader.Failure.unterminatedQuote(let line) {
            problems.append(HistoryProblem(file: file, line: line, field: "", message: "a quoted field never closes"))
        }
        if handle == nil {
            throw StoreError.invalidFile(location: "\(SafeText.display(file)):1", reason: "empty file: no header")
        }
    }

    /// The bytes of the file at `url`, a megabyte at a time.
    static func fileBytes(_ url: URL) -> HistoryBytes {
        { feed in
            let handle: FileHandle
            do { handle = try FileHandle(forReadingFrom: url) } catch {
                throw StoreError.unreadableFile(path: url.path, reason: "cannot read the file")
            }
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: CSVReader.chunkSize), !chunk.isEmpty { try feed(chunk) }
        }
    }

    /// The header error every reader gives: what the file is not, and what was expected.
    static func wrongHeader(_ file: String, _ expected: String) -> StoreError {
        StoreError.invalidFile(location: "\(SafeText.display(file)):1", reason: "not \(expected)")
    }
}

/// One record of a `HistoryCSV`, its fields found by header name.
struct HistoryCSVRow {
    let file: String
    let line: Int
    let fields: [String]
    let columns: [String: Int]

    /// Header names compare without case or surrounding space.
    static func key(_ name: String) -> String { trimmed(name).lowercased() }

    /// The field under `column`, trimmed; empty when the file has no such column.
    subscript(column: String) -> String {
        guard let index = columns[Self.key(column)] else { return "" }
        return Self.trimmed(fields[index])
    }

    /// `text` without white space at either end. Most fields have none, and
    /// are returned as they are: Foundation's trimming costs a copy through
    /// NSString per field, a third of an import's time.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    func problem(_ column: String, _ message: String) -> HistoryProblem {
        HistoryProblem(file: file, line: line, field: column, message: message)
    }

    /// A name: control characters gone, white space collapsed; empty is a problem.
    func name(_ column: String) throws -> String {
        let name = HistoryValues.name(self[column])
        guard !name.isEmpty else { throw problem(column, "empty") }
        return name
    }

    /// A name that may be missing.
    func optionalName(_ column: String) -> String? {
        let name = HistoryValues.name(self[column])
        return name.isEmpty ? nil : name
    }

    func year(_ column: String) throws -> Int? {
        let text = self[column]
        guard !text.isEmpty else { return nil }
        guard let year = HistoryValues.year(text) else { throw problem(column, "'\(SafeText.display(text))' is not a year") }
        return year
    }

    /// A day written `YYYY-MM-DD`; nil when empty.
    func day(_ column: String) throws -> CalendarDate? {
        let text = self[column]
        guard !text.isEmpty else { return nil }
        guard let day = CalendarDate(iso: text) else {
            throw problem(column, "'\(SafeText.display(text))' is not a date (YYYY-MM-DD)")
        }
        return day
    }

    /// Half stars from 0.5 to 5 (Letterboxd); nil when empty.
    func halfStars(_ column: String) throws -> Rating? {
        let text = self[column]
        guard !text.isEmpty else { return nil }
        guard let rating = HistoryValues.halfStars(text) else {
            throw problem(column, "'\(SafeText.display(text))' is not a rating: half stars from 0.5 to 5")
        }
        return rating
    }

    /// A whole number from 1 to 10 (IMDb), as half stars; nil when empty.
    func tenPoint(_ column: String) throws -> Rating? {
        let text = self[column]
        guard !text.isEmpty else { return nil }
        guard let value = Int(text), let rating = HistoryValues.tenPoint(value) else {
            throw problem(column, "'\(SafeText.display(text))' is not a rating: whole numbers from 1 to 10")
        }
        return rating
    }
}
