/// Ratings from a community of viewers (MovieLens format), used for
/// collaborative filtering and offline evaluation.
public struct CommunityRating: Sendable, Hashable {
    public var user: Int
    public var item: Int
    /// 0.5 to 5 stars.
    public var stars: Float
    public var timestamp: Int

    public init(user: Int, item: Int, stars: Float, timestamp: Int = 0) {
        self.user = user
        self.item = item
        self.stars = stars
        self.timestamp = timestamp
    }
}

/// A film of a community dataset: its own id, title, year and genre labels.
public struct CommunityItem: Sendable, Hashable {
    public var id: Int
    public var title: String
    public var year: Int?
    public var genres: [String]

    public init(id: Int, title: String, year: Int? = nil, genres: [String] = []) {
        self.id = id
        self.title = title
        self.year = year
        self.genres = genres
    }
}

/// Ratings, items and optional tags of one community dataset.
public struct CommunityDataset: Sendable {
    public var ratings: [CommunityRating]
    public var items: [CommunityItem]
    /// Free-text tags per item, lowercased.
    public var tags: [Int: [String]]

    public init(ratings: [CommunityRating], items: [CommunityItem], tags: [Int: [String]] = [:]) {
        self.ratings = ratings
        self.items = items
        self.tags = tags
    }
}
