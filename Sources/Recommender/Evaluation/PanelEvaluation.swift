import Catalog

/// Measures suggestions against the reviewer panel (docs/moods.md): for
/// every named mood, the first 20 at the default settings are looked up in
/// the panel, title by title — cold (no ratings), for each persona, for
/// *lift* from melancholy and tired, and for a cozy evening with kids.
public enum PanelEvaluation {
    public static let depth = 20
    /// The bars of issue 10 ("Done when").
    public enum Target {
        public static let cold = 0.9
        public static let persona = 0.85
        public static let lift = 0.8
        public static let withKids = 0.8
        public static let coverage = 0.9
        /// Children's titles tolerated in a list for a grown-up.
        public static let youngChildrenInAdultList = 1
    }

    /// What a row's figure counts.
    public enum Measure: String, Sendable, Encodable {
        /// Judged to suit the mood for a grown-up.
        case suits
        /// Judged to suit the mood with children in the room.
        case withKids = "with-kids"
        /// Judged to leave a low or tired person better off.
        case uplifting
    }

    /// One list to judge.
    public struct Case: Sendable {
        public var name: String
        public var group: String
        public var mood: NamedMood
        public var setting: MoodSetting
        public var signals: UserSignals
        public var measure: Measure
        public var target: Double
    }

    /// What one list scored.
    public struct Result: Sendable, Encodable, Hashable {
        public var name: String
        public var group: String
        public var measure: Measure
        public var shown: Int
        public var judged: Int
        /// Share of the list the panel has judged.
        public var coverage: Double
        /// Share of the judged titles that the measure counts (suit the mood, …).
        public var precision: Double
        public var target: Double
        public var floor: Double?
        /// Titles made for young children in a list for grown-ups.
        public var youngChildren: Int
        public var promotional: Int
        /// Titles beyond the first of each work (dubs, recuts).
        public var duplicateVersions: Int
        /// With kids watching: titles judged (or rated) unfit for children.
        public var unsafeForKids: Int
        public var misses: [String]
        public var unjudged: [String]
        public var offenders: [String]

        /// Meets issue 10's bar: figure, coverage, and no children's,
        /// promotional or repeated titles beyond what is allowed.
        public var meetsTarget: Bool {
            shown >= depth && precision >= target - 1e-9 && coverage >= Target.coverage - 1e-9
                && promotional == 0 && duplicateVersions == 0 && unsafeForKids == 0
                && (measure == .withKids || youngChildren <= Target.youngChildrenInAdultList)
        }

        /// Not worse than the figure recorded as today's floor (the CI gate
        /// while the target is not yet met).
        public var meetsFloor: Bool {
            guard let floor else { return meetsTarget }
            return precision >= floor - 1e-9
        }

        public var key: String { "\(group):\(name)" }
    }

    /// A mood is judged for a persona watching with kids only when the panel
    /// holds this many titles that suit it with children in the room: a
    /// family evening has no *dark* or *tense* list to judge (docs/moods.md).
    public static let withKidsMinimum = 20

    /// The moods a family evening can have, by the panel's own judgements.
    public static func moodsWithKids(_ panel: ReviewerPanel) -> [NamedMood] {
        NamedMood.allCases.filter { mood in
            panel.judgements.values.lazy.filter { $0.withKids.contains(mood) }.prefix(withKidsMinimum).count >= withKidsMinimum
        }
    }

    /// Every list the panel judges: cold, each persona, lift, cozy with kids.
    /// A persona watching with kids is judged on `moodsWithKids` only.
    public static func cases(personas: [PanelPersona], moodsWithKids: [NamedMood] = NamedMood.allCases) -> [Case] {
        var cases: [Case] = []
        for mood in NamedMood.allCases {
            cases.append(Case(name: mood.rawValue, group: "cold", mood: mood, setting: MoodSetting(mood: mood.mood),
                              signals: UserSignals(), measure: .suits, target: Target.cold))
        }
        for persona in personas {
            let signals = UserSignals(ratings: persona.ratings)
            for mood in persona.audience == .kids ? moodsWithKids : NamedMood.allCases {
                cases.append(Case(name: mood.rawValue, group: persona.name, mood: mood,
                                  setting: MoodSetting(mood: mood.mood, audience: persona.audience), signals: signals,
                                  measure: persona.audience == .kids ? .withKids : .suits, target: Target.persona))
            }
        }
        for mood in [NamedMood.melancholy, .tired] {
            cases.append(Case(name: mood.rawValue, group: "lift", mood: mood,
                              setting: MoodSetting(mood: mood.mood, strategy: .lift), signals: UserSignals(),
                              measure: .uplifting, target: Target.lift))
        }
        cases.append(Case(name: NamedMood.cozy.rawValue, group: "with kids", mood: .cozy,
                          setting: MoodSetting(mood: NamedMood.cozy.mood, audience: .kids), signals: UserSignals(),
                          measure: .withKids, target: Target.withKids))
        return cases
    }

    /// `depth` other than 20 is for looking deeper than the bars do (`eval moods --depth`).
    public static func run(library: Library, panel: ReviewerPanel, depth: Int = depth) -> [Result] {
        let recommender = Recommender(library: library)
        return cases(personas: panel.personas, moodsWithKids: moodsWithKids(panel)).map { row in
            let suggestions = recommender.suggest(.init(setting: row.setting, limit: depth), signals: row.signals)
            var result = measure(row, positions: suggestions.map(\.position), library: library, panel: panel, depth: depth)
            result.floor = panel.floors[result.key]
            return result
        }
    }

    /// Judges one list against the panel.
    public static func measure(_ row: Case, positions: [Int], library: Library, panel: ReviewerPanel,
                               depth: Int = depth) -> Result {
        let titles = positions.prefix(depth).map { library.titles[$0] }
        let label = { (title: Title) in title.nameAndYear }
        var judged = 0, counted = 0, youngChildren = 0, promotional = 0, unsafe = 0
        var misses: [String] = [], unjudged: [String] = [], offenders: [String] = []
        var works: Set<TitleID> = []
        var duplicates = 0
        for title in titles {
            let judgement = panel.judgements[title.id]
            let work = judgement?.versionOf ?? title.id
            if !works.insert(work).inserted {
                duplicates += 1
                offenders.append("another version: \(label(title))")
            }
            guard let judgement else {
                unjudged.append(label(title))
                if row.setting.audience == .kids && !title.maturity.isKidSafe {
                    unsafe += 1
                    offenders.append("not for children: \(label(title))")
                }
                continue
            }
            judged += 1
            let fits = switch row.measure {
            case .suits: judgement.suits.contains(row.mood)
            case .withKids: judgement.withKids.contains(row.mood)
            case .uplifting: judgement.uplifting
            }
            if fits { counted += 1 } else { misses.append(label(title)) }
            if judgement.madeForYoungChildren && row.measure != .withKids {
                youngChildren += 1
                offenders.append("made for young children: \(label(title))")
            }
            if judgement.promotional {
                promotional += 1
                offenders.append("promotional: \(label(title))")
            }
            if row.setting.audience == .kids && !judgement.isForChildren {
                unsafe += 1
                offenders.append("not for children: \(label(title))")
            }
        }
        return Result(
            name: row.name, group: row.group, measure: row.measure, shown: titles.count, judged: judged,
            coverage: titles.isEmpty ? 0 : Double(judged) / Double(titles.count),
            precision: judged == 0 ? 0 : Double(counted) / Double(judged), target: row.target, floor: nil,
            youngChildren: youngChildren, promotional: promotional, duplicateVersions: duplicates,
            unsafeForKids: unsafe, misses: misses, unjudged: unjudged, offenders: offenders)
    }
}
