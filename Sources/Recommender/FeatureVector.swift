import Catalog

/// A title as a sparse, unit-length vector of content features (genres,
/// directors, leading cast, countries, decade, kind, and its mood profile's
/// strong tones) for content-based taste.
public struct FeatureVector: Sendable, Hashable {
    public var indices: [Int32]
    public var weights: [Float]

    /// Cosine similarity (both vectors are unit length); indices are sorted.
    /// Summed in double precision, so the result does not depend on the
    /// order feature numbers were given in: a library of a few titles (`marquee
    /// show`) numbers them otherwise than the whole catalog, and ties must
    /// stay ties for both to list similar titles alike.
    public func dot(_ other: FeatureVector) -> Float {
        var i = 0, j = 0, total: Double = 0
        while i < indices.count, j < other.indices.count {
            if indices[i] == other.indices[j] {
                total += Double(weights[i]) * Double(other.weights[j])
                i += 1
                j += 1
            } else if indices[i] < other.indices[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Float(total)
    }

    /// Dot product with a dense vector indexed by feature.
    public func dot(dense: [Float]) -> Float {
        var total: Float = 0
        for k in indices.indices { total += weights[k] * dense[Int(indices[k])] }
        return total
    }
}

/// Assigns feature numbers while the library is built.
///
/// Each kind of feature has its own table keyed by the bare value, so a
/// title's features are looked up without building a "genre:…" string for
/// each; the prefixed name is made once, when a feature is first seen
/// (people get none: see `vector`).
/// At a million titles this is most of the library's build time.
struct FeatureVocabulary {
    private(set) var names: [String] = []
    private var genres: [Genre: Int32] = [:]
    private var directors: [String: Int32] = [:]
    private var cast: [String: Int32] = [:]
    private var countries: [String: Int32] = [:]
    private var decades: [Int: Int32] = [:]
    private var kinds: [TitleKind: Int32] = [:]
    private var tones: [Tone: Int32] = [:]

    /// How much each kind of feature counts before normalisation.
    enum Weight {
        static let genre: Float = 1.0
        static let descriptiveGenre: Float = 0.5
        static let director: Float = 0.8
        static let castMember: Float = 0.4
        static let country: Float = 0.3
        static let decade: Float = 0.3
        static let kind: Float = 0.2
        /// Per unit of tone weight, for tones of at least `toneFloor`: how a
        /// title feels counts beside what it is.
        static let tone: Float = 0.5
        static let toneFloor: Float = 0.2
        static let castLimit = 6
        static let countryLimit = 3
    }

    /// For each feature number, what kind of feature it is (`FeatureClass`).
    var classes: [UInt8] {
        var classes = [UInt8](repeating: FeatureClass.other, count: names.count)
        for (genre, number) in genres { classes[Int(number)] = FeatureClass.genre(genre) }
        for number in directors.values { classes[Int(number)] = FeatureClass.director }
        for number in cast.values { classes[Int(number)] = FeatureClass.cast }
        for number in countries.values { classes[Int(number)] = FeatureClass.country }
        for number in decades.values { classes[Int(number)] = FeatureClass.decade }
        for number in kinds.values { classes[Int(number)] = FeatureClass.kind }
        for number in tones.values { classes[Int(number)] = FeatureClass.tone }
        return classes
    }

    private static func number<Key: Hashable>(_ key: Key, in table: inout [Key: Int32], names: inout [String],
                                              name: () -> String) -> Int32 {
        if let number = table[key] { return number }
        let number = Int32(names.count)
        names.append(name())
        table[key] = number
        return number
    }

    mutating func vector(for title: Title, tones toneWeights: ToneVector = ToneVector()) -> FeatureVector {
        var raw: [(Int32, Float)] = []
        raw.reserveCapacity(title.genres.count + title.directors.count + Weight.castLimit + Weight.countryLimit + 2)
        for genre in title.genres {
            raw.append((Self.number(genre, in: &genres, names: &names) { "genre:\(genre.rawValue)" },
                        genre.isDescriptiveOnly ? Weight.descriptiveGenre : Weight.genre))
        }
        // People go unnamed: nothing reads a person feature's name (the titles
        // name them), and at a million titles they are most of the vocabulary.
        for director in title.directors { raw.append((Self.number(director, in: &directors, names: &names) { "" }, Weight.director)) }
        for member in title.cast.prefix(Weight.castLimit) { raw.append((Self.number(member, in: &cast, names: &names) { "" }, Weight.castMember)) }
        for country in title.countries.prefix(Weight.countryLimit) {
            raw.append((Self.number(country, in: &countries, names: &names) { "country:\(country)" }, Weight.country))
        }
        let decade = title.year / 10 * 10
        raw.append((Self.number(decade, in: &decades, names: &names) { "decade:\(decade)s" }, Weight.decade))
        raw.append((Self.number(title.kind, in: &kinds, names: &names) { "kind:\(title.kind.rawValue)" }, Weight.kind))
        for tone in Tone.allCases where toneWeights[tone] >= Weight.toneFloor {
            raw.append((Self.number(tone, in: &tones, names: &names) { "tone:\(tone.rawValue)" }, Weight.tone * toneWeights[tone]))
        }

        // A repeated feature (a name listed twice) always has one weight, since
        // each kind has its own numbers: keep it once.
        raw.sort { $0.0 < $1.0 }
        var indices: [Int32] = [], weights: [Float] = []
        indices.reserveCapacity(raw.count)
        weights.reserveCapacity(raw.count)
        for (feature, weight) in raw where indices.last != feature {
            indices.append(feature)
            weights.append(weight)
        }
        // In double precision, as `dot`: the same whatever order the numbers came in.
        let length = Float(weights.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot())
        return FeatureVector(indices: indices, weights: weights.map { $0 / length })
    }
}

/// What a feature number stands for, a byte per feature: the candidate
/// indexes bound likeness and taste by the kinds of features titles share.
enum FeatureClass {
    static let other: UInt8 = 0
    static let director: UInt8 = 1
    static let cast: UInt8 = 2
    static let country: UInt8 = 3
    static let decade: UInt8 = 4
    static let kind: UInt8 = 5
    static let tone: UInt8 = 6
    /// Genres are `firstGenre` + their place in `Genre.allCases` (the bit of `Genre.mask`).
    static let firstGenre: UInt8 = 64

    static func genre(_ genre: Genre) -> UInt8 { firstGenre + UInt8(Genre.allCases.firstIndex(of: genre)!) }

    /// The genre's bit in `Genre.mask`, or 0 for another class.
    static func genreBit(_ code: UInt8) -> UInt32 { code >= firstGenre ? 1 << UInt32(code - firstGenre) : 0 }
}
