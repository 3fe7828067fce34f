import Catalog
import Foundation

/// The top-level elements of a JSON array, each with the line it starts on,
/// so that a message can say `file:line` for a record of a JSON export.
/// Only strings (with their escapes) and nesting are followed; each element's
/// bytes are then decoded on their own, and a syntax error there is the
/// caller's to report.
enum JSONArrayElements {
    struct Element {
        /// 1-based line of the element's first byte.
        var line: Int
        var bytes: Range<Int>
    }

    enum Failure: Error, Equatable {
        /// What is wrong and the line it was noticed on.
        case notAnArray(line: Int)
        case unclosed(line: Int)
        case trailing(line: Int)
    }

    static func scan(_ data: Data) throws -> [Element] {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> [Element] in
            var elements: [Element] = []
            var line = 1
            var index = 0
            // Skip a UTF-8 byte-order mark and white space before the array.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
            func skipSpace() {
                while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw Failure.notAnArray(line: line) }
            index += 1
            var depth = 0
            var inString = false
            var escaped = false
            var start: (offset: Int, line: Int)?
            var closed = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A { line += 1 }
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    index += 1
                    continue
                }
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D:
                    break
                case UInt8(ascii: ",") where depth == 0, UInt8(ascii: "]") where depth == 0:
                    if let element = start {
                        elements.append(Element(line: element.line, bytes: element.offset..<trimmedEnd(bytes, element.offset, index)))
                        start = nil
                    }
                    if byte == UInt8(ascii: "]") { closed = true }
                default:
                    if start == nil { start = (index, line) }
                    switch byte {
                    case UInt8(ascii: "\""): inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                    default: break
                    }
                }
                index += 1
                if closed { break }
            }
            guard closed else { throw Failure.unclosed(line: line) }
            skipSpace()
            guard index == bytes.count else { throw Failure.trailing(line: line) }
            return elements
        }
    }

    /// The end of an element without the white space before its comma.
    private static func trimmedEnd(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end
    }
}
