import Foundation

/// Something that scores every item for one person from their history.
public protocol ItemRanker: Sendable {
    var name: String { get }
    func scores(for history: UserHistory) -> [Float]
}

/// How many people liked each item: the baseline every recommender must beat.
public struct PopularityRanker: ItemRanker {
    public let name = "popularity"
    let counts: [Float]

    public init(histories: [UserHistory], itemCount: Int) {
        var counts = [Float](repeating: 0, count: itemCount)
        for history in histories { for item in history.positives { counts[Int(item)] += 1 } }
        self.counts = counts
    }

    public func scores(for history: UserHistory) -> [Float] { counts }
}

/// Content-based taste: items described by genre (and tag) features; a
/// person's profile is the sum of what they liked minus half of what they
/// disliked; items are scored by cosine with it.
public struct ContentRanker: ItemRanker {
    public let name = "content"
    let features: [[(Int32, Float)]]
    let featureCount: Int

    public init(genres: [[Int32]], tags: [[Int32]], genreCount: Int) {
        // Tags are numbered after the genres; a tag counts half as much.
        var features: [[(Int32, Float)]] = []
        var count = genreCount
        for (own, ownTags) in zip(genres, tags) {
            var vector = own.map { ($0, Float(1)) } + ownTags.map { (Int32(genreCount) + $0, Float(0.5)) }
            let length = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            if length > 0 { vector = vector.map { ($0.0, $0.1 / length) } }
            if let last = vector.map(\.0).max() { count = max(count, Int(last) + 1) }
            features.append(vector)
        }
        self.features = features
        featureCount = count
    }

    public func profile(for history: UserHistory) -> [Float] {
        var profile = [Float](repeating: 0, count: featureCount)
        for item in history.positives { for (feature, weight) in features[Int(item)] { profile[Int(feature)] += weight } }
        for item in history.negatives { for (feature, weight) in features[Int(item)] { profile[Int(feature)] -= 0.5 * weight } }
        let length = profile.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? profile.map { $0 / length } : profile
    }

    public func scores(for history: UserHistory) -> [Float] {
        let profile = profile(for: history)
        return features.map { vector in vector.reduce(0) { $0 + profile[Int($1.0)] * $1.1 } }
    }
}

/// Item-to-item collaborative filtering (sparse item-kNN): two items are
/// similar when the same people liked both (cosine over who liked them);
/// each item keeps its `neighbours` most similar ones, and a person's score
/// for an item is the sum of its similarities to what they liked.
public struct ItemKNNRanker: ItemRanker {
    public let name = "item-knn"
    /// Per item, its nearest neighbours and their similarity.
    public let neighbours: [[(item: Int32, similarity: Float)]]

    public init(histories: [UserHistory], itemCount: Int, neighbours k: Int = 100) {
        var likers = [[Int32]](repeating: [], count: itemCount)
        for (user, history) in histories.enumerated() {
            for item in history.positives { likers[Int(item)].append(Int32(user)) }
        }
        var table: [[(item: Int32, similarity: Float)]] = Array(repeating: [], count: itemCount)
        var shared = [Float](repeating: 0, count: itemCount)
        var touched: [Int32] = []
        for item in 0..<itemCount where !likers[item].isEmpty {
            for user in likers[item] {
                for other in histories[Int(user)].positives where Int(other) != item {
                    if shared[Int(other)] == 0 { touched.append(other) }
                    shared[Int(other)] += 1
                }
            }
            let own = Float(likers[item].count)
            var candidates = touched.map { other in
                (item: other, similarity: shared[Int(other)] / (own * Float(likers[Int(other)].count)).squareRoot())
            }
            for other in touched { shared[Int(other)] = 0 }
            touched.removeAll(keepingCapacity: true)
            if candidates.count > k {
                candidates.sort { ($0.similarity, -$0.item) > ($1.similarity, -$1.item) }
                candidates.removeLast(candidates.count - k)
            }
            table[item] = candidates
        }
        neighbours = table
    }

    public func scores(for history: UserHistory) -> [Float] {
        var scores = [Float](repeating: 0, count: neighbours.count)
        for liked in history.positives {
            for neighbour in neighbours[Int(liked)] { scores[Int(neighbour.item)] += neighbour.similarity }
        }
        return scores
    }
}

/// Marquee's ranker for community data: collaborative filtering first, with
/// content taste and a little popularity to order what it leaves tied and
/// to speak for people with little history.
public struct BlendedRanker: ItemRanker {
    public let name = "marquee"
    let collaborative: ItemRanker
    let content: ContentRanker
    /// The same for everyone, so scaled once.
    let prior: [Float]
    public var contentWeight: Float = 0.01
    public var popularityWeight: Float = 0

    public init(collaborative: ItemRanker, content: ContentRanker, popularity: PopularityRanker) {
        self.collaborative = collaborative
        self.content = content
        prior = Self.normalised(popularity.counts)
    }

    public func scores(for history: UserHistory) -> [Float] {
        let cf = Self.normalised(collaborative.scores(for: history))
        let taste = Self.normalised(content.scores(for: history))
        return cf.indices.map { cf[$0] + contentWeight * taste[$0] + popularityWeight * prior[$0] }
    }

    /// Scaled so the best item scores 1.
    static func normalised(_ scores: [Float]) -> [Float] {
        guard let best = scores.max(), best > 0 else { return scores }
        return scores.map { $0 / best }
    }
}
