import Catalog
import Foundation

/// What importing a file would do to the person's history, worked out
/// before anything is written: the changes, the figures for the report, and
/// every row that matched no title or more than one. `--dry-run` prints it;
/// an import writes `changes` in one transaction.
///
/// Importing the same file twice changes nothing the second time: ratings
/// equal to the stored ones are unchanged, a viewing is one per title, day
/// and service, and the watchlist and likes are sets.
public struct HistoryImportPlan: Sendable {
    /// Which rating wins when the file and the person disagree.
    public enum Preference: String, Sendable, CaseIterable {
        /// The one given later, by the dates on both sides; the person's when the file gives no date.
        case newer
        case file
        case mine
    }

    /// A row that matched no catalog title, or more than one.
    public struct Miss: Sendable, Hashable {
        public var row: HistoryRow
        public var ambiguous: Bool
        /// Why, for the report and `--unmatched`.
        public var reason: String
    }

    /// A rating the import sets, or one it leaves because the person's is kept.
    public struct RatingChange: Sendable, Hashable {
        public var title: TitleID
        public var from: Rating?
        public var to: Rating
        /// Set when the file and the stored rating disagreed: which was kept and why.
        public var conflict: String?
        /// False when the person's rating was kept.
        public var applied: Bool
    }

    public struct Figures: Sendable, Hashable, Codable {
        public var read = 0
        public var matched = 0
        public var ambiguous = 0
        public var unmatched = 0
        public var newRatings = 0
        public var changedRatings = 0
        public var unchangedRatings = 0
        /// Ratings where the file disagreed and the person's was kept.
        public var keptRatings = 0
        public var newViewings = 0
        public var newWatchlist = 0
        public var newLikes = 0
        /// Rows refused as malformed and skipped (`--skip-bad`).
        public var skipped = 0
    }

    public var source: HistorySource
    public var changes: HistoryChanges
    public var figures: Figures
    public var misses: [Miss]
    /// Every rating the file gives for a matched title that differs from the stored one, in file order.
    public var ratingChanges: [RatingChange]

    /// `now` stands in for dates the file does not give.
    public init(read: HistoryRead, matcher: HistoryMatcher, current: UserHistory, titles: (TitleID) -> String? = { _ in nil },
                prefer: Preference = .newer, now: Date = Date()) {
        source = read.source
        changes = HistoryChanges()
        figures = Figures()
        misses = []
        ratingChanges = []
        figures.read = read.rows.count + read.problems.count + read.passedOver.values.reduce(0, +)
        figures.skipped = read.problems.count

        // Facts per matched title, in file order.
        var order: [TitleID] = []
        var facts: [TitleID: [(HistoryRow.Fact, HistorySource?)]] = [:]
        for row in read.rows {
            switch matcher.match(row) {
            case let .matched(id):
                figures.matched += 1
                if facts[id] == nil { order.append(id) }
                if let imdb = row.imdbID, current.imdbIDs[id] != imdb { changes.imdbIDs[id] = imdb }
                let origin = read.source == .marquee ? row.origin : read.source
                facts[id, default: []] += row.facts.map { ($0, origin) }
            case let .ambiguous(ids):
                figures.ambiguous += 1
                let names = ids.prefix(4).map { titles($0) ?? $0.rawValue }.joined(separator: "; ")
                misses.append(Miss(row: row, ambiguous: true, reason: "fits \(ids.count) titles: \(names)"))
            case let .unmatched(reason):
                figures.unmatched += 1
                misses.append(Miss(row: row, ambiguous: false, reason: reason))
            }
        }

        var knownViewings = Set(current.viewings.map { ViewingKey($0) })
        var viewedTitles = Set(current.viewings.filter { $0.on != nil }.map { "\($0.title.rawValue)|\($0.source?.rawValue ?? "")" })
        var undatedViewings: [UserHistory.Viewing] = []
        for id in order {
            var rating: (Rating, Date?, HistorySource?)?
            for (fact, origin) in facts[id]! {
                switch fact {
                case let .rated(value, on):
                    // The file's latest rating of the title: by date, then by position.
                    if let held = rating, let heldDate = held.1, let date = on, date < heldDate { continue }
                    rating = (value, on, origin)
                case let .watched(on, rewatch):
                    let viewing = UserHistory.Viewing(title: id, on: on, rewatch: rewatch, source: origin)
                    if on == nil { undatedViewings.append(viewing); continue }
                    viewedTitles.insert("\(id.rawValue)|\(origin?.rawValue ?? "")")
                    if knownViewings.insert(ViewingKey(viewing)).inserted {
                        changes.viewings.append(viewing)
                        figures.newViewings += 1
                    } else if viewing.rewatch, let index = changes.viewings.firstIndex(where: { ViewingKey($0) == ViewingKey(viewing) }) {
                        changes.viewings[index].rewatch = true
                    }
                case let .watchlisted(on):
                    if current.watchlist[id] == nil, changes.watchlist[id] == nil {
                        changes.watchlist[id] = on ?? now
                    }
                case .liked:
                    if current.liked[id] == nil, changes.liked[id] == nil, let origin {
                        changes.liked[id] = origin
                        figures.newLikes += 1
                    }
                case let .notForMe(on):
                    if current.hidden[id] == nil { changes.hidden[id] = on ?? now }
                case let .corrected(tones, on):
                    if current.corrections[id]?.tones != tones {
                        changes.corrections[id] = UserHistory.Correction(tones: tones, at: on ?? now)
                    }
                }
            }
            if let (value, date, origin) = rating {
                planRating(id, value, date, origin, current: current, prefer: prefer, now: now)
            }
        }
        // A viewing without a day only says "seen": it counts when the title
        // has no dated viewing from the same service.
        for viewing in undatedViewings where !viewedTitles.contains("\(viewing.title.rawValue)|\(viewing.source?.rawValue ?? "")") {
            if knownViewings.insert(ViewingKey(viewing)).inserted {
                changes.viewings.append(viewing)
                figures.newViewings += 1
            }
        }
        // Rated titles leave the watchlist, as rating in the browser does; a
        // rated title is not put on it.
        // A Marquee export is restored as it was.
        if read.source != .marquee {
            for id in changes.watchlist.keys where current.ratings[id] != nil || changes.ratings[id] != nil {
                changes.watchlist[id] = nil
            }
            for id in changes.ratings.keys where current.watchlist[id] != nil { changes.watchlistRemovals.insert(id) }
        }
        figures.newWatchlist = changes.watchlist.count
        if !changes.isEmpty || figures.read > 0 {
            changes.log = UserHistory.ImportRecord(source: read.source, at: now, read: figures.read, matched: figures.matched,
                                                   ambiguous: figures.ambiguous, unmatched: figures.unmatched,
                                                   newRatings: figures.newRatings, changedRatings: figures.changedRatings,
                                                   viewings: figures.newViewings)
        }
    }

    private mutating func planRating(_ id: TitleID, _ value: Rating, _ date: Date?, _ origin: HistorySource?,
                                     current: UserHistory, prefer: Preference, now: Date) {
        let record = UserHistory.RatingRecord(rating: value, at: date ?? now, source: origin)
        guard let stored = current.ratings[id] else {
            changes.ratings[id] = record
            figures.newRatings += 1
            ratingChanges.append(RatingChange(title: id, from: nil, to: value, conflict: nil, applied: true))
            return
        }
        guard stored.rating != value else {
            figures.unchangedRatings += 1
            return
        }
        let takeFile: Bool
        let why: String
        switch prefer {
        case .file:
            takeFile = true
            why = "took the file's (--prefer file)"
        case .mine:
            takeFile = false
            why = "kept yours (--prefer mine)"
        case .newer:
            if let date {
                takeFile = date > stored.at
                why = takeFile ? "the file's is newer (\(Self.day(date)); yours \(Self.day(stored.at)))"
                    : "yours is not older (\(Self.day(stored.at)); the file's \(Self.day(date)))"
            } else {
                takeFile = false
                why = "the file gives no date, so yours stays (--prefer file takes it)"
            }
        }
        if takeFile {
            changes.ratings[id] = record
            figures.changedRatings += 1
        } else {
            figures.keptRatings += 1
        }
        ratingChanges.append(RatingChange(title: id, from: stored.rating, to: value, conflict: why, applied: takeFile))
    }

    static func day(_ date: Date) -> String {
        CalendarDate.today(date)?.iso ?? "?"
    }

    private struct ViewingKey: Hashable {
        var title: TitleID
        var on: CalendarDate?
        var source: HistorySource?

        init(_ viewing: UserHistory.Viewing) {
            title = viewing.title
            on = viewing.on
            source = viewing.source
        }
    }
}
