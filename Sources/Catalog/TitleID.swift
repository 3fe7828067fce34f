/// A title's stable public identifier, for example `stranger-things-2016`.
///
/// Ids are assigned once by the catalog generator and kept across catalog
/// versions, so ratings stored against them survive catalog updates.
public struct TitleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: TitleID, rhs: TitleID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Ids are lowercase ASCII letters, digits and single hyphens.
    public var isWellFormed: Bool {
        guard let first = rawValue.utf8.first, let last = rawValue.utf8.last,
              first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        var previousWasHyphen = false
        for byte in rawValue.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}
