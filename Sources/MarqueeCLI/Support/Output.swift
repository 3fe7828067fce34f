import Catalog
import Foundation
import Recommender

/// The JSON shape of a title in every command's `--json` output.
struct TitleJSON: Encodable {
    var id: String
    var title: String
    var year: Int
    var type: String
    var genres: [String]
    var runtime: Int?
    var seasons: Int?
    var maturity: String
    var countries: [String]?
    var directors: [String]?
    var cast: [String]?
    var added: String?
    /// `.some(nil)` is written as `null`: shown to be unrated, not left out.
    var myRating: Double??
    var onWatchlist: Bool?
    var notForMe: Bool?
    /// In `show`: where the rating was imported from ("letterboxd"); `null` when given in Marquee or unrated.
    var ratingSource: String??
    /// In `show`: the day of each viewing, oldest first, `null` for a viewing without a day; empty when never watched.
    var watched: [String?]?
    var mood: MoodJSON?
    /// How well regarded the title is (`show`); `null` when unknown.
    var standing: String??
    var communityRating: CommunityRatingJSON?
    /// Who the title is made for (`show`): everyone, children, young-children or promo.
    var madeFor: String?
    var score: Float?
    var reason: String?
    var outsideUsual: Bool?
    var similar: [SimilarJSON]?
    /// In `search`: how many other versions the row's work has (left out when none).
    var otherVersions: Int?
    /// In `show`: the work's other versions.
    var versions: [VersionJSON]?

    init(_ title: Title) {
        id = title.id.rawValue
        self.title = title.name
        year = title.year
        type = title.kind.rawValue
        genres = title.genres.map(\.displayName)
        runtime = title.runtimeMinutes
        seasons = title.seasons
        maturity = title.maturity.rawValue
    }
}

struct MoodJSON: Encodable {
    var valence: Float
    var energy: Float
    var tones: [String: Float]
    var source: String
    /// `show` only: how a curated profile was judged (`null` otherwise), the
    /// description cues an inferred profile used, and the provenance line.
    var method: String??
    var cues: [String]?
    var provenance: String?

    /// The tones present, by their codes, to two decimals.
    static func codes(_ tones: ToneVector) -> [String: Float] {
        var codes: [String: Float] = [:]
        for tone in Tone.allCases where tones[tone] > 0 { codes[tone.code] = (tones[tone] * 100).rounded() / 100 }
        return codes
    }

    init(_ profile: MoodProfile) {
        valence = (profile.point.valence * 100).rounded() / 100
        energy = (profile.point.energy * 100).rounded() / 100
        tones = Self.codes(profile.tones)
        source = profile.source.rawValue
    }
}

enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        print(try jsonText(value))
    }

    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation on Linux pretty-prints an empty list on three lines.
        let compact = text.replacingOccurrences(of: #"\[\n\n *\]"#, with: "[]", options: .regularExpression)
        return SafeText.escapingJSON(compact)
    }

    /// "stranger-things-2016  Stranger Things (2016) · Series · TV-14 · Horror, Sci-Fi & Fantasy"
    static func line(_ title: Title) -> String {
        let facts = [title.kind.displayName, title.lengthDescription, title.maturity.rawValue,
                     title.genres.map(\.displayName).joined(separator: ", ")].filter { !$0.isEmpty }
        return SafeText.display("\(title.id)  \(title.nameAndYear) · \(facts.joined(separator: " · "))")
    }
}

/// A similar title in `show --json`.
struct SimilarJSON: Encodable {
    var id: String
    var title: String
    var year: Int
    var because: String
}

/// How imported community ratings rate a title, in `show --json`: mean
/// stars, how many rated it, and the standing Marquee takes from them (−1…1).
struct CommunityRatingJSON: Encodable {
    var mean: Float
    var count: Int
    var standing: Float
}

/// Another version of a title's work in `show --json`.
struct VersionJSON: Encodable {
    var id: String
    var title: String
    var year: Int
    /// "original", "Hindi version", …
    var version: String
    var myRating: Double?
}
