import Catalog

/// A title as a sparse, unit-length vector of content features (genres,
/// directors, leading cast, countries, decade, kind) for content-based taste.
public struct FeatureVector: Sendable, Hashable {
    public var indices: [Int32]
    public var weights: [Float]

    /// Cosine similarity (both vectors are unit length); indices are sorted.
    public func dot(_ other: FeatureVector) -> Float {
        var i = 0, j = 0, total: Float = 0
        while i < indices.count, j < other.indices.count {
            if indices[i] == other.indices[j] {
                total += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if indices[i] < other.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }

    /// Dot product with a dense vector indexed by feature.
    public func dot(dense: [Float]) -> Float {
        var total: Float = 0
        for k in indices.indices { total += weights[k] * dense[Int(indices[k])] }
        return total
    }
}

/// Assigns feature numbers while the library is built.
struct FeatureVocabulary {
    private(set) var names: [String] = []
    private var numbers: [String: Int32] = [:]

    /// How much each kind of feature counts before normalisation.
    enum Weight {
        static let genre: Float = 1.0
        static let descriptiveGenre: Float = 0.5
        static let director: Float = 0.8
        static let castMember: Float = 0.4
        static let country: Float = 0.3
        static let decade: Float = 0.3
        static let kind: Float = 0.2
        static let castLimit = 6
        static let countryLimit = 3
    }

    mutating func number(_ name: String) -> Int32 {
        if let number = numbers[name] { return number }
        let number = Int32(names.count)
        names.append(name)
        numbers[name] = number
        return number
    }

    mutating func vector(for title: Title) -> FeatureVector {
        var raw: [Int32: Float] = [:]
        for genre in title.genres {
            raw[number("genre:\(genre.rawValue)")] = genre.isDescriptiveOnly ? Weight.descriptiveGenre : Weight.genre
        }
        for director in title.directors { raw[number("director:\(director)")] = Weight.director }
        for member in title.cast.prefix(Weight.castLimit) { raw[number("cast:\(member)")] = Weight.castMember }
        for country in title.countries.prefix(Weight.countryLimit) { raw[number("country:\(country)")] = Weight.country }
        raw[number("decade:\(title.year / 10 * 10)s")] = Weight.decade
        raw[number("kind:\(title.kind.rawValue)")] = Weight.kind
        let length = raw.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let sorted = raw.sorted { $0.key < $1.key }
        return FeatureVector(indices: sorted.map(\.key), weights: sorted.map { $0.value / length })
    }
}
