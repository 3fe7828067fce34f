import Foundation

/// A CSV record and the physical line it starts on.
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
    /// Some bytes of the record were not valid UTF-8 and were replaced.
    public var hadInvalidUTF8: Bool
}

/// RFC 4180 CSV: comma-separated, fields optionally in double quotes with
/// `""` for a quote, records ending in LF or CRLF outside quotes. Quoted
/// fields may span lines; line numbers stay those of the file so that
/// messages point at the right place.
///
/// Hand-written rather than taken from a CSV package because importers need
/// the physical line of every record and lenient handling of stray quotes.
public struct CSVReader {
    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
    }

    public init() {}

    public func records(in data: Data) throws -> [CSVRecord] {
        let bytes = [UInt8](data)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var invalid = false
        var index = 0
        // Skip a UTF-8 byte-order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }

        func finishField() {
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                fields.append(String(decoding: field, as: UTF8.self))
                invalid = true
            }
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        func finishRecord() {
            finishField()
            // A line with nothing on it is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields, hadInvalidUTF8: invalid))
            }
            fields.removeAll(keepingCapacity: true)
            invalid = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else {
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
                case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
                    break
                case 0x0A:
                    finishRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(byte)
                }
            }
            index += 1
        }
        if inQuotes { throw Failure.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { finishRecord() }
        return records
    }
}
