import Catalog
import Foundation

/// Reads MovieLens-format files: `ratings.csv` (`userId,movieId,rating,timestamp`),
/// `movies.csv` (`movieId,title,genres`, genres `|`-separated, the year in
/// brackets at the end of the title) and optionally `tags.csv`
/// (`userId,movieId,tag,timestamp`). Any malformed line refuses the file
/// with `file:line: field: reason`, and so does a file with nothing after its
/// header (an import must not replace a good one with nothing).
///
/// Files are read as a stream: only the parsed values are kept, never the
/// file's text, so a 50 MB `ratings.csv` costs its ratings and no more.
public struct MovieLensReader {
    public init() {}

    public func read(ratings: URL, movies: URL, tags: URL? = nil) throws -> CommunityDataset {
        CommunityDataset(ratings: try readRatings(ratings), items: try readMovies(movies),
                         tags: try tags.map(readTags) ?? [:])
    }

    public func readRatings(_ url: URL) throws -> [CommunityRating] {
        var ratings: [CommunityRating] = []
        try forEachRecord(url, header: ["userId", "movieId", "rating", "timestamp"], nothingAfterHeader: "no ratings") { record in
            let stars = record.fields[2]
            guard let value = Float(stars), Self.isDecimal(stars), value >= 0.5, value <= 5, (value * 2).rounded() == value * 2 else {
                throw Self.failure(url, record.line, "rating", "'\(SafeText.display(stars))' is not a rating: half stars from 0.5 to 5")
            }
            ratings.append(CommunityRating(user: try Self.number(record, 0, "userId", url), item: try Self.number(record, 1, "movieId", url),
                                           stars: value, timestamp: try Self.number(record, 3, "timestamp", url)))
        }
        return ratings
    }

    public func readMovies(_ url: URL) throws -> [CommunityItem] {
        var items: [CommunityItem] = []
        var lines: [Int: Int] = [:]
        try forEachRecord(url, header: ["movieId", "title", "genres"], nothingAfterHeader: "no films") { record in
            let id: Int = try Self.number(record, 0, "movieId", url)
            if let first = lines.updateValue(record.line, forKey: id) {
                throw Self.failure(url, record.line, "movieId", "\(id) is also on line \(first)")
            }
            let (title, year) = Self.splitYear(SafeText.collapsingWhitespace(record.fields[1]))
            guard !title.isEmpty else { throw Self.failure(url, record.line, "title", "empty") }
            let genres = record.fields[2] == "(no genres listed)" ? [] : record.fields[2].split(separator: "|").map(String.init)
            items.append(CommunityItem(id: id, title: title, year: year, genres: genres))
        }
        return items
    }

    public func readTags(_ url: URL) throws -> [Int: [String]] {
        var tags: [Int: [String]] = [:]
        try forEachRecord(url, header: ["userId", "movieId", "tag", "timestamp"], nothingAfterHeader: nil) { record in
            let item: Int = try Self.number(record, 1, "movieId", url)
            let tag = SafeText.collapsingWhitespace(record.fields[2].lowercased())
            if !tag.isEmpty { tags[item, default: []].append(tag) }
        }
        return tags
    }

    /// "Heat (1995)" → ("Heat", 1995); titles without a year keep their text.
    static func splitYear(_ text: String) -> (String, Int?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard inside.count == 4, let year = Int(inside) else { return (text, nil) }
        return (text[..<open].trimmingCharacters(in: .whitespaces), year)
    }

    /// Digits with at most one point: what MovieLens writes, and not `nan`, `inf` or `0x1p2`.
    static func isDecimal(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
            && text.utf8.filter { $0 == UInt8(ascii: ".") }.count <= 1
    }

    private static func number<T: FixedWidthInteger>(_ record: CSVRecord, _ index: Int, _ field: String, _ url: URL) throws -> T {
        guard let value = T(record.fields[index]) else {
            throw failure(url, record.line, field, "'\(SafeText.display(record.fields[index]))' is not a number")
        }
        return value
    }

    /// Streams the records after `header`, each with the right number of
    /// fields and nothing a terminal or a database would choke on.
    /// `nothingAfterHeader` names what is missing when a file must not be empty.
    private func forEachRecord(_ url: URL, header: [String], nothingAfterHeader: String?,
                               _ body: (CSVRecord) throws -> Void) throws {
        var sawHeader = false
        var rows = 0
        do {
            try CSVReader().forEachRecord(in: url) { record in
                guard sawHeader else {
                    guard record.fields == header else {
                        throw Self.failure(url, record.line, "header", "expected \(header.joined(separator: ","))")
                    }
                    sawHeader = true
                    return
                }
                guard record.fields.count == header.count else {
                    throw Self.failure(url, record.line, "", "expected \(header.count) fields, found \(record.fields.count)")
                }
                try Self.check(record, header: header, url)
                rows += 1
                try body(record)
            }
        } catch CSVReader.Failure.unterminatedQuote(let line) {
            throw Self.failure(url, line, "", "a quoted field never closes")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read the file")
        }
        guard sawHeader else { throw Self.failure(url, 1, "header", "expected \(header.joined(separator: ","))") }
        if let nothingAfterHeader, rows == 0 { throw Self.failure(url, 1, "", "\(nothingAfterHeader) after the header") }
    }

    /// Refuses bytes that are not text: a NUL, invalid UTF-8 (a Latin-1
    /// file), and control characters other than white space.
    private static func check(_ record: CSVRecord, header: [String], _ url: URL) throws {
        if let index = record.invalidUTF8Fields.first {
            throw failure(url, record.line, header[index], "not valid UTF-8 (save the file as UTF-8)")
        }
        for (index, field) in record.fields.enumerated() {
            // Byte by byte: every control is one byte in UTF-8, except C1 (0xC2 0x80…0x9F).
            var previous: UInt8 = 0
            for byte in field.utf8 {
                defer { previous = byte }
                let control: UInt32
                switch byte {
                case 0x00: throw failure(url, record.line, header[index], "contains a NUL byte")
                case 0x09, 0x0A, 0x0D: continue
                case 0x01...0x1F, 0x7F: control = UInt32(byte)
                case 0x80...0x9F where previous == 0xC2: control = UInt32(byte)
                default: continue
                }
                let hex = String(control, radix: 16, uppercase: true)
                throw failure(url, record.line, header[index],
                              "contains the control character U+" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
        }
    }

    private static func failure(_ url: URL, _ line: Int, _ field: String, _ reason: String) -> StoreError {
        StoreError.invalidFile(location: "\(SafeText.display(url.lastPathComponent)):\(line)" + (field.isEmpty ? "" : ": \(field)"), reason: reason)
    }
}
