/// One reviewer's judgement of one title, from the reviewer panel
/// (`catalog/panel/panel.tsv`): which named moods it suits for a grown-up,
/// which it suits with children in the room, and what it is beyond that.
/// The panel measures suggestions; it never feeds them (docs/moods.md).
public struct PanelJudgement: Hashable, Sendable {
    public enum Basis: String, Sendable, Codable {
        /// The judge knows the work itself.
        case known
        /// Judged from the title's facts and premise alone.
        case read
    }

    public var id: TitleID
    /// Moods a grown-up watching alone would be glad to be offered it for.
    public var suits: Set<NamedMood>
    /// Moods it suits for a family evening with children of about 6–12;
    /// empty when it is not for children at all.
    public var withKids: Set<NamedMood>
    /// Made for young children (preschool, early years).
    public var madeForYoungChildren: Bool
    /// Behind-the-scenes, aftershow, featurette: promotes another title.
    public var promotional: Bool
    /// Another version (dub, alternate-language release, recut) of this title.
    public var versionOf: TitleID?
    /// Leaves a person who feels low or tired in a better mood.
    public var uplifting: Bool
    public var basis: Basis
    public var judge: String

    public init(id: TitleID, suits: Set<NamedMood>, withKids: Set<NamedMood> = [], madeForYoungChildren: Bool = false,
                promotional: Bool = false, versionOf: TitleID? = nil, uplifting: Bool = false,
                basis: Basis = .known, judge: String = "j1") {
        self.id = id
        self.suits = suits
        self.withKids = withKids
        self.madeForYoungChildren = madeForYoungChildren
        self.promotional = promotional
        self.versionOf = versionOf
        self.uplifting = uplifting
        self.basis = basis
        self.judge = judge
    }

    /// Judged fit to watch with children.
    public var isForChildren: Bool { !withKids.isEmpty }
}

/// A person the panel's lists are judged for besides the cold start: a set
/// of ratings written by the project and who is watching.
public struct PanelPersona: Hashable, Sendable {
    public var name: String
    public var audience: Audience
    public var ratings: [TitleID: Rating]

    public init(name: String, audience: Audience, ratings: [TitleID: Rating]) {
        self.name = name
        self.audience = audience
        self.ratings = ratings
    }
}

/// Everything `marquee eval moods` judges against: the first judges' lines,
/// the personas, a second judge's re-judged sample (for agreement) and the
/// floors each row may not fall under.
public struct ReviewerPanel: Sendable {
    public var judgements: [TitleID: PanelJudgement]
    public var personas: [PanelPersona]
    public var secondOpinions: [TitleID: PanelJudgement]
    /// Row name → the lowest precision (or pleasant share) accepted today.
    public var floors: [String: Double]

    public init(judgements: [TitleID: PanelJudgement], personas: [PanelPersona] = [],
                secondOpinions: [TitleID: PanelJudgement] = [:], floors: [String: Double] = [:]) {
        self.judgements = judgements
        self.personas = personas
        self.secondOpinions = secondOpinions
        self.floors = floors
    }
}
