import Catalog

/// Content-based taste from the person's own ratings.
///
/// Each rated title pulls toward its features with weight (stars − 3) / 2
/// (5★ = +1, 1★ = −1); "not for me" counts −0.5; an unrated title the
/// person watched or liked elsewhere counts as a mild liking
/// (`ImplicitSignal.tasteWeight`: 0.1 watched, 0.5 liked). The profile is the
/// weighted sum of rated titles' feature vectors divided by the total
/// absolute weight, so `score(c)` is the weighted mean cosine similarity of
/// `c` to everything rated, and splits exactly into one term per rated title
/// (which is what explanations name).
public struct TasteProfile: Sendable {
    public struct Evidence: Sendable, Hashable {
        public var position: Int
        public var weight: Float
        public var rating: Rating?
        /// Set for a title that was watched or liked but not rated.
        public var implicit: ImplicitSignal?
    }

    public let evidence: [Evidence]
    private let dense: [Float]
    private let totalWeight: Float

    /// How much taste should count: grows with the number of ratings (a
    /// watched or liked title adds its confidence) and is full from ten on,
    /// so a single rating cannot take over the list.
    public let strength: Float

    public static let hiddenWeight: Float = -0.5

    /// No title's score exceeds this: a title's features are a unit vector
    /// with no negative weight, so its score is at most the length of the
    /// profile's positive part (the suggestion index's bound on taste).
    let largestScore: Float

    public init(library: Library, signals: UserSignals) {
        var evidence: [Evidence] = []
        for (id, rating) in signals.ratings {
            guard let position = library.position(of: id) else { continue }
            evidence.append(Evidence(position: position, weight: Float(rating.stars - 3) / 2, rating: rating))
        }
        for id in signals.hidden where signals.ratings[id] == nil {
            guard let position = library.position(of: id) else { continue }
            evidence.append(Evidence(position: position, weight: Self.hiddenWeight, rating: nil))
        }
        let implicit = ImplicitSignal.unrated(in: signals)
        for (id, signal) in implicit where !signals.hidden.contains(id) {
            guard let position = library.position(of: id) else { continue }
            evidence.append(Evidence(position: position, weight: signal.tasteWeight, rating: nil, implicit: signal))
        }
        evidence.sort { $0.position < $1.position }
        self.evidence = evidence
        // Without evidence nothing is read (`isEmpty`): no vector the size of the vocabulary.
        var dense = [Float](repeating: 0, count: evidence.isEmpty ? 0 : library.featureNames.count)
        var total: Float = 0
        for item in evidence where item.weight != 0 {
            let vector = library.features[item.position]
            for k in vector.indices.indices { dense[Int(vector.indices[k])] += item.weight * vector.weights[k] }
            total += abs(item.weight)
        }
        self.totalWeight = total
        if total > 0 { for k in dense.indices { dense[k] /= total } }
        self.dense = dense
        self.largestScore = dense.reduce(Float(0)) { $0 + max($1, 0) * max($1, 0) }.squareRoot()
        // A viewing or a like is partial evidence: it adds its confidence.
        let implicitCount = implicit.filter { !signals.hidden.contains($0.key) }.values.reduce(0) { $0 + $1.confidence }
        self.strength = min(1, (Float(signals.ratings.count) + implicitCount) / 10)
    }

    public var isEmpty: Bool { totalWeight == 0 }

    /// The profile's weight of one feature (what a unit of it adds to a score).
    func weight(of feature: Int32) -> Float { dense[Int(feature)] }

    /// Weighted mean similarity to the rated titles, in −1…1.
    public func score(_ features: FeatureVector) -> Float {
        isEmpty ? 0 : features.dot(dense: dense)
    }

    /// The same score split into one term per rated title, largest first.
    public func contributions(_ features: FeatureVector, library: Library) -> [(evidence: Evidence, value: Float)] {
        guard !isEmpty else { return [] }
        return evidence.map { item in
            (item, item.weight * library.features[item.position].dot(features) / totalWeight)
        }.sorted { $0.value > $1.value }
    }
}
