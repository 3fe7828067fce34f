import Catalog
import Foundation

/// What the person has told Marquee: the evidence taste is built from.
public struct UserSignals: Sendable, Hashable {
    public var ratings: [TitleID: Rating]
    public var watchlist: Set<TitleID>
    /// "Not for me": never suggested, and counted as mild dislike.
    public var hidden: Set<TitleID>
    /// Tones the person set for a title themselves; they win over the catalog's.
    public var corrections: [TitleID: ToneVector]
    /// The day each rating was set, where known (shown on the ratings screen).
    public var ratedOn: [TitleID: CalendarDate]
    /// The moment each rating was set, where known: orders same-day ratings "newest first".
    public var ratedAt: [TitleID: Date]

    public init(ratings: [TitleID: Rating] = [:], watchlist: Set<TitleID> = [], hidden: Set<TitleID> = [],
                corrections: [TitleID: ToneVector] = [:], ratedOn: [TitleID: CalendarDate] = [:],
                ratedAt: [TitleID: Date] = [:]) {
        self.ratings = ratings
        self.watchlist = watchlist
        self.hidden = hidden
        self.corrections = corrections
        self.ratedOn = ratedOn
        self.ratedAt = ratedAt
    }
}
