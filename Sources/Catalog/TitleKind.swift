/// Film or series. The raw value is the code used in catalog files.
public enum TitleKind: String, CaseIterable, Sendable, Codable {
    case movie
    case series

    public var displayName: String {
        switch self {
        case .movie: "Film"
        case .series: "Series"
        }
    }
}
