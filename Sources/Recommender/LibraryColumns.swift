import Catalog

/// What the library works out from every title, apart from the titles:
/// mood profiles (curated, else inferred from genres, title words and
/// description cues), audiences and taste features.
///
/// Working them out is most of a launch's library time (MoodInference,
/// AudienceInference, FeatureVocabulary), so the app keeps them in the
/// catalog index after the first launch (`encoded()`, `init(decoding:)`) and
/// later launches read them back instead.
public struct LibraryColumns: Equatable, Sendable {
    /// By position: curated where a profile override exists, else inferred.
    public var profiles: [MoodProfile]
    /// By position: curated where an audience is given, else inferred.
    public var madeFor: [MadeFor]
    public var features: [FeatureVector]
    /// Per feature number, its name ("genre:drama", "decade:1990s"); empty
    /// for people (directors, cast), whom only their numbers tell apart.
    public var featureNames: [String]
    /// Per feature number, its `FeatureClass`.
    var featureClasses: [UInt8]
    /// Every position, newest additions first (undated last), then by name:
    /// the browse list's order, a sort of the whole catalog (seconds at a million).
    public var newestFirst: [Int32]

    public var count: Int { profiles.count }

    /// Per feature number, whether it is a person (a director or one of the
    /// first six billed): what `SimilarCandidates` calls sharing people.
    var personFeatures: [Bool] {
        featureClasses.map { $0 == FeatureClass.director || $0 == FeatureClass.cast }
    }

    /// Works them out: `profileOverrides` and `audiences` (curated) win over
    /// inference, which reads genres, title words and the `cues`.
    public init(titles: [Title], profileOverrides: [TitleID: MoodProfile] = [:], audiences: [TitleID: MadeFor] = [:],
                cues: [TitleID: [String]] = [:]) {
        madeFor = titles.map { audiences[$0.id] ?? AudienceInference.madeFor($0, cues: cues[$0.id] ?? []) }
        let profiles = titles.map { profileOverrides[$0.id] ?? MoodInference.profile(for: $0, cues: cues[$0.id] ?? []) }
        self.profiles = profiles
        var vocabulary = FeatureVocabulary()
        features = titles.indices.map { vocabulary.vector(for: titles[$0], tones: profiles[$0].tones) }
        featureNames = vocabulary.names
        featureClasses = vocabulary.classes
        newestFirst = Self.newestFirst(titles)
    }

    static func newestFirst(_ titles: [Title]) -> [Int32] {
        // Days in a flat array (undated as the smallest, so last): comparing
        // optional dates field by field in the sort cost more than the sort.
        let days = titles.map { $0.dateAdded?.dayNumber ?? Int.min }
        return titles.indices.sorted { a, b in
            days[a] != days[b] ? days[a] > days[b] : titles[a].name < titles[b].name
        }.map { Int32($0) }
    }

    init(profiles: [MoodProfile], madeFor: [MadeFor], features: [FeatureVector], featureNames: [String],
         featureClasses: [UInt8], newestFirst: [Int32]) {
        self.profiles = profiles
        self.madeFor = madeFor
        self.features = features
        self.featureNames = featureNames
        self.featureClasses = featureClasses
        self.newestFirst = newestFirst
    }
}
