import Catalog
import Foundation

/// Runs rankers over a train/test split and measures them the same way:
/// full ranking over every item, each person's training items excluded.
public struct OfflineEvaluation: Sendable {
    /// What one ranker scored, averaged over the tested people.
    public struct Result: Sendable, Codable {
        public var ranker: String
        public var hitRate10: Double
        public var ndcg10: Double
        public var recall20: Double
        public var coverage10: Double
        public var diversity10: Double
        public var calibrationKL10: Double
        public var users: Int
    }

    public let data: InteractionData
    /// Training histories by dense user number.
    public let histories: [UserHistory]
    /// Dense user number → held-out positives, for the people tested.
    public let heldOut: [Int: Set<Int32>]
    /// Dense user number → the dataset's user id.
    public let userIDs: [Int]
    public static let positiveThreshold: Float = 4
    public static let minimumPositives = 5

    public init(data: InteractionData, split: EvaluationSplit) {
        self.data = data
        var users: [Int: Int] = [:], histories: [UserHistory] = []
        data.addHistories(split.train, users: &users, into: &histories)
        var heldOut: [Int: Set<Int32>] = [:]
        for rating in split.test where rating.stars >= Self.positiveThreshold {
            // Someone seen only in the test part gets an empty history.
            let user = InteractionData.person(rating.user, users: &users, histories: &histories)
            if let item = data.itemIndex[rating.item] { heldOut[user, default: []].insert(item) }
        }
        // People with at least five positives in all are tested.
        heldOut = heldOut.filter { user, items in histories[user].positives.count + items.count >= Self.minimumPositives }
        self.histories = histories
        self.heldOut = heldOut
        var ids = [Int](repeating: 0, count: histories.count)
        for (id, number) in users { ids[number] = id }
        userIDs = ids
    }

    /// The people tested, in dense order.
    public var testedUsers: [Int] { heldOut.keys.sorted() }

    /// Ranks, for each tested person, the `count` best items they have not rated in training.
    public func recommendations(_ ranker: ItemRanker, count: Int) -> [Int: [Int32]] {
        var lists: [Int: [Int32]] = [:]
        for user in testedUsers {
            lists[user] = RankingMetrics.topK(ranker.scores(for: histories[user]), k: count, excluded: histories[user].rated)
        }
        return lists
    }

    public func measure(_ ranker: ItemRanker) -> (result: Result, lists: [Int: [Int32]]) {
        let lists = recommendations(ranker, count: 20)
        return (measure(name: ranker.name, lists: lists), lists)
    }

    /// The metrics of given top-20 lists, one per tested person.
    public func measure(name: String, lists: [Int: [Int32]]) -> Result {
        let users = testedUsers
        var hit = 0.0, ndcg = 0.0, recall = 0.0, diversity = 0.0, calibration = 0.0
        var shown = Set<Int32>()
        for user in users {
            let list = lists[user] ?? [], relevant = heldOut[user] ?? []
            hit += RankingMetrics.hit(list, relevant: relevant, k: 10)
            ndcg += RankingMetrics.ndcg(list, relevant: relevant, k: 10)
            recall += RankingMetrics.recall(list, relevant: relevant, k: 20)
            diversity += RankingMetrics.intraListDiversity(list, genres: data.genres, k: 10)
            let top = RankingMetrics.genreDistribution(Array(list.prefix(10)), genres: data.genres, genreCount: data.genreNames.count)
            calibration += RankingMetrics.calibrationKL(history: historyGenres(user), list: top)
            shown.formUnion(list.prefix(10))
        }
        let n = Double(max(users.count, 1))
        return Result(ranker: name, hitRate10: hit / n, ndcg10: ndcg / n, recall20: recall / n,
                      coverage10: Double(shown.count) / Double(max(data.itemCount, 1)),
                      diversity10: diversity / n, calibrationKL10: calibration / n, users: users.count)
    }

    private func historyGenres(_ user: Int) -> [Double] {
        RankingMetrics.genreDistribution(histories[user].positives, genres: data.genres, genreCount: data.genreNames.count)
    }

    /// The popularity and content baselines, the two collaborative models on
    /// their own, and Marquee's ranker (the last).
    public func standardRankers() -> [ItemRanker] {
        let popularity = PopularityRanker(histories: histories, itemCount: data.itemCount)
        let content = ContentRanker(genres: data.genres, tags: data.tags, genreCount: data.genreNames.count)
        let knn = ItemKNNRanker(histories: histories, itemCount: data.itemCount)
        var rankers: [ItemRanker] = [popularity, content, knn]
        if let ease = EASERanker(histories: histories, itemCount: data.itemCount) {
            rankers.append(ease)
            rankers.append(BlendedRanker(collaborative: ease, content: content, popularity: popularity))
        } else {
            rankers.append(BlendedRanker(collaborative: knn, content: content, popularity: popularity))
        }
        return rankers
    }

    public enum DialMethod: String, Sendable, CaseIterable {
        case mmr, calibrated
    }

    /// The diversity dial's trade-off: `ranker`'s top `pool` per person
    /// re-ranked by each method at each dial setting, methods in turn.
    public func dialResults(_ ranker: ItemRanker, methods: [DialMethod] = DialMethod.allCases, settings: [Double],
                            pool: Int = 100) -> [Result] {
        // Each person's scores are worked out once, for the pool and its relevance alike.
        var pools: [Int: (items: [Int32], relevance: [Float])] = [:]
        for user in testedUsers {
            let all = ranker.scores(for: histories[user])
            let items = RankingMetrics.topK(all, k: pool, excluded: histories[user].rated)
            let values = items.map { all[Int($0)] }
            // Relevance on a 0…1 scale so the dial means the same for every person.
            let low = values.min() ?? 0, high = values.max() ?? 0
            pools[user] = (items, values.map { high > low ? ($0 - low) / (high - low) : 1 })
        }
        let genres = data.genres
        return methods.flatMap { method in
            settings.map { dial in
                var lists: [Int: [Int32]] = [:]
                for user in testedUsers {
                    let (list, scores) = pools[user] ?? ([], [])
                    let picks: [Int] = switch method {
                    case .mmr:
                        Reranking.maximalMarginalRelevance(scores: scores, limit: 20, lambda: Float(dial)) { a, b in
                            Float(1 - RankingMetrics.genreDistance(genres[Int(list[a])], genres[Int(list[b])]))
                        }
                    case .calibrated:
                        Reranking.calibrated(scores: scores, limit: 20, lambda: dial, target: historyGenres(user)) {
                            genres[Int(list[$0])]
                        }
                    }
                    lists[user] = picks.map { list[$0] }
                }
                return measure(name: "\(method.rawValue) \(String(format: "%.2f", dial))", lists: lists)
            }
        }
    }
}
