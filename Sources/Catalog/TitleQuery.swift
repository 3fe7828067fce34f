/// What a person asks of the catalog: words to match, filters, an order.
public struct TitleQuery: Hashable, Sendable {
    public var text: String
    public var filter: TitleFilter
    public var sort: TitleSort

    public init(text: String = "", filter: TitleFilter = TitleFilter(), sort: TitleSort = .relevance) {
        self.text = text
        self.filter = filter
        self.sort = sort
    }

    public var hasText: Bool { !text.allSatisfy { $0 == " " } }
}

/// Narrowing the catalog. Empty sets and nil ranges mean "any".
public struct TitleFilter: Hashable, Sendable {
    public var kinds: Set<TitleKind> = []
    /// Titles must carry every one of these genres.
    public var genres: Set<Genre> = []
    public var years: ClosedRange<Int>?
    /// Minutes per sitting: a film's runtime, a series' estimated episode.
    public var minutes: ClosedRange<Int>?
    /// Highest maturity allowed, by minimum age (for example PG-13 allows 13 and below).
    public var maturityCeiling: Maturity?
    /// Titles from any one of these countries.
    public var countries: Set<String> = []
    public var aiUse: Set<AIUseStatus> = []

    public init() {}

    public var isEmpty: Bool { self == TitleFilter() }

    /// "Films · Comedy + Romance · 1990–1999 · ≤ 120 min · up to PG-13"
    public var summary: String {
        var parts: [String] = []
        if kinds.count == 1, let kind = kinds.first { parts.append(kind == .movie ? "Films" : "Series") }
        if !genres.isEmpty { parts.append(genres.sorted().map(\.displayName).joined(separator: " + ")) }
        if let years { parts.append(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)") }
        if let minutes {
            if minutes.lowerBound <= 0 { parts.append("≤ \(minutes.upperBound) min") }
            else if minutes.upperBound >= TitleFilter.noUpperMinutes { parts.append("≥ \(minutes.lowerBound) min") }
            else { parts.append("\(minutes.lowerBound)–\(minutes.upperBound) min") }
        }
        if let maturityCeiling { parts.append("up to \(maturityCeiling.rawValue)") }
        if !countries.isEmpty { parts.append(countries.sorted().joined(separator: " or ")) }
        if !aiUse.isEmpty { parts.append("AI: " + aiUse.map(\.rawValue).sorted().joined(separator: "/")) }
        return parts.joined(separator: " · ")
    }

    public static let noUpperMinutes = 10_000
}

/// Orders for title lists.
public enum TitleSort: String, CaseIterable, Sendable, Codable {
    /// Best match first (with words), otherwise newest additions first.
    case relevance
    /// A–Z, leading articles ignored.
    case title
    /// Newest release first.
    case year
    /// Shortest first.
    case runtime
    /// Highest of your ratings first; unrated last.
    case rating
    /// Most recently added first.
    case added

    public var displayName: String {
        switch self {
        case .relevance: "relevance"
        case .title: "title A–Z"
        case .year: "year, newest first"
        case .runtime: "length, shortest first"
        case .rating: "my rating, highest first"
        case .added: "date added, newest first"
        }
    }
}
