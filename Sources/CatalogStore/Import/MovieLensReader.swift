import Catalog
import Foundation

/// Reads MovieLens-format files: `ratings.csv` (`userId,movieId,rating,timestamp`),
/// `movies.csv` (`movieId,title,genres`, genres `|`-separated, the year in
/// brackets at the end of the title) and optionally `tags.csv`
/// (`userId,movieId,tag,timestamp`). Any malformed line refuses the file
/// with `file:line: field: reason`.
public struct MovieLensReader {
    public init() {}

    public func read(ratings: URL, movies: URL, tags: URL? = nil) throws -> CommunityDataset {
        CommunityDataset(ratings: try readRatings(ratings), items: try readMovies(movies),
                         tags: try tags.map(readTags) ?? [:])
    }

    public func readRatings(_ url: URL) throws -> [CommunityRating] {
        let records = try records(url, header: ["userId", "movieId", "rating", "timestamp"])
        return try records.map { record in
            func number<T: LosslessStringConvertible>(_ index: Int, _ field: String) throws -> T {
                guard let value = T(record.fields[index]) else {
                    throw Self.failure(url, record.line, field, "'\(SafeText.display(record.fields[index]))' is not a number")
                }
                return value
            }
            let stars: Float = try number(2, "rating")
            guard stars > 0, stars <= 5 else { throw Self.failure(url, record.line, "rating", "\(stars) is outside 0.5–5") }
            return CommunityRating(user: try number(0, "userId"), item: try number(1, "movieId"), stars: stars,
                                   timestamp: try number(3, "timestamp"))
        }
    }

    public func readMovies(_ url: URL) throws -> [CommunityItem] {
        try records(url, header: ["movieId", "title", "genres"]).map { record in
            guard let id = Int(record.fields[0]) else {
                throw Self.failure(url, record.line, "movieId", "'\(SafeText.display(record.fields[0]))' is not a number")
            }
            let (title, year) = Self.splitYear(record.fields[1].trimmingCharacters(in: .whitespaces))
            let genres = record.fields[2] == "(no genres listed)" ? [] : record.fields[2].split(separator: "|").map(String.init)
            return CommunityItem(id: id, title: title, year: year, genres: genres)
        }
    }

    public func readTags(_ url: URL) throws -> [Int: [String]] {
        var tags: [Int: [String]] = [:]
        for record in try records(url, header: ["userId", "movieId", "tag", "timestamp"]) {
            guard let item = Int(record.fields[1]) else {
                throw Self.failure(url, record.line, "movieId", "'\(SafeText.display(record.fields[1]))' is not a number")
            }
            let tag = record.fields[2].lowercased().trimmingCharacters(in: .whitespaces)
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

    private func records(_ url: URL, header: [String]) throws -> [CSVRecord] {
        guard let data = try? Data(contentsOf: url) else {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read the file")
        }
        let records: [CSVRecord]
        do { records = try CSVReader().records(in: data) } catch CSVReader.Failure.unterminatedQuote(let line) {
            throw Self.failure(url, line, "", "a quoted field never closes")
        }
        guard let first = records.first, first.fields == header else {
            throw Self.failure(url, 1, "header", "expected \(header.joined(separator: ","))")
        }
        for record in records.dropFirst() where record.fields.count != header.count {
            throw Self.failure(url, record.line, "", "expected \(header.count) fields, found \(record.fields.count)")
        }
        return Array(records.dropFirst())
    }

    private static func failure(_ url: URL, _ line: Int, _ field: String, _ reason: String) -> StoreError {
        StoreError.invalidFile(location: "\(url.lastPathComponent):\(line)" + (field.isEmpty ? "" : ": \(field)"), reason: reason)
    }
}
