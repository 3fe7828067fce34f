/// Cheap looks at ASCII titles that let launch-time checks skip folding.
package enum LeadingLetters {
    /// The first two letters or digits, lowercased, of text whose start is
    /// ASCII; nil when a non-ASCII byte comes first (fold it instead). For
    /// ASCII, folding keeps exactly these two characters at the front.
    package static func pair(_ text: String) -> UInt16? {
        var first: UInt8?
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else { continue }
            if let first { return UInt16(first) << 8 | UInt16(lower) }
            first = lower
        }
        return first.map { UInt16($0) << 8 }
    }

    /// The bytes of ASCII text, lowercased; nil for any other text.
    package static func asciiLowercased(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return bytes
    }
}
