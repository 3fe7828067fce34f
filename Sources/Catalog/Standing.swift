/// How well regarded a work is, as a reviewer who knows its reception judged
/// it (curated profiles only; unknown elsewhere). Used as a small prior so
/// that a famously panned sequel does not lead a list (docs/recommender.md).
public enum Standing: String, CaseIterable, Sendable, Codable {
    case acclaimed, liked, cult, mixed, panned

    /// The prior's term, from −1 (panned) to 1 (acclaimed).
    public var prior: Float {
        switch self {
        case .acclaimed: 1
        case .liked: 0.5
        case .cult: 0.3
        case .mixed: -0.3
        case .panned: -1
        }
    }

    /// How the detail screen and `show` name it.
    public var displayName: String {
        switch self {
        case .acclaimed: "acclaimed"
        case .liked: "well liked"
        case .cult: "cult favourite"
        case .mixed: "mixed reception"
        case .panned: "panned"
        }
    }
}

/// Who a title is made for, where that narrows who should be offered it.
public enum MadeFor: String, CaseIterable, Sendable, Codable {
    /// Anyone: no narrower audience is known.
    case everyone
    /// Made for families: children and grown-ups watch it together gladly
    /// (family animation, live-action family films, nature series for all
    /// ages). Like everyone for a grown-up alone; with kids watching, a
    /// judged sign that the title suits the room (docs/recommender.md).
    case family
    /// Children of about 8–12 and tweens.
    case children
    /// Young children: preschool and early-years titles.
    case youngChildren = "young-children"
    /// Promotional material about another title: making-of, aftershow, featurette.
    case promotion = "promo"

    /// How the detail screen and `show` name it.
    public var displayName: String {
        switch self {
        case .everyone: "everyone"
        case .family: "families (all ages together)"
        case .children: "children"
        case .youngChildren: "young children"
        case .promotion: "promotional (about another title)"
        }
    }
}

/// How a curated profile was judged.
public enum CurationMethod: String, CaseIterable, Sendable, Codable {
    /// By a person who knows the work.
    case hand
    /// By an AI model from the written rules of docs/moods.md.
    case aiAssisted = "ai-assisted"
}
