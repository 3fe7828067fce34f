import Foundation

/// A CSV record and the physical line it starts on.
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
    /// The fields (by index) that were not valid UTF-8; their bad bytes were replaced.
    public var invalidUTF8Fields: [Int]
    /// Some bytes of the record were not valid UTF-8 and were replaced.
    public var hadInvalidUTF8: Bool { !invalidUTF8Fields.isEmpty }
}

/// RFC 4180 CSV: comma-separated, fields optionally in double quotes with
/// `""` for a quote, records ending in LF, CRLF or a lone CR outside quotes.
/// Quoted fields may span lines; line numbers stay those of the file so that
/// messages point at the right place.
///
/// Hand-written rather than taken from a CSV package because importers need
/// the physical line of every record and lenient handling of stray quotes.
public struct CSVReader {
    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
    }

    /// Bytes read at a time by `forEachRecord(in:)`.
    static let chunkSize = 1 << 20

    public init() {}

    public func records(in data: Data) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var parser = CSVParser()
        data.withUnsafeBytes { bytes in parser.feed(bytes) { records.append($0) } }
        try parser.finish { records.append($0) }
        return records
    }

    /// Hands each record of the file to `body` as it is read, a chunk at a
    /// time, so a large file never sits whole in memory. An error thrown by
    /// `body` stops the reading.
    public func forEachRecord(in url: URL, _ body: (CSVRecord) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var parser = CSVParser()
        while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            try chunk.withUnsafeBytes { bytes in try parser.feed(bytes, body) }
        }
        try parser.finish(body)
    }
}

/// The CSV state machine, fed bytes in pieces of any size.
struct CSVParser {
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var invalidFields: [Int] = []
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var fieldWasQuoted = false
    /// The last byte was a quote inside quotes: either the closing one or the first of `""`.
    private var quoteInQuotes = false
    /// The last byte was a CR that ended a record; an LF right after it belongs to it.
    private var afterCarriageReturn = false
    private var started = false

    private mutating func finishField() {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            invalidFields.append(fields.count)
            fields.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func finishRecord(_ emit: (CSVRecord) throws -> Void) rethrows {
        finishField()
        let record = CSVRecord(line: recordLine, fields: fields, invalidUTF8Fields: invalidFields)
        fields.removeAll(keepingCapacity: true)
        invalidFields.removeAll()
        // A line with nothing on it is not a record.
        if !(record.fields.count == 1 && record.fields[0].isEmpty && !record.hadInvalidUTF8) { try emit(record) }
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: (CSVRecord) throws -> Void) rethrows {
        var index = 0
        if !started {
            started = true
            // Skip a UTF-8 byte-order mark.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoteInQuotes {
                quoteInQuotes = false
                if byte == UInt8(ascii: "\"") {
                    field.append(byte)
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    quoteInQuotes = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            let followsCarriageReturn = afterCarriageReturn
            afterCarriageReturn = false
            switch byte {
            case UInt8(ascii: ","):
                finishField()
            case UInt8(ascii: "\""):
                if field.isEmpty && !fieldWasQuoted {
                    inQuotes = true
                    fieldWasQuoted = true
                } else {
                    // A stray quote inside an unquoted field is kept as text.
                    field.append(byte)
                }
            case 0x0A where followsCarriageReturn:
                break
            case 0x0A, 0x0D:
                try finishRecord(emit)
                line += 1
                recordLine = line
                afterCarriageReturn = byte == 0x0D
            default:
                field.append(byte)
            }
        }
    }

    /// Ends the input: the last record needs no line ending.
    mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        if quoteInQuotes {
            quoteInQuotes = false
            inQuotes = false
        }
        if inQuotes { throw CSVReader.Failure.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try finishRecord(emit) }
    }
}
