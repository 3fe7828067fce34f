/// How the ratings screen is ordered; `o` there moves to the next.
public enum RatingsOrder: String, CaseIterable, Sendable {
    case stars, date, title

    public var displayName: String {
        switch self {
        case .stars: "by stars"
        case .date: "newest first"
        case .title: "by title"
        }
    }
}
