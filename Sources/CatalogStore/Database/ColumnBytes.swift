import Catalog
import Foundation

/// Values decoded straight from a column's UTF-8 bytes (`RowRead.bytes`),
/// giving what the String-based code gives for every text.
enum ColumnBytes {
    /// `text.split(separator:omittingEmptySubsequences:)` for an ASCII
    /// separator; empty text gives no pieces. That split compares
    /// Characters, so a separator joined to a neighbour (a combining accent
    /// after it) is no separator: where one has a non-ASCII neighbour that
    /// is not a Character of its own, the String split decides.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, on separator: UInt8, keepingEmpty: Bool = true) -> [String] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        let count = bytes.count
        // Room for every piece at once: growing by doubling copies the
        // list and leaves up to half of it unused, a million lists over.
        var separators = 0
        for byte in bytes where byte == separator { separators += 1 }
        var pieces: [String] = []
        pieces.reserveCapacity(separators + 1)
        var start = 0
        while start <= count {
            let found = start == count ? nil : memchr(base + start, Int32(separator), count - start)
            let end = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            if end < count, !standsAlone(bytes, at: end) {
                return String(decoding: bytes, as: UTF8.self)
                    .split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: !keepingEmpty)
                    .map(String.init)
            }
            if keepingEmpty || end > start { pieces.append(string(bytes, start..<end)) }
            start = end + 1
        }
        return pieces
    }

    /// Whether the ASCII byte at `index` is a Character of its own. Only
    /// the scalars either side can join it (a prepended mark before, an
    /// extending one after), and those are never ASCII.
    static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let before = index > 0 && bytes[index - 1] >= 0x80, after = index + 1 < bytes.count && bytes[index + 1] >= 0x80
        if !before && !after { return true }
        var lower = index, upper = index + 1
        if before {
            lower -= 1
            while lower > 0, index - lower < 4, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        }
        if after {
            upper += 1
            while upper < bytes.count, upper - index < 5, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        }
        let neighbourhood = string(bytes, lower..<upper)
        return neighbourhood.count == neighbourhood.unicodeScalars.count
    }

    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `CalendarDate(iso:)`: digits in `YYYY-MM-DD` read directly, anything
    /// else (a sign, a short field) through the text.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return CalendarDate(iso: String(decoding: bytes, as: UTF8.self))
    }
}

/// Raw values recognised by their bytes, without making a String: genres,
/// kinds and maturities of every title at launch.
struct ByteCodes<Value: Sendable>: Sendable {
    private let entries: [(code: [UInt8], first: UInt8, value: Value)]

    init(_ pairs: [(String, Value)]) { entries = pairs.map { (Array($0.0.utf8), $0.0.utf8.first ?? 0, $0.1) } }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let base = bytes.baseAddress, let first = bytes.first else { return entries.first { $0.code.isEmpty }?.value }
        for entry in entries where entry.first == first && entry.code.count == bytes.count {
            if entry.code.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) }) == 0 { return entry.value }
        }
        return nil
    }
}

extension ByteCodes where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    init(allOf type: Value.Type) { self.init(Value.allCases.map { ($0.rawValue, $0) }) }
}
