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

    /// `globalMean`: the mean of every imported rating.
    public init(mean: Float, count: Int, globalMean: Float) {
        self.mean = mean
        self.count = count
        let shrunk = (Float(count) * mean + Self.pseudoCount * globalMean) / (Float(count) + Self.pseudoCount)
        prior = min(max((shrunk - globalMean) / Self.fullSpread, -1), 1)
    }

    /// "rated 4.2★ by 1,204 people" (grouped by hand: a locale must not
    /// turn 1,204 into 1.204 or 1204).
    public var summary: String {
        let mean = (self.mean * 10).rounded() / 10
        var digits = String(count)
        var groups = ""
        while digits.count > 3 {
            groups = "," + digits.suffix(3) + groups
            digits.removeLast(3)
        }
        return "rated \(mean)★ by \(digits + groups) \(count == 1 ? "person" : "people")"
    }

    /// As if this many people had rated every title at the community's mean.
    public static let pseudoCount: Float = 10
    /// A shrunk mean this far above the community's mean counts as acclaim.
    public static let fullSpread: Float = 0.6
}
