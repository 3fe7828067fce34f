import Catalog

/// Community ratings re-indexed densely for ranking: items are numbered
/// 0..<itemCount in dataset order, users in order of first appearance.
public struct InteractionData: Sendable {
    public let items: [CommunityItem]
    public let itemIndex: [Int: Int32]
    /// Genre labels per dense item (for content scores, diversity and calibration).
    public let genres: [[Int32]]
    public let genreNames: [String]
    public let tags: [[Int32]]

    public init(dataset: CommunityDataset, extraItemIDs: [Int] = []) {
        var items = dataset.items
        var index: [Int: Int32] = [:]
        for (position, item) in items.enumerated() { index[item.id] = Int32(position) }
        // A rated film missing from movies.csv still gets a place, without genres.
        for rating in dataset.ratings where index[rating.item] == nil {
            index[rating.item] = Int32(items.count)
            items.append(CommunityItem(id: rating.item, title: "movie \(rating.item)"))
        }
        self.items = items
        itemIndex = index
        var genreNumbers: [String: Int32] = [:], names: [String] = []
        genres = items.map { item in
            item.genres.map { name in
                if let number = genreNumbers[name] { return number }
                genreNumbers[name] = Int32(names.count)
                names.append(name)
                return Int32(names.count - 1)
            }
        }
        genreNames = names
        var tagNumbers: [String: Int32] = [:]
        tags = items.map { item in
            Array(Set((dataset.tags[item.id] ?? []).map { tag in
                if let number = tagNumbers[tag] { return number }
                let number = Int32(tagNumbers.count)
                tagNumbers[tag] = number
                return number
            })).sorted()
        }
    }

    public var itemCount: Int { items.count }

    /// Adds `ratings` to per-person histories as dense item numbers: ratings
    /// of `positiveThreshold` and up are positives, the rest negatives. People
    /// are numbered in order of first appearance; `users` maps their ids to
    /// those numbers and grows with them.
    /// The dense number of a person, giving a newcomer the next number and an empty history.
    public static func person(_ id: Int, users: inout [Int: Int], histories: inout [UserHistory]) -> Int {
        if let known = users[id] { return known }
        users[id] = histories.count
        histories.append(UserHistory())
        return histories.count - 1
    }

    public func addHistories(_ ratings: [CommunityRating], users: inout [Int: Int], into histories: inout [UserHistory]) {
        for rating in ratings {
            let user = Self.person(rating.user, users: &users, histories: &histories)
            guard let item = itemIndex[rating.item] else { continue }
            if rating.stars >= OfflineEvaluation.positiveThreshold {
                histories[user].positives.append(item)
            } else {
                histories[user].negatives.append(item)
            }
            histories[user].rated.insert(item)
        }
    }
}

/// One person's ratings as dense item numbers.
public struct UserHistory: Sendable {
    public var positives: [Int32] = []
    public var negatives: [Int32] = []
    /// Every rated item, positive or not: never recommended back.
    public var rated: Set<Int32> = []

    public init() {}
}
