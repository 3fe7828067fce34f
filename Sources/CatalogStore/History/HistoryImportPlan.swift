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
public struct HistoryImportPlan {
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

    private let matcher: HistoryMatcher
    private let current: UserHistory
    private let titles: (TitleID) -> String?
    private let prefer: Preference
    private let now: Date
    /// Each rated title's latest rating in the file, and its origin; titles in the order first rated.
    private var latestRating: [TitleID: (rating: Rating, on: Date?, origin: HistorySource?)] = [:]
    private var ratedOrder: [TitleID] = []
    private var knownViewings: Set<ViewingKey>
    /// Position in `changes.viewings` of each viewing this import adds.
    private var addedViewings: [ViewingKey: Int] = [:]
    /// Title and service of every dated viewing, stored or in the file.
    private var datedViewings: Set<TitleSource>
    private var undatedViewings: [UserHistory.Viewing] = []
    private var finished = false
    /// Outcomes by what a row says about its title: a diary names one film many times.
    private var outcomes: [MatchKey: HistoryMatcher.Outcome] = [:]

    /// An empty plan; `add` each row as it is read, then `finish`.
    /// `now` stands in for dates the file does not give.
    public init(source: HistorySource, matcher: HistoryMatcher, current: UserHistory, titles: @escaping (TitleID) -> String? = { _ in nil },
                prefer: Preference = .newer, now: Date = Date()) {
        self.source = source
        self.matcher = matcher
        self.current = current
        self.titles = titles
        self.prefer = prefer
        self.now = now
        changes = HistoryChanges()
        figures = Figures()
        misses = []
        ratingChanges = []
        knownViewings = Set(current.viewings.map { ViewingKey($0) })
        datedViewings = Set(current.viewings.filter { $0.on != nil }.map { TitleSource(title: $0.title, source: $0.source) })
    }

    /// The plan for rows already read.
    public init(read: HistoryRead, matcher: HistoryMatcher, current: UserHistory, titles: @escaping (TitleID) -> String? = { _ in nil },
                prefer: Preference = .newer, now: Date = Date()) {
        self.init(source: read.source, matcher: matcher, current: current, titles: titles, prefer: prefer, now: now)
        read.rows.forEach { add($0) }
        finish(read)
    }

    /// Matches one row and takes in what it says. Rows are not kept, only
    /// what the plan needs of them, so a large file can stream through.
    public mutating func add(_ row: HistoryRow) {
        let id: TitleID
        let key = MatchKey(row)
        let outcome = outcomes[key] ?? matcher.match(row)
        outcomes[key] = outcome
        switch outcome {
        case let .matched(found):
            id = found
        case let .ambiguous(ids):
            figures.ambiguous += 1
            let names = ids.prefix(4).map { titles($0) ?? $0.rawValue }.joined(separator: "; ")
            misses.append(Miss(row: row, ambiguous: true, reason: "fits \(ids.count) titles: \(names)"))
            return
        case let .unmatched(reason):
            figures.unmatched += 1
            misses.append(Miss(row: row, ambiguous: false, reason: reason))
            return
        }
        figures.matched += 1
        if let imdb = row.imdbID, current.imdbIDs[id] != imdb { changes.imdbIDs[id] = imdb }
        let origin = source == .marquee ? row.origin : source
        for fact in row.facts {
            switch fact {
            case let .rated(value, on):
                // The file's latest rating of the title: by date, then by position.
                if let held = latestRating[id] {
                    if let heldDate = held.on, let date = on, date < heldDate { continue }
                } else {
                    ratedOrder.append(id)
                }
                latestRating[id] = (value, on, origin)
            case let .watched(on, rewatch):
                let viewing = UserHistory.Viewing(title: id, on: on, rewatch: rewatch, source: origin)
                guard on != nil else {
                    undatedViewings.append(viewing)
                    continue
                }
                datedViewings.insert(TitleSource(title: id, source: origin))
                let key = ViewingKey(viewing)
                if knownViewings.insert(key).inserted {
                    addedViewings[key] = changes.viewings.count
                    changes.viewings.append(viewing)
                    figures.newViewings += 1
                } else if rewatch, let index = addedViewings[key] {
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
    }

    /// Settles what needs the whole file: ratings against the stored ones,
    /// undated viewings, the watchlist, the figures and the log line.
    public mutating func finish(_ read: HistoryRead) {
        guard !finished else { return }
        finished = true
        figures.read = read.rowsRead
        figures.skipped = read.problems.count
        for id in ratedOrder {
            let (value, date, origin) = latestRating[id]!
            planRating(id, value, date, origin, current: current, prefer: prefer, now: now)
        }
        // A viewing without a day only says "seen": it counts when the title
        // has no dated viewing from the same service.
        for viewing in undatedViewings where !datedViewings.contains(TitleSource(title: viewing.title, source: viewing.source)) {
            if knownViewings.insert(ViewingKey(viewing)).inserted {
                changes.viewings.append(viewing)
                figures.newViewings += 1
            }
        }
        // Rated titles leave the watchlist, as rating in the browser does; a
        // rated title is not put on it. A Marquee export is restored as it was.
        if source != .marquee {
            for id in changes.watchlist.keys where current.ratings[id] != nil || changes.ratings[id] != nil {
                changes.watchlist[id] = nil
            }
            for id in changes.ratings.keys where current.watchlist[id] != nil { changes.watchlistRemovals.insert(id) }
        }
        figures.newWatchlist = changes.watchlist.count
        if !changes.isEmpty || figures.read > 0 {
            changes.log = UserHistory.ImportRecord(source: source, at: now, read: figures.read, matched: figures.matched,
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

    /// The parts of a row that matching reads.
    private struct MatchKey: Hashable {
        var name: String
        var originalName: String?
        var year: Int?
        var kind: TitleKind?
        var directors: [String]
        var titleID: TitleID?

        init(_ row: HistoryRow) {
            name = row.name
            originalName = row.originalName
            year = row.year
            kind = row.kind
            directors = row.directors
            titleID = row.titleID
        }
    }

    private struct TitleSource: Hashable {
        var title: TitleID
        var source: HistorySource?
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
