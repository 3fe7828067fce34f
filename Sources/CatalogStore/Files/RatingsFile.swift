import Catalog
import Foundation

/// `ratings.tsv` in a catalog folder: how a community of viewers rated each
/// title (IMDb's ratings, written by `catalog import imdb`), the standing
/// prior for titles no curator judged. Columns `id`, `stars` (the mean,
/// 0.5–5) and `votes`; titles without ratings have no line.
public enum RatingsFile {
    public static let fileName = "ratings.tsv"
    public static let columns = ["id", "stars", "votes"]

    /// A title's mean and how many rated it.
    public struct Entry: Sendable, Hashable {
        public var stars: Float
        public var votes: Int
    }

    public static func parse(_ data: Data, fileName: String = fileName, knownIDs: Set<TitleID>)
        -> (ratings: [TitleID: Entry], diagnostics: [Diagnostic]) {
        var ratings: [TitleID: Entry] = [:]
        var diagnostics: [Diagnostic] = []
        var sawHeader = false
        func problem(_ line: Int, _ field: String, _ message: String) {
            diagnostics.append(Diagnostic(file: fileName, line: line, field: field, message: message, severity: .error))
        }
        for (index, text) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard sawHeader else {
                if fields != columns { problem(line, "header", "expected \(columns.joined(separator: ", "))") }
                sawHeader = true
                continue
            }
            guard fields.count == columns.count else {
                problem(line, "", "expected \(columns.count) fields, found \(fields.count)")
                continue
            }
            let id = TitleID(fields[0])
            guard knownIDs.contains(id) else { problem(line, "id", "'\(SafeText.display(fields[0]))' is not in titles.tsv"); continue }
            guard let stars = Float(fields[1]), stars.isFinite, (0.5...5).contains(stars) else {
                problem(line, "stars", "'\(SafeText.display(fields[1]))' is not a mean from 0.5 to 5")
                continue
            }
            guard let votes = Int(fields[2]), votes > 0 else {
                problem(line, "votes", "'\(SafeText.display(fields[2]))' is not a count above 0")
                continue
            }
            if ratings.updateValue(Entry(stars: stars, votes: votes), forKey: id) != nil {
                problem(line, "id", "\(id.rawValue) has two lines")
            }
        }
        return (ratings, diagnostics)
    }

    /// Standings for every rated title: each mean shrunk toward the mean of
    /// all rated titles. The baseline is the typical title, not the typical
    /// vote: weighted by votes, a few blockbusters would set it and nothing
    /// could stand above them.
    public static func standings(_ ratings: [TitleID: Entry]) -> [TitleID: CommunityStanding] {
        guard !ratings.isEmpty else { return [:] }
        let globalMean = Float(ratings.values.reduce(0) { $0 + Double($1.stars) } / Double(ratings.count))
        return standings(ratings, globalMean: globalMean)
    }

    /// The standings of some titles, shrunk toward the mean of the whole
    /// catalog's ratings (`CatalogDatabase.meanCommunityRating`).
    public static func standings(_ ratings: [TitleID: Entry], globalMean: Float) -> [TitleID: CommunityStanding] {
        ratings.mapValues { CommunityStanding(mean: $0.stars, count: $0.votes, globalMean: globalMean, origin: "the catalog's ratings") }
    }
}
