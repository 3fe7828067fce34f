/// Maturity ratings of the US film (MPA) and TV Parental Guidelines systems,
/// plus "unrated" for titles without a known rating.
public enum Maturity: String, CaseIterable, Sendable, Codable {
    case tvY = "TV-Y"
    case tvY7 = "TV-Y7"
    case tvY7FV = "TV-Y7-FV"
    case g = "G"
    case tvG = "TV-G"
    case pg = "PG"
    case tvPG = "TV-PG"
    case pg13 = "PG-13"
    case tv14 = "TV-14"
    case r = "R"
    case tvMA = "TV-MA"
    case nc17 = "NC-17"
    case notRated = "NR"
    case unrated = "UR"

    /// The youngest age the rating is meant for; unrated titles count as adult
    /// so that a "kids are watching" filter never lets an unknown through.
    public var minimumAge: Int {
        switch self {
        case .tvY, .g, .tvG: 0
        case .tvY7, .tvY7FV: 7
        case .pg, .tvPG: 10
        case .pg13: 13
        case .tv14: 14
        case .r, .tvMA: 17
        case .nc17, .notRated, .unrated: 18
        }
    }

    /// Suitable when children are watching.
    public var isKidSafe: Bool { minimumAge <= 10 }

    /// PG and TV-PG: fine for children only as a parent judges it.
    public var asksParentalGuidance: Bool { self == .pg || self == .tvPG }

    /// Ratings made for children specifically.
    public var isMadeForKids: Bool {
        switch self {
        case .tvY, .tvY7, .tvY7FV: true
        default: false
        }
    }
}
