import Catalog
import Foundation

/// The values services write, read the same way by every history reader.
enum HistoryValues {
    /// A name fit to match and show: control characters and bidirectional
    /// overrides removed (line breaks and tabs become spaces), white space
    /// collapsed and trimmed.
    static func name(_ text: String) -> String {
        guard !SafeText.isClean(text) else { return SafeText.collapsingWhitespace(text) }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: kept.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: kept.append(scalar)
            }
        }
        return SafeText.collapsingWhitespace(String(kept))
    }

    /// Four digits, a plausible year of a film.
    static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(text),
              (1870...2200).contains(year) else { return nil }
        return year
    }

    /// "4.5", "0.5", "5": half stars as Letterboxd writes them; not `nan` or `0x1p2`.
    static func halfStars(_ text: String) -> Rating? {
        // The same plain decimals MovieLens ratings are read as.
        guard MovieLensReader.isDecimal(text), let value = Double(text) else { return nil }
        return Rating(stars: value)
    }

    /// A ten-point rating (IMDb, Trakt) as half stars: stars = rating / 2,
    /// so 1 is ½★ and 10 is 5★; every step of the ten-point scale is a half star.
    static func tenPoint(_ value: Int) -> Rating? {
        guard (1...10).contains(value) else { return nil }
        return Rating(stars: Double(value) / 2)
    }

    /// Midnight UTC of `day`: the moment a file that gives only a day stands for.
    static func moment(_ day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
    }

    /// A moment as services write them: "2023-04-01T20:11:00.000Z" (ISO 8601,
    /// fraction and zone optional, no zone meaning UTC), "2023-04-01 20:11:00"
    /// (Netflix, UTC), or a bare day. Read by hand: a formatter per row is slow.
    static func moment(_ text: String) -> Date? {
        if let day = CalendarDate(iso: text) { return moment(day) }
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let day = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = digits(bytes[11..<13]), let minute = digits(bytes[14..<16]), let second = digits(bytes[17..<19]),
              hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > start, let value = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
            fraction = value
        }
        var offset = 0
        let zone = bytes[index...]
        if zone.isEmpty || zone.elementsEqual("Z".utf8) {
            offset = 0
        } else if zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
                  zone[index + 3] == UInt8(ascii: ":"), let hours = digits(zone[(index + 1)..<(index + 3)]),
                  let minutes = digits(zone[(index + 4)..<(index + 6)]) {
            offset = (hours * 60 + minutes) * 60 * (zone.first == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let seconds = day.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The UTC day of a moment.
    static func day(_ moment: Date) -> CalendarDate? {
        CalendarDate.today(moment)
    }

    /// Splits "Jane Doe, John Roe" into names.
    static func people(_ text: String) -> [String] {
        text.split(separator: ",").map { name(String($0)) }.filter { !$0.isEmpty }
    }
}
