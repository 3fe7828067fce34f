import Foundation

/// The line each object of a JSON document's arrays starts on, so that a
/// message about the fifth rating can say `file:LINE:` like a CSV reader's.
/// JSON decoders forget where values were; this walks the bytes once,
/// tracking strings and nesting, and records the line of every `{` that
/// opens an element of an array, keyed by the name of the member that
/// holds the array ("" for a document that is itself an array).
enum JSONElementLines {
    static func lines(in data: Data) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        // For each open container: is it an array, and under which member name.
        var stack: [(isArray: Bool, key: String)] = []
        var line = 1
        var inString = false
        var escaped = false
        var string: [UInt8] = []
        var lastString = ""
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false; string.append(byte); continue }
                if byte == UInt8(ascii: "\\") { escaped = true; continue }
                if byte == UInt8(ascii: "\"") {
                    inString = false
                    lastString = String(decoding: string, as: UTF8.self)
                } else {
                    string.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                string.removeAll(keepingCapacity: true)
            case UInt8(ascii: "{"):
                if let top = stack.last, top.isArray { result[top.key, default: []].append(line) }
                stack.append((false, ""))
            case UInt8(ascii: "["):
                // The member name is the last string read inside the enclosing object.
                stack.append((true, stack.isEmpty ? "" : lastString))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            default:
                break
            }
        }
        return result
    }
}
