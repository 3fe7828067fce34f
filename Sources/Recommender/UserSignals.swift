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
    /// Titles the person watched (imported viewing history): a mild liking
    /// when unrated, and left out of suggestions unless rewatches are on.
    public var watched: [TitleID: WatchedTitle]
    /// Titles liked on another service (Letterboxd's heart): a stronger liking than watched.
    public var liked: Set<TitleID>
    /// Where each imported rating came from, as people name the service
    /// ("Letterboxd"); ratings given in Marquee are absent.
    public var ratingSources: [TitleID: String]

    public init(ratings: [TitleID: Rating] = [:], watchlist: Set<TitleID> = [], hidden: Set<TitleID> = [],
                corrections: [TitleID: ToneVector] = [:], ratedOn: [TitleID: CalendarDate] = [:],
                ratedAt: [TitleID: Date] = [:], watched: [TitleID: WatchedTitle] = [:], liked: Set<TitleID> = [],
                ratingSources: [TitleID: String] = [:]) {
        self.ratings = ratings
        self.watchlist = watchlist
        self.hidden = hidden
        self.corrections = corrections
        self.ratedOn = ratedOn
        self.ratedAt = ratedAt
        self.watched = watched
        self.liked = liked
        self.ratingSources = ratingSources
    }
}

/// One watched title's viewings, as the detail screen tells them.
public struct WatchedTitle: Sendable, Hashable {
    /// The days known, oldest first (a viewing without a day is not among them).
    public var days: [CalendarDate]
    /// Every viewing, with or without a day (at least 1).
    public var times: Int

    public init(days: [CalendarDate] = [], times: Int = 1) {
        self.days = days.sorted { $0.dayNumber < $1.dayNumber }
        self.times = max(times, 1, days.count)
    }

    /// The latest viewing day, when any is known.
    public var latest: CalendarDate? { days.last }

    /// "watched 2024-03-02 (and 2 more times)", "watched (day unknown)".
    public var summary: String { "watched " + detailText }

    /// The same without the verb, for the detail screen's "Watched" field:
    /// the latest day, and how many other times.
    public var detailText: String {
        let more = times - 1
        let rest = more == 0 ? "" : more == 1 ? " (and 1 more time)" : " (and \(more) more times)"
        guard let latest else { return "(day unknown)" + rest }
        return latest.iso + rest
    }
}
