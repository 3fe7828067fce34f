import Catalog
@testable import CatalogStore
import Foundation
import TestSupport

/// What the history reader tests share: the fixtures' folder, a small
/// invented catalog to match against, and helpers for throwaway files.
enum HistoryFixtures {
    static let directory = Fixtures.historyDirectory

    static func url(_ path: String) -> URL { directory.appendingPathComponent(path) }

    /// Titles the fixtures name, with the awkward neighbours: two films
    /// called Dune decades apart, a series whose catalog year is its latest
    /// season's, and an ASCII apostrophe where the files write a typographic one.
    static let catalog: [Title] = [
        Title(id: "amelie", kind: .movie, name: "Amélie", year: 2001, directors: ["Odile Marchand"]),
        Title(id: "oceans-eleven", kind: .movie, name: "Ocean's Eleven", year: 2001),
        Title(id: "solaris-1972", kind: .movie, name: "Solaris", year: 1972),
        Title(id: "heat", kind: .movie, name: "Heat", year: 1995),
        Title(id: "dune-1984", kind: .movie, name: "Dune", year: 1984, directors: ["Pavel Lindqvist"]),
        Title(id: "dune-2021", kind: .movie, name: "Dune", year: 2021, directors: ["Selma Ruiz"]),
        Title(id: "crouching-tiger", kind: .movie, name: "Crouching Tiger, Hidden Dragon", year: 2000),
        Title(id: "the-office", kind: .series, name: "The Office", year: 2013, seasons: 9),
        Title(id: "stranger-things", kind: .series, name: "Stranger Things", year: 2022, seasons: 4),
        Title(id: "chernobyl", kind: .series, name: "Chernobyl", year: 2019, seasons: 1),
        Title(id: "money-heist", kind: .series, name: "Money Heist", year: 2021, seasons: 5),
    ]

    static let matcher = HistoryMatcher(titles: catalog)

    /// A fixed "now" so plans do not depend on the clock.
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    static func plan(_ read: HistoryRead, current: UserHistory = UserHistory()) -> HistoryImportPlan {
        HistoryImportPlan(read: read, matcher: matcher, current: current, titles: { id in catalog.first { $0.id == id }?.name }, now: now)
    }

    /// Writes `text` (or raw bytes) to `name` inside `folder`, making folders as needed.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: TemporaryDirectory) throws -> URL {
        try write(Array(text.utf8), to: name, in: folder)
    }

    @discardableResult
    static func write(_ bytes: [UInt8], to name: String, in folder: TemporaryDirectory) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    /// The error's text, or nil when nothing was thrown.
    static func failure(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as StoreError { return error.description } catch { return "unexpected: \(error)" }
        return nil
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Midnight UTC of a day, as readers date files that give only the day.
    static func moment(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = day(text)
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }

    static func stars(_ value: Double) -> Rating { Rating(stars: value)! }
}
