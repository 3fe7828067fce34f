/// A person's rating: 0.5 to 5 stars in half-star steps.
public struct Rating: Hashable, Sendable, Codable {
    public let stars: Double

    /// Returns nil unless `stars` is a half-star step from 0.5 to 5.
    public init?(stars: Double) {
        guard stars >= 0.5, stars <= 5, (stars * 2).rounded() == stars * 2 else { return nil }
        self.stars = stars
    }

    /// "★★★★½" padded with "☆" to five places.
    public var starText: String {
        let full = Int(stars)
        let half = stars - Double(full) >= 0.5
        return String(repeating: "★", count: full) + (half ? "½" : "") +
            String(repeating: "☆", count: 5 - full - (half ? 1 : 0))
    }

    /// "4" or "3.5"
    public var numberText: String {
        stars == stars.rounded() ? String(Int(stars)) : String(stars)
    }
}
