import Catalog
import Foundation

/// A service a person's history comes from.
public enum HistorySource: String, Sendable, CaseIterable, Codable, Comparable {
    case letterboxd
    case imdb
    case netflix
    case trakt
    /// Marquee's own export, read back.
    case marquee

    /// "Letterboxd", as the detail and stats screens name it.
    public var displayName: String {
        switch self {
        case .letterboxd: "Letterboxd"
        case .imdb: "IMDb"
        case .netflix: "Netflix"
        case .trakt: "Trakt"
        case .marquee: "a Marquee export"
        }
    }

    public static func < (lhs: HistorySource, rhs: HistorySource) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One row of a person's exported history, as read from the service's file
/// and before it is matched to a catalog title: how the row names the work,
/// and what the person did with it.
public struct HistoryRow: Sendable, Hashable {
    /// What the person did with the work. A row may say several things
    /// (a Letterboxd diary entry is a viewing with a rating).
    public enum Fact: Sendable, Hashable {
        /// A rating, and when it was given where the file says.
        case rated(Rating, on: Date?)
        /// A viewing, on a day where the file says; `rewatch` when the file marks it one.
        case watched(on: CalendarDate?, rewatch: Bool)
        case watchlisted(on: Date?)
        /// A "like" (Letterboxd's heart, a Netflix thumbs up without a scale).
        case liked
        /// "Not for me" (Marquee's own export only).
        case notForMe(on: Date?)
        /// The person's own tones for the title (Marquee's own export only).
        case corrected(ToneVector, on: Date?)
    }

    /// The file's name as the person would recognise it, for messages ("ratings.csv").
    public var file: String
    /// The line the row starts on (1 is the header of a CSV file; JSON: the line the record opens on).
    public var line: Int
    public var name: String
    /// The title in its original language where the file gives it (IMDb).
    public var originalName: String?
    /// For films the release year; for series the first year (IMDb, Trakt).
    public var year: Int?
    /// Nil when the file does not say (Netflix viewing history without a season).
    public var kind: TitleKind?
    /// "tt0111161", where the file gives it; kept for exports back to Letterboxd.
    public var imdbID: String?
    public var directors: [String]
    /// An exact catalog id: only Marquee's own export has one.
    public var titleID: TitleID?
    /// Marquee's own export only: the service the row's facts were first
    /// imported from, nil when they were recorded in Marquee. Other files'
    /// facts come from the file's own service.
    public var origin: HistorySource?
    public var facts: [Fact]

    public init(file: String, line: Int, name: String, originalName: String? = nil, year: Int? = nil,
                kind: TitleKind? = nil, imdbID: String? = nil, directors: [String] = [], titleID: TitleID? = nil,
                origin: HistorySource? = nil, facts: [Fact]) {
        self.file = file
        self.line = line
        self.name = name
        self.originalName = originalName
        self.year = year
        self.kind = kind
        self.imdbID = imdbID
        self.directors = directors
        self.titleID = titleID
        self.origin = origin
        self.facts = facts
    }

    /// "Heat (1995)", or the name alone, for reports.
    public var displayName: String {
        year.map { "\(SafeText.display(name)) (\($0))" } ?? SafeText.display(name)
    }
}

/// A row that could not be read: `file:line: field: what is wrong`.
public struct HistoryProblem: Sendable, Hashable, Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        field.isEmpty ? "\(SafeText.display(file)):\(line): \(message)"
            : "\(SafeText.display(file)):\(line): \(field): \(message)"
    }
}

/// Where a reader puts the rows it understood: kept in `rows`, or, with
/// `forward`, handed on as each is read and not kept, so an import can
/// match and plan while reading and never hold a large file's rows at once.
public final class HistoryRowSink: @unchecked Sendable {
    private let forward: ((HistoryRow) -> Void)?
    public private(set) var rows: [HistoryRow] = []
    /// Rows put here so far, kept or forwarded.
    public private(set) var count = 0

    public init(forward: ((HistoryRow) -> Void)? = nil) {
        self.forward = forward
    }

    public func add(_ row: HistoryRow) {
        count += 1
        if let forward { forward(row) } else { rows.append(row) }
    }
}

/// What a reader made of a file (or an export's folder): the rows it
/// understood (in its sink) and the rows it could not read. A reader throws
/// only when the whole input is unusable (missing, not the format it
/// claims); a bad row is a problem, and the import refuses the file unless
/// `--skip-bad`.
public struct HistoryRead: Sendable {
    public var source: HistorySource
    public let sink: HistoryRowSink
    public var problems: [HistoryProblem]
    /// The files read, by name, in the order read.
    public var files: [String]
    /// Rows that are well formed but name nothing Marquee lists, counted by
    /// what they are ("TV episodes", "video games"): passed over, not errors.
    public var passedOver: [String: Int]
    /// What a person should know about the input as a whole ("Ratings.csv
    /// holds the ratings of 3 profiles"), said in the report.
    public var notes: [String] = []

    public init(source: HistorySource, rows: [HistoryRow] = [], problems: [HistoryProblem] = [], files: [String] = [],
                passedOver: [String: Int] = [:], sink: HistoryRowSink = HistoryRowSink()) {
        self.source = source
        self.sink = sink
        self.problems = problems
        self.files = files
        self.passedOver = passedOver
        rows.forEach(sink.add)
    }

    /// The rows kept (none when the sink forwards them).
    public var rows: [HistoryRow] { sink.rows }

    /// Every row of the input: understood, malformed or passed over.
    public var rowsRead: Int { sink.count + problems.count + passedOver.values.reduce(0, +) }
}
