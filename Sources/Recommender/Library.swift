import Catalog

/// The catalog in memory, ready for scoring: titles, their mood profiles and
/// their taste features, addressed by position.
///
/// Built once at launch and shared read-only by the view-model and the
/// recommender, so it is a class; nothing in it changes after `init`.
public final class Library: Sendable {
    public let titles: [Title]
    public let profiles: [MoodProfile]
    public let features: [FeatureVector]
    /// Per feature number, its name; empty for people (`LibraryColumns`).
    public let featureNames: [String]
    /// Per feature number, whether it is a person (director or leading cast).
    let personFeatures: [Bool]
    /// Per feature number, its `FeatureClass`.
    let featureClasses: [UInt8]
    /// Every position, newest additions first (undated last), then by name.
    public let newestFirst: [Int32]
    private let positions: [TitleID: Int]
    /// Where "new on the catalog" is measured from: the most recent "date
    /// added" but one in a hundred titles, at most the 20th, so that a few
    /// late stragglers do not make everything else old; and never the wall
    /// clock, so suggestions do not drift from day to day.
    public let newestAddition: CalendarDate?
    private let newestAdditionDay: Int?
    static let newAnchorRank = 20
    /// One-sentence premises written by the project for curated titles.
    public let loglines: [TitleID: String]
    /// How well regarded each title is, where a curator knows (by position).
    public let standings: [Standing?]
    /// Who each title is made for: curated, else inferred (by position).
    public let madeFor: [MadeFor]
    /// The position of the title that stands for each title's work: itself,
    /// or the original of a dub or alternate-language release.
    public let works: [Int]
    /// The titles of every work with more than one, keyed by its
    /// representative: the representative first, then catalog order.
    let versionGroups: [Int: [Int]]
    /// Whether each title's work has other versions (a cheap test per row).
    let hasVersions: [Bool]
    /// Each title's genres as bits (`Genre.mask`), for quick comparisons.
    public let genreMasks: [UInt32]
    /// Description cue words, by title (the catalog's cues.tsv); inference
    /// uses them for titles without a curated profile.
    public let cues: [TitleID: [String]]
    /// How each curated profile was judged, where its file says.
    public let curationMethods: [TitleID: CurationMethod]
    /// Candidate indexes for suggestions and similar titles, built on first use.
    let indexes = LibraryIndexes()

    /// `profileOverrides` (curated profiles) win over inference, which
    /// reads genres, title words and description `cues`; the curated
    /// `audiences` win over what maturity and title words suggest. `columns`
    /// are all of that worked out before (a later launch reads them from the
    /// catalog index); without them, or for another number of titles, they
    /// are worked out here. `works` are the version groups the catalog index
    /// stored; without them they are worked out here (`VersionGrouping.works`).
    public init(titles: [Title], profileOverrides: [TitleID: MoodProfile] = [:], loglines: [TitleID: String] = [:],
                standings: [TitleID: Standing] = [:], audiences: [TitleID: MadeFor] = [:],
                cues: [TitleID: [String]] = [:], curationMethods: [TitleID: CurationMethod] = [:], works: [Int]? = nil,
                columns: LibraryColumns? = nil) {
        let columns = columns.flatMap { $0.count == titles.count ? $0 : nil }
            ?? LibraryColumns(titles: titles, profileOverrides: profileOverrides, audiences: audiences, cues: cues)
        self.loglines = loglines
        self.cues = cues
        self.curationMethods = curationMethods
        self.madeFor = columns.madeFor
        let works = works.flatMap { $0.count == titles.count ? $0 : nil } ?? VersionGrouping.works(titles)
        self.works = works
        let groups = VersionGrouping.groups(works)
        self.versionGroups = groups
        var hasVersions = [Bool](repeating: false, count: titles.count)
        for members in groups.values { for member in members { hasVersions[member] = true } }
        self.hasVersions = hasVersions
        self.titles = titles
        self.genreMasks = titles.map { Genre.mask($0.genres) }
        var positions: [TitleID: Int] = [:]
        positions.reserveCapacity(titles.count)
        for (index, title) in titles.enumerated() { positions[title.id] = index }
        self.positions = positions
        // Few titles have a standing: placed by position, not looked up for every title.
        var standingsByPosition = [Standing?](repeating: nil, count: titles.count)
        for (id, standing) in standings { if let position = positions[id] { standingsByPosition[position] = standing } }
        self.standings = standingsByPosition
        self.profiles = columns.profiles
        self.features = columns.features
        self.featureNames = columns.featureNames
        self.personFeatures = columns.personFeatures
        self.featureClasses = columns.featureClasses
        self.newestFirst = columns.newestFirst
        self.newestAddition = Self.anchor(of: titles)
        self.newestAdditionDay = newestAddition?.dayNumber
    }

    /// The `newAnchorRank`-th most recent date added, at most one in a
    /// hundred dated titles deep: kept in a short sorted list in one pass
    /// rather than by sorting every date.
    static func anchor(of titles: [Title]) -> CalendarDate? {
        var dated = 0
        var newest: [CalendarDate] = []  // falling, at most newAnchorRank long
        for title in titles {
            guard let added = title.dateAdded else { continue }
            dated += 1
            if newest.count == newAnchorRank, added <= newest[newAnchorRank - 1] { continue }
            let place = newest.firstIndex { added > $0 } ?? newest.count
            newest.insert(added, at: place)
            if newest.count > newAnchorRank { newest.removeLast() }
        }
        let anchorRank = min(newAnchorRank, max(1, dated / 100))
        return newest.isEmpty ? nil : newest[anchorRank - 1]
    }

    public var count: Int { titles.count }

    /// What `init` worked out from the titles, to keep for the next launch.
    public var columns: LibraryColumns {
        LibraryColumns(profiles: profiles, madeFor: madeFor, features: features, featureNames: featureNames,
                       featureClasses: featureClasses, newestFirst: newestFirst)
    }

    /// Below this many titles suggestions and similar titles scan every
    /// title (a few milliseconds at 10k) and no index is built; above, they
    /// scan until the indexes, built in the background, are ready.
    static let indexedFrom = 50_000

    /// Suggestions' blocks with their bounds (`SuggestionIndex`), built the first time they are asked for.
    var suggestionIndex: SuggestionIndex { indexes.suggestionIndex { SuggestionIndex(library: self) } }

    /// Similar titles' inverted index (`SimilarIndex`), built the first time it is asked for.
    var similarIndex: SimilarIndex { indexes.similarIndex { SimilarIndex(library: self) } }

    /// Builds both candidate indexes now (a launch may do it on a worker, a
    /// benchmark to time it apart) and returns the bytes they hold.
    @discardableResult
    public func prepareIndexes() -> (suggestionBytes: Int, similarBytes: Int) {
        (suggestionIndex.footprint, similarIndex.footprint)
    }

    public func position(of id: TitleID) -> Int? { positions[id] }

    public func title(_ id: TitleID) -> Title? { positions[id].map { titles[$0] } }

    /// The profile that counts for this person: their own correction, else
    /// the curated or inferred one.
    public func profile(at position: Int, corrections: [TitleID: ToneVector]) -> MoodProfile {
        guard !corrections.isEmpty, let tones = corrections[titles[position].id] else { return profiles[position] }
        return MoodProfile(point: MoodProfile.point(for: tones), tones: tones, source: .corrected)
    }

    /// Added within 90 days before the anchor, or after it, and released in
    /// the last few years: an old film newly licensed is not "new".
    public func isNew(_ position: Int) -> Bool {
        isNew(added: titles[position].dateAdded, year: titles[position].year)
    }

    /// `isNew(_:)` from the title's fields, for scans that read them already.
    func isNew(added: CalendarDate?, year: Int) -> Bool {
        guard let newest = newestAddition, let newestDay = newestAdditionDay, let added else { return false }
        return newestDay - added.dayNumber <= 90 && year >= newest.year - Self.newReleaseYears
    }
    static let newReleaseYears = 2
}
