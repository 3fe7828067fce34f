import Catalog
import Foundation

/// The line structure shared by every catalog file: UTF-8, `#` comments and
/// blank lines ignored, a header line naming the columns, then one record
/// per line with tab-separated fields.
struct TSVFile {
    struct Record {
        var line: Int
        var fields: [Substring]
    }

    let fileName: String
    private(set) var records: [Record]
    private(set) var diagnostics: [Diagnostic]

    /// The column names of the first line that is neither blank nor a comment.
    static func header(of data: Data) -> [String]? {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        return nil
    }

    /// Splits `data`, checking the header against `columns` and every record's field count.
    init(_ data: Data, fileName: String, columns: [String]) {
        self.fileName = fileName
        var reader = TSVLineReader(fileName: fileName, columns: columns)
        var records: [Record] = []
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let count = bytes.count
            var offset = 0
            while offset < count, !reader.isDone {
                var end = offset
                while end < count, bytes[end] != 0x0A { end += 1 }
                if let record = reader.read(UnsafeRawBufferPointer(rebasing: bytes[offset..<end])) { records.append(record) }
                offset = end + 1
            }
        }
        reader.finish()
        self.records = records
        self.diagnostics = reader.diagnostics
    }
}

/// One catalog file's lines, one at a time: what `TSVFile` keeps of each,
/// for a reader that must not hold the whole file (the index build streams
/// a million titles through it).
struct TSVLineReader {
    let fileName: String
    let columns: [String]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var lineNumber = 0
    private var sawHeader = false
    /// A wrong header stops the reading: no later line can be understood.
    private(set) var isDone = false

    init(fileName: String, columns: [String]) {
        self.fileName = fileName
        self.columns = columns
    }

    /// The record of the next line (given without its line feed), or nil
    /// for a blank line, a comment, the header or a line with a problem.
    mutating func read(_ bytes: UnsafeRawBufferPointer) -> TSVFile.Record? {
        guard !isDone else { return nil }
        lineNumber += 1
        var line = bytes
        if let last = line.last, last == 0x0D { line = UnsafeRawBufferPointer(rebasing: line.dropLast()) }
        if line.isEmpty || line.first == UInt8(ascii: "#") { return nil }
        guard let text = String(validating: line, as: UTF8.self) else {
            diagnostics.append(Diagnostic(file: fileName, line: lineNumber, message: "not valid UTF-8"))
            return nil
        }
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        if !sawHeader {
            sawHeader = true
            if fields.map(String.init) != columns {
                diagnostics.append(Diagnostic(
                    file: fileName, line: lineNumber,
                    message: "header must be the columns \(columns.joined(separator: ","))"))
                isDone = true
            }
            return nil
        }
        guard fields.count == columns.count else {
            diagnostics.append(Diagnostic(
                file: fileName, line: lineNumber,
                message: "expected \(columns.count) tab-separated fields, found \(fields.count)"))
            return nil
        }
        return TSVFile.Record(line: lineNumber, fields: fields)
    }

    /// Called after the last line: a file without a header is refused.
    mutating func finish() {
        if !sawHeader {
            diagnostics.append(Diagnostic(file: fileName, line: max(lineNumber, 1), message: "no header line"))
        }
    }
}

/// Side files of two columns, a title id and a comma-separated list of it
/// (`cues.tsv`, `aliases.tsv`): every id checked, every list split, and an
/// empty list refused; what each item must be is the file's own rule.
struct IDListFile {
    struct Entry {
        var id: TitleID
        var items: [String]
        var problems: RecordProblems
    }

    private(set) var entries: [Entry] = []
    private(set) var diagnostics: [Diagnostic]

    /// A list file whose items are words of a lexicon of Marquee's own
    /// (`cues.tsv`, `topics.tsv`): each item known, none twice, at most `limit`.
    static func lexiconLists(_ data: Data, fileName: String, columns: [String], knownIDs: Set<TitleID>,
                             itemName: String, lexicon: String, limit: Int, isKnown: (String) -> Bool)
        -> (lists: [TitleID: [String]], diagnostics: [Diagnostic]) {
        let listName = columns[1]
        let file = IDListFile(data, fileName: fileName, columns: columns, knownIDs: knownIDs, itemName: itemName) { part, kept, problems in
            let word = String(part)
            if !isKnown(word) {
                problems.add(listName, "'\(SafeText.display(word))' is not a \(itemName) of the lexicon (\(lexicon))")
            } else if kept.contains(word) {
                problems.add(listName, "'\(word)' is given twice")
            } else {
                return word
            }
            return nil
        }
        var lists: [TitleID: [String]] = [:]
        var diagnostics = file.diagnostics
        for var entry in file.entries {
            if entry.items.count > limit { entry.problems.add(listName, "more than \(limit) \(listName)") }
            if entry.problems.list.isEmpty { lists[entry.id] = entry.items }
            diagnostics += entry.problems.list
        }
        return (lists, diagnostics)
    }

    /// `comment` lines, the header, then one line per title with a
    /// non-empty list, sorted by id.
    static func render(_ lists: [TitleID: [String]], columns: [String], header comment: [String]) -> String {
        var output = ""
        for line in comment { output += "# \(line)\n" }
        output += columns.joined(separator: "\t") + "\n"
        for (id, items) in lists.sorted(by: { $0.key < $1.key }) where !items.isEmpty {
            output += "\(id.rawValue)\t\(items.joined(separator: ","))\n"
        }
        return output
    }

    /// Writes the file at `url`; a crash midway leaves the old file.
    static func write(_ lists: [TitleID: [String]], columns: [String], to url: URL, header comment: [String]) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(render(lists, columns: columns, header: comment).utf8).write(to: url, options: .atomic)
    }

    /// `item` turns one listed item into what is kept, or adds to the
    /// record's problems and returns nil; it sees the items kept so far.
    init(_ data: Data, fileName: String, columns: [String], knownIDs: Set<TitleID>, itemName: String,
         item: (Substring, [String], inout RecordProblems) -> String?) {
        let file = TSVFile(data, fileName: fileName, columns: columns)
        diagnostics = file.diagnostics
        var ids = SideFileIDs(known: knownIDs)
        let listName = columns[1]
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = ids.read(record.fields[0], problems: &problems)
            var items: [String] = []
            if record.fields[1].isEmpty {
                problems.add(listName, "at least one \(itemName) is needed (leave the title out instead)")
            } else {
                for part in record.fields[1].split(separator: ",", omittingEmptySubsequences: false) {
                    if let kept = item(part, items, &problems) { items.append(kept) }
                }
            }
            entries.append(Entry(id: id, items: items, problems: problems))
        }
    }
}
