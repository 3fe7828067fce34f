import Catalog
import Foundation

/// Marquee's own export (`marquee export`), written and read back by
/// `marquee import marquee`: everything in user.sqlite that a person
/// made, with the dates and origins that make the round trip exact.
/// Each entry names its title by id and, for a catalog that lacks the id,
/// by name, year and kind. The schema is in docs/import-export.md; `format`
/// grows when a field changes meaning, and readers accept every earlier format.
public struct MarqueeExport: Codable, Sendable, Equatable {
    public static let currentFormat = 2

    /// A title as an entry names it, with what the person did.
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String?
        public var year: Int?
        public var kind: String?
        public var stars: Double?
        /// When the rating was given, to the millisecond (format 2).
        public var ratedAt: String?
        /// The rating's day (format 1).
        public var ratedOn: String?
        /// A viewing's day.
        public var on: String?
        public var rewatch: Bool?
        /// When it joined the watchlist, or the not-for-me list.
        public var addedAt: String?
        public var hiddenAt: String?
        public var tones: [String: Float]?
        public var correctedAt: String?
        /// Where it was imported from ("letterboxd"); absent when recorded in Marquee.
        public var source: String?
        /// The IMDb id an imported file gave ("tt0113277").
        public var imdb: String?

        public init(id: String, title: String? = nil, year: Int? = nil, kind: String? = nil) {
            self.id = id
            self.title = title
            self.year = year
            self.kind = kind
        }
    }

    /// The mood setting, as `marquee mood --json` prints it.
    public struct MoodEntry: Codable, Sendable, Equatable {
        public var mood: String
        public var valence: Float
        public var energy: Float
        public var strategy: String
        public var minutes: Int?
        public var with: String

        public init(_ setting: MoodSetting) {
            mood = setting.mood.name
            valence = setting.mood.point.valence
            energy = setting.mood.point.energy
            strategy = setting.strategy.rawValue
            minutes = setting.minutesAvailable
            with = setting.audience.rawValue
        }

        /// Nil when the names are not Marquee's.
        public var setting: MoodSetting? {
            guard let strategy = MoodStrategy(rawValue: strategy), let audience = Audience(rawValue: with) else { return nil }
            let mood = Mood.named(self.mood) ?? .custom(at: MoodPoint(valence: valence, energy: energy))
            return MoodSetting(mood: mood, strategy: strategy, minutesAvailable: minutes, audience: audience)
        }
    }

    public var format: Int
    public var exportedAt: String?
    public var ratings: [Entry]
    public var watched: [Entry]?
    public var watchlist: [Entry]
    public var notForMe: [Entry]
    public var liked: [Entry]?
    public var moodCorrections: [Entry]
    public var mood: MoodEntry?
    public var diversity: Float?
    /// Whether suggestions may offer titles already watched (format 2).
    public var rewatches: Bool?

    /// The document for `history`, naming titles through `title`.
    public init(history: UserHistory, mood: MoodSetting?, diversity: Float?, rewatches: Bool? = nil, exportedAt: Date,
                title: (TitleID) -> Title?) {
        func entry(_ id: TitleID) -> Entry {
            let known = title(id)
            var item = Entry(id: id.rawValue, title: known?.name, year: known?.year, kind: known?.kind.rawValue)
            item.imdb = history.imdbIDs[id]
            return item
        }
        format = Self.currentFormat
        self.exportedAt = Self.stamp(exportedAt)
        ratings = history.ratings.keys.sorted().map { id in
            let record = history.ratings[id]!
            var item = entry(id)
            item.stars = record.rating.stars
            item.ratedAt = Self.stamp(record.at)
            item.source = record.source?.rawValue
            return item
        }
        watched = history.viewings.map { viewing in
            var item = entry(viewing.title)
            item.on = viewing.on?.iso
            item.rewatch = viewing.rewatch ? true : nil
            item.source = viewing.source?.rawValue
            return item
        }
        watchlist = history.watchlist.keys.sorted().map { id in
            var item = entry(id)
            item.addedAt = Self.stamp(history.watchlist[id]!)
            return item
        }
        notForMe = history.hidden.keys.sorted().map { id in
            var item = entry(id)
            item.hiddenAt = Self.stamp(history.hidden[id]!)
            return item
        }
        liked = history.liked.keys.sorted().map { id in
            var item = entry(id)
            item.source = history.liked[id]!.rawValue
            return item
        }
        moodCorrections = history.corrections.keys.sorted().map { id in
            let correction = history.corrections[id]!
            var item = entry(id)
            var codes: [String: Float] = [:]
            for tone in Tone.allCases where correction.tones[tone] != 0 { codes[tone.code] = correction.tones[tone] }
            item.tones = codes
            item.correctedAt = Self.stamp(correction.at)
            return item
        }
        self.mood = mood.map(MoodEntry.init)
        self.diversity = diversity
        self.rewatches = rewatches
    }

    /// ISO 8601 in UTC with milliseconds, as user.sqlite stores moments.
    public static func stamp(_ date: Date) -> String {
        UserDatabase.timestamp(date)
    }

    static func moment(_ text: String) -> Date? {
        UserDatabase.moment(text)
    }
}
