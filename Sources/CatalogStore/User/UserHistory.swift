import Catalog
import Foundation

/// Everything in `user.sqlite` with its dates and origins: what an export
/// writes, what an import compares a file against, and what the detail and
/// stats screens read ("watched on …", "imported from Letterboxd").
public struct UserHistory: Sendable, Equatable {
    public struct RatingRecord: Sendable, Equatable {
        public var rating: Rating
        public var at: Date
        /// Where the rating came from; nil when it was given in Marquee.
        public var source: HistorySource?

        public init(rating: Rating, at: Date, source: HistorySource? = nil) {
            self.rating = rating
            self.at = at
            self.source = source
        }
    }

    /// One viewing: a day where known, and the service that recorded it.
    public struct Viewing: Sendable, Hashable, Comparable {
        public var title: TitleID
        public var on: CalendarDate?
        public var rewatch: Bool
        /// Nil for a viewing recorded in Marquee itself.
        public var source: HistorySource?

        public init(title: TitleID, on: CalendarDate?, rewatch: Bool = false, source: HistorySource?) {
            self.title = title
            self.on = on
            self.rewatch = rewatch
            self.source = source
        }

        /// By title, then day (unknown first), then source: the order exports list them in.
        public static func < (lhs: Viewing, rhs: Viewing) -> Bool {
            if lhs.title != rhs.title { return lhs.title < rhs.title }
            if lhs.on != rhs.on { return (lhs.on.map { $0.dayNumber } ?? Int.min) < (rhs.on.map { $0.dayNumber } ?? Int.min) }
            return (lhs.source?.rawValue ?? "") < (rhs.source?.rawValue ?? "")
        }
    }

    public struct Correction: Sendable, Equatable {
        public var tones: ToneVector
        public var at: Date

        public init(tones: ToneVector, at: Date) {
            self.tones = tones
            self.at = at
        }
    }

    /// One finished import, for the stats screen's "Imported" section.
    public struct ImportRecord: Sendable, Equatable {
        public var source: HistorySource
        public var at: Date
        public var read: Int
        public var matched: Int
        public var ambiguous: Int
        public var unmatched: Int
        public var newRatings: Int
        public var changedRatings: Int
        public var viewings: Int

        public init(source: HistorySource, at: Date, read: Int, matched: Int, ambiguous: Int, unmatched: Int,
                    newRatings: Int, changedRatings: Int, viewings: Int) {
            self.source = source
            self.at = at
            self.read = read
            self.matched = matched
            self.ambiguous = ambiguous
            self.unmatched = unmatched
            self.newRatings = newRatings
            self.changedRatings = changedRatings
            self.viewings = viewings
        }
    }

    public var ratings: [TitleID: RatingRecord]
    public var watchlist: [TitleID: Date]
    public var hidden: [TitleID: Date]
    public var corrections: [TitleID: Correction]
    /// Sorted (`Viewing.<`).
    public var viewings: [Viewing]
    /// Titles liked on another service (Letterboxd's heart), by where.
    public var liked: [TitleID: HistorySource]
    /// IMDb ids imported files gave ("tt0113277"), for exports back to Letterboxd.
    public var imdbIDs: [TitleID: String]
    /// Oldest first.
    public var imports: [ImportRecord]

    public init(ratings: [TitleID: RatingRecord] = [:], watchlist: [TitleID: Date] = [:], hidden: [TitleID: Date] = [:],
                corrections: [TitleID: Correction] = [:], viewings: [Viewing] = [], liked: [TitleID: HistorySource] = [:],
                imdbIDs: [TitleID: String] = [:], imports: [ImportRecord] = []) {
        self.ratings = ratings
        self.watchlist = watchlist
        self.hidden = hidden
        self.corrections = corrections
        self.viewings = viewings
        self.liked = liked
        self.imdbIDs = imdbIDs
        self.imports = imports
    }

    /// Each watched title's viewings, oldest first.
    public var viewingsByTitle: [TitleID: [Viewing]] {
        Dictionary(grouping: viewings, by: \.title)
    }
}
