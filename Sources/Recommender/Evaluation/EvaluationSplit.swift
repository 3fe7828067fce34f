import Catalog

/// A per-user random hold-out: each person's ratings are shuffled with a
/// seeded generator and a fraction of them is held out for testing.
public struct EvaluationSplit: Sendable {
    public var train: [CommunityRating]
    public var test: [CommunityRating]

    public init(train: [CommunityRating], test: [CommunityRating]) {
        self.train = train
        self.test = test
    }

    public static func random(_ ratings: [CommunityRating], testFraction: Double, seed: UInt64) -> EvaluationSplit {
        var byUser: [Int: [CommunityRating]] = [:]
        for rating in ratings { byUser[rating.user, default: []].append(rating) }
        var train: [CommunityRating] = [], test: [CommunityRating] = []
        for user in byUser.keys.sorted() {
            // Sorted first, so the split depends only on the seed, not on file order.
            var own = byUser[user]!.sorted { ($0.item, $0.timestamp) < ($1.item, $1.timestamp) }
            var generator = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: user) &* 0x9E37_79B9_7F4A_7C15)
            for index in stride(from: own.count - 1, to: 0, by: -1) {
                own.swapAt(index, Int(generator.next() % UInt64(index + 1)))
            }
            let held = Int((Double(own.count) * testFraction).rounded())
            test += own.prefix(held)
            train += own.dropFirst(held)
        }
        return EvaluationSplit(train: train, test: test)
    }
}
