/// How well a community of viewers rated a title (imported ratings), as a
/// standing prior for titles no curator judged: the mean is pulled toward
/// the community's overall mean until enough people rated it, so one
/// person's five stars do not make an obscure title acclaimed.
public struct CommunityStanding: Sendable, Hashable {
    /// The title's own mean, 0.5…5 stars.
    public var mean: Float
    public var count: Int
    /// −1 … 1, on the scale of `Standing.prior`.
    public var prior: Float
    /// Whose ratings these are, for "rated 4.2★ by 1,204 people (imported ratings)".
    public var origin: String

    /// `globalMean`: the mean of every rating of the same community.
    public init(mean: Float, count: Int, globalMean: Float, origin: String = "imported ratings") {
        self.mean = mean
        self.count = count
        self.origin = origin
        let shrunk = (Float(count) * mean + Self.pseudoCount * globalMean) / (Float(count) + Self.pseudoCount)
        prior = min(max((shrunk - globalMean) / Self.fullSpread, -1), 1)
    }

    /// "rated 4.2★ by 1,204 people".
    public var summary: String {
        let mean = (self.mean * 10).rounded() / 10
        return "rated \(mean)★ by \(NumberText.grouped(count)) \(count == 1 ? "person" : "people")"
    }

    /// As if this many people had rated every title at the community's mean.
    public static let pseudoCount: Float = 10
    /// A shrunk mean this far above the community's mean counts as acclaim.
    public static let fullSpread: Float = 0.6
}
