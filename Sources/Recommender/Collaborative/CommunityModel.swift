import Catalog

/// Learns `CommunityLinks` from community ratings: EASE over every film
/// someone liked (matched to the catalog or not, since unmatched films still
/// tell which matched ones go together), then, for each matched film, its
/// strongest positive weights toward other matched films.
public enum CommunityModel {
    public struct Outcome: Sendable {
        public var links: CommunityLinks
        /// "EASE (λ = 100) over 4469 films".
        public var description: String
    }

    /// Above this many films the dense model's memory (n² doubles, twice)
    /// gets large; rarer films are then left out of it.
    public static let maximumModelItems = 6000

    public static func learn(from dataset: CommunityDataset, matches: [Int: TitleID], linksPerTitle: Int = 50) -> Outcome {
        let data = InteractionData(dataset: dataset)
        var users: [Int: Int] = [:], histories: [UserHistory] = []
        data.addHistories(dataset.ratings, users: &users, into: &histories)
        let minimumLikers = smallestLikerCount(histories: histories, itemCount: data.itemCount)
        guard let ease = EASERanker(histories: histories, itemCount: data.itemCount, minimumLikers: minimumLikers) else {
            return Outcome(links: .empty, description: "no model: the ratings did not give a usable one")
        }
        var matchedItems: [(item: Int32, title: TitleID)] = []
        for (movie, title) in matches {
            if let item = data.itemIndex[movie] { matchedItems.append((item, title)) }
        }
        matchedItems.sort { $0.item < $1.item }
        var outgoing: [TitleID: [TitleID: Float]] = [:]
        for source in matchedItems {
            for target in matchedItems where target.title != source.title {
                let weight = ease.weight(from: source.item, to: target.item)
                guard weight > 0 else { continue }
                outgoing[source.title, default: [:]][target.title] = max(weight, outgoing[source.title]?[target.title] ?? 0)
            }
        }
        let links = outgoing.mapValues { targets in
            targets.map { CommunityLinks.Link(target: $0.key, weight: $0.value) }
                .sorted { ($0.weight, $1.target.rawValue) > ($1.weight, $0.target.rawValue) }
                .prefix(linksPerTitle).map { $0 }
        }
        let rare = minimumLikers > 1 ? ", films liked by at least \(minimumLikers) people" : ""
        return Outcome(links: CommunityLinks(outgoing: links),
                       description: "EASE (λ = \(Int(EASERanker.defaultLambda))) over \(ease.items.count) films\(rare)")
    }

    /// The least number of likers that keeps the model within `maximumModelItems`.
    static func smallestLikerCount(histories: [UserHistory], itemCount: Int) -> Int {
        var likers = [Int](repeating: 0, count: itemCount)
        for history in histories { for item in history.positives { likers[Int(item)] += 1 } }
        var threshold = 1
        while likers.filter({ $0 >= threshold }).count > maximumModelItems { threshold += 1 }
        return threshold
    }
}
