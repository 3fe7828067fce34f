import Catalog

/// Measures the named moods without any ratings: for each, the first 20
/// suggestions on a catalog are checked against a table of the genres that
/// suit the mood and the ones that must never appear (docs/moods.md).
public enum MoodEvaluation {
    /// Which genres suit a row, and which must never show up in it.
    public struct Family: Sendable {
        public var fits: Set<Genre>
        public var never: Set<Genre>
        /// Every title must be safe for children (the "kids" row).
        public var kidSafeOnly = false
    }

    /// One row of the table: a named mood (match, alone), or the kids audience.
    public struct Case: Sendable {
        public var name: String
        public var setting: MoodSetting
        public var family: Family
    }

    /// What one row scored.
    public struct Result: Sendable, Encodable, Hashable {
        public var name: String
        public var shown: Int
        /// Share of the first 20 with a genre of the row's family.
        public var precision20: Double
        /// Titles with a genre that must never appear (or, for kids, not kid-safe).
        public var forbidden: Int
        /// "Title (year)" of the titles with no genre of the family…
        public var misses: [String]
        /// …and of the forbidden ones.
        public var offenders: [String]
        /// A smoke check: a full list with nothing forbidden. Precision is
        /// reported, not gated — the reviewer panel judges fit; genre labels
        /// miss what the panel finds right (*GoodFellas* filed as drama).
        public var passes: Bool { shown == MoodEvaluation.depth && forbidden == 0 }

        // The verdict goes into JSON too, so a script need not know the target.
        private enum CodingKeys: String, CodingKey { case name, shown, precision20, forbidden, passes, misses, offenders }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(shown, forKey: .shown)
            try container.encode(precision20, forKey: .precision20)
            try container.encode(forbidden, forKey: .forbidden)
            try container.encode(passes, forKey: .passes)
            try container.encode(misses, forKey: .misses)
            try container.encode(offenders, forKey: .offenders)
        }
    }

    public static let target = 0.8
    public static let depth = 20

    /// The table of docs/moods.md ("Measuring mood fit").
    public static let cases: [Case] = {
        func mood(_ named: NamedMood, fits: Set<Genre>, never: Set<Genre> = []) -> Case {
            Case(name: named.rawValue, setting: MoodSetting(mood: named.mood), family: Family(fits: fits, never: never))
        }
        return [
            // Anime and sports are a medium and a subject, not a feeling: they count
            // only where the feeling they usually carry is wanted (adventurous, inspired).
            mood(.cheerful, fits: [.comedy, .standUp, .kidsFamily, .music, .romance, .reality, .talkShow], never: [.horror]),
            mood(.cozy, fits: [.comedy, .romance, .kidsFamily, .music, .reality, .faith, .talkShow],
                 never: [.horror, .thriller]),
            mood(.romantic, fits: [.romance, .comedy, .music], never: [.horror]),
            mood(.adventurous, fits: [.actionAdventure, .sciFiFantasy, .anime, .sports, .scienceNature, .kidsFamily],
                 never: [.standUp, .talkShow]),
            mood(.tense, fits: [.thriller, .crime, .mystery, .horror, .actionAdventure], never: [.kidsFamily, .standUp]),
            mood(.scared, fits: [.horror, .thriller, .mystery], never: [.kidsFamily, .standUp, .talkShow]),
            mood(.dark, fits: [.crime, .thriller, .horror, .mystery, .drama], never: [.kidsFamily, .standUp]),
            mood(.melancholy, fits: [.drama, .romance, .documentary, .music], never: [.standUp, .reality, .horror]),
            mood(.curious, fits: [.documentary, .scienceNature, .sciFiFantasy, .mystery, .crime]),
            mood(.thoughtful, fits: [.drama, .documentary, .scienceNature], never: [.standUp, .reality]),
            mood(.inspired, fits: [.documentary, .sports, .music, .drama, .faith, .scienceNature], never: [.horror]),
            mood(.tired, fits: [.comedy, .standUp, .kidsFamily, .reality, .talkShow, .romance], never: [.horror, .thriller]),
            Case(name: "kids", setting: MoodSetting(mood: NamedMood.cheerful.mood, audience: .kids),
                 family: Family(fits: [.kidsFamily, .comedy, .music, .scienceNature], never: [.horror], kidSafeOnly: true)),
        ]
    }()

    public static func run(library: Library) -> [Result] {
        let recommender = Recommender(library: library)
        return cases.map { measure($0, recommender.suggest(.init(setting: $0.setting, limit: depth), signals: UserSignals()),
                                   library: library) }
    }

    /// Scores one row's list against its family.
    public static func measure(_ row: Case, _ suggestions: [Suggestion], library: Library) -> Result {
        let titles = suggestions.prefix(depth).map { library.titles[$0.position] }
        let label = { (title: Title) in title.nameAndYear }
        let misses = titles.filter { row.family.fits.isDisjoint(with: $0.genres) }
        let offenders = titles.filter { title in
            !row.family.never.isDisjoint(with: title.genres) || (row.family.kidSafeOnly && !title.maturity.isKidSafe)
        }
        let precision = titles.isEmpty ? 0 : Double(titles.count - misses.count) / Double(titles.count)
        return Result(name: row.name, shown: titles.count, precision20: precision, forbidden: offenders.count,
                      misses: misses.map(label), offenders: offenders.map(label))
    }
}
