/// A point on Russell's circumplex: valence (unpleasant −1 … pleasant +1)
/// and energy (calm −1 … excited +1).
public struct MoodPoint: Hashable, Sendable, Codable {
    public var valence: Float
    public var energy: Float

    public init(valence: Float, energy: Float) {
        self.valence = min(max(valence, -1), 1)
        self.energy = min(max(energy, -1), 1)
    }

    public func distance(to other: MoodPoint) -> Float {
        let dv = valence - other.valence
        let de = energy - other.energy
        return (dv * dv + de * de).squareRoot()
    }

    /// The largest possible distance between two points of the square.
    public static let maximumDistance: Float = (8 as Float).squareRoot()
}
