/// What a community's ratings say about catalog titles: for each title, the
/// titles its likers also liked, with how much liking the first adds to the
/// second. Learned at import (see `CommunityModel` in the recommender) and
/// read at launch.
public struct CommunityLinks: Sendable, Hashable {
    public struct Link: Sendable, Hashable {
        public var target: TitleID
        public var weight: Float

        public init(target: TitleID, weight: Float) {
            self.target = target
            self.weight = weight
        }
    }

    /// Source title → its strongest links, strongest first.
    public let outgoing: [TitleID: [Link]]
    /// How well the community rated each matched title.
    public let standings: [TitleID: CommunityStanding]

    public init(outgoing: [TitleID: [Link]], standings: [TitleID: CommunityStanding] = [:]) {
        self.outgoing = outgoing
        self.standings = standings
    }

    public static let empty = CommunityLinks(outgoing: [:])

    public var isEmpty: Bool { outgoing.isEmpty }

    public var linkCount: Int { outgoing.values.reduce(0) { $0 + $1.count } }
}
