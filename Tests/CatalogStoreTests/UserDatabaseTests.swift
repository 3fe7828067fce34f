import Catalog
@testable import CatalogStore
import GRDB
import Foundation
import TestSupport
import Testing

@Suite struct UserDatabaseTests {
    @Test func ratingsAreSetChangedAndCleared() throws {
        let directory = TemporaryDirectory()
        let user = try UserDatabase(directory: directory.url)
        try user.setRating(Rating(stars: 4), for: "zodiac-2007")
        try user.setRating(Rating(stars: 3.5), for: "okja-2017")
        try user.setRating(Rating(stars: 5), for: "zodiac-2007")
        #expect(try user.ratings() == ["zodiac-2007": Rating(stars: 5)!, "okja-2017": Rating(stars: 3.5)!])
        try user.setRating(nil, for: "okja-2017")
        #expect(try user.ratings().keys.sorted() == ["zodiac-2007"])
    }

    @Test func eachRatingKeepsTheDayItWasSet() throws {
        let directory = TemporaryDirectory()
        let user = try UserDatabase(directory: directory.url)
        // 2026-03-04 23:30 UTC, then the next day.
        try user.setRating(Rating(stars: 4), for: "zodiac-2007", at: Date(timeIntervalSince1970: 1_772_667_000))
        try user.setRating(Rating(stars: 2), for: "okja-2017", at: Date(timeIntervalSince1970: 1_772_667_000 + 86_400))
        #expect(try user.ratingDates() == ["zodiac-2007": CalendarDate(year: 2026, month: 3, day: 4)!,
                                           "okja-2017": CalendarDate(year: 2026, month: 3, day: 5)!])
    }

    /// Ratings keep the moment they were set, finer than a second, so the
    /// ratings screen can order same-day (and same-second) ratings; stamps
    /// written before fractions were stored still read.
    @Test func eachRatingKeepsTheMomentItWasSet() throws {
        let directory = TemporaryDirectory()
        let user = try UserDatabase(directory: directory.url)
        let moment = Date(timeIntervalSince1970: 1_772_667_000.25)
        try user.setRating(Rating(stars: 4), for: "zodiac-2007", at: moment)
        try user.setRating(Rating(stars: 2), for: "okja-2017", at: moment + 0.5)
        let times = try user.ratingTimes()
        #expect(abs(times["zodiac-2007"]!.timeIntervalSince(moment)) < 0.001)
        #expect(abs(times["okja-2017"]!.timeIntervalSince(moment + 0.5)) < 0.001)
        #expect(try user.ratingDates()["okja-2017"] == CalendarDate(year: 2026, month: 3, day: 4))
    }

    @Test func everythingSurvivesReopening() throws {
        let directory = TemporaryDirectory()
        do {
            let user = try UserDatabase(directory: directory.url)
            try user.setRating(Rating(stars: 2), for: "a-2000")
            try user.setOnWatchlist(true, id: "b-2000")
            try user.setHidden(true, id: "c-2000")
            try user.saveMoodSetting(MoodSetting(mood: NamedMood.tense.mood, strategy: .lift, minutesAvailable: 90, audience: .friends))
        }
        let reopened = try UserDatabase(directory: directory.url)
        #expect(try reopened.ratings()["a-2000"] == Rating(stars: 2))
        #expect(try reopened.watchlist() == ["b-2000"])
        #expect(try reopened.hidden() == ["c-2000"])
        let mood = try #require(try reopened.moodSetting())
        #expect(mood.mood.name == "tense" && mood.strategy == .lift && mood.minutesAvailable == 90 && mood.audience == .friends)
    }

    @Test func customMoodsKeepTheirPoint() throws {
        let user = try UserDatabase(directory: TemporaryDirectory().url)
        let point = MoodPoint(valence: -0.3, energy: 0.6)
        try user.saveMoodSetting(MoodSetting(mood: .custom(at: point)))
        #expect(try user.moodSetting()?.mood.point == point)
    }

    /// The diversity dial survives reopening; a stored value out of range or unreadable is ignored.
    @Test func diversityIsRemembered() throws {
        let directory = TemporaryDirectory()
        do {
            let user = try UserDatabase(directory: directory.url)
            #expect(try user.diversity() == nil)
            try user.saveDiversity(0.8)
        }
        let reopened = try UserDatabase(directory: directory.url)
        #expect(try reopened.diversity() == 0.8)
        try reopened.setSetting("diversity", to: "7")
        #expect(try reopened.diversity() == nil)
        try reopened.setSetting("diversity", to: "nan")
        #expect(try reopened.diversity() == nil)
    }

    @Test func familyIsStoredAsFamily() throws {
        let user = try UserDatabase(directory: TemporaryDirectory().url)
        try user.saveMoodSetting(MoodSetting(mood: NamedMood.cozy.mood, audience: .family))
        #expect(try user.moodSetting()?.audience == .family)
        #expect(try user.setting("mood")?.contains("\"audience\":\"family\"") == true)
    }

    /// The welcome shows on a first launch only: not once closed, not once anything is set.
    @Test func firstLaunchIsUntilAnythingIsSetOrTheWelcomeClosed() throws {
        let fresh = try UserDatabase(directory: TemporaryDirectory().url)
        #expect(try fresh.isFirstLaunch())
        try fresh.setWelcomeSeen()
        #expect(try !fresh.isFirstLaunch())
        let rated = try UserDatabase(directory: TemporaryDirectory().url)
        try rated.setRating(Rating(stars: 3), for: "zodiac-2007")
        #expect(try !rated.isFirstLaunch())
        let mood = try UserDatabase(directory: TemporaryDirectory().url)
        try mood.saveMoodSetting(.default)
        #expect(try !mood.isFirstLaunch())
    }

    @Test func watchlistAndHiddenToggle() throws {
        let user = try UserDatabase(directory: TemporaryDirectory().url)
        try user.setOnWatchlist(true, id: "x-2000")
        try user.setOnWatchlist(true, id: "x-2000")
        #expect(try user.watchlist() == ["x-2000"])
        try user.setOnWatchlist(false, id: "x-2000")
        #expect(try user.watchlist().isEmpty)
        try user.setHidden(true, id: "y-2000")
        try user.setHidden(false, id: "y-2000")
        #expect(try user.hidden().isEmpty)
    }

    @Test func fileIsPrivateAndInWALMode() throws {
        let directory = TemporaryDirectory()
        let user = try UserDatabase(directory: directory.url)
        try user.setRating(Rating(stars: 1), for: "a-2000")
        let path = directory.url.appendingPathComponent(UserDatabase.fileName).path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let walAttributes = try FileManager.default.attributesOfItem(atPath: path + "-wal")
        #expect((walAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    /// Stamps are written by hand: the same text a date formatter gives, and read back to the millisecond.
    @Test func timestampsAreISOInUTCToTheMillisecond() {
        #expect(UserDatabase.timestamp(Date(timeIntervalSince1970: 1_772_667_000.25)) == "2026-03-04T23:30:00.250Z")
        #expect(UserDatabase.timestamp(Date(timeIntervalSince1970: 0.007)) == "1970-01-01T00:00:00.007Z")
        #expect(UserDatabase.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        for stamp in ["2023-05-01T20:15:00.250Z", "2024-12-31T23:59:59.999Z", "1999-01-01T00:00:00.001Z"] {
            #expect(UserDatabase.timestamp(UserDatabase.moment(stamp)!) == stamp)
        }
        #expect(UserDatabase.moment("2026-01-01T00:00:00Z") == Date(timeIntervalSince1970: 1_767_225_600))
    }

    @Test func migrationsAreVersioned() throws {
        let user = try UserDatabase(directory: TemporaryDirectory().url)
        #expect(try user.appliedMigrations() == ["v1: ratings, watchlist, hidden, settings", "v2: mood profile corrections",
                                                 "v3: imported history"])
    }

    @Test func twoInstancesShareOneDatabaseSafely() async throws {
        let directory = TemporaryDirectory()
        let first = try UserDatabase(directory: directory.url)
        let second = try UserDatabase(directory: directory.url)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    let database = index.isMultiple(of: 2) ? first : second
                    try? database.setRating(Rating(stars: Double(index % 5 + 1)), for: TitleID("title-\(index)"))
                }
            }
        }
        #expect(try first.ratings().count == 40)
        #expect(try second.ratings().count == 40)
    }
}

@Suite struct UserMigrationTests {
    /// A database made by the first released version keeps everything when
    /// a newer Marquee opens it.
    @Test func versionOneDatabasesAreUpgradedWithTheirData() throws {
        let directory = TemporaryDirectory()
        let url = directory.url.appendingPathComponent(UserDatabase.fileName)
        do {
            let queue = try DatabaseQueue(path: url.path)
            try UserMigrations.migrator.migrate(queue, upTo: "v1: ratings, watchlist, hidden, settings")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO rating (title_id, stars, rated_at) VALUES ('zodiac-2007', 4.5, '2026-01-01T00:00:00Z')")
                try db.execute(sql: "INSERT INTO watchlist (title_id, added_at) VALUES ('okja-2017', '2026-01-01T00:00:00Z')")
                try db.execute(sql: #"INSERT INTO setting (key, value) VALUES ('mood', '{"audience":"kids","mood":"cozy","strategy":"lift"}')"#)
            }
            #expect(try queue.read { try UserMigrations.migrator.appliedMigrations($0) }.count == 1)
        }
        let upgraded = try UserDatabase(directory: directory.url)
        #expect(try upgraded.appliedMigrations().count == 3)
        #expect(try upgraded.ratings() == ["zodiac-2007": Rating(stars: 4.5)!])
        // A rating from before imports was given in Marquee.
        #expect(try upgraded.history().ratings["zodiac-2007"]?.source == nil)
        // Whole-second stamps from before fractions were stored.
        #expect(try upgraded.ratingTimes() == ["zodiac-2007": Date(timeIntervalSince1970: 1_767_225_600)])
        #expect(try upgraded.watchlist() == ["okja-2017"])
        #expect(try upgraded.moodSetting()?.audience == .kids)
        try upgraded.setCorrection(ToneVector([.sad: 0.9]), for: "zodiac-2007")
        #expect(try upgraded.corrections()["zodiac-2007"]?[.sad] == 0.9)
    }

    @Test func correctionsAreSetAndForgotten() throws {
        let user = try UserDatabase(directory: TemporaryDirectory().url)
        try user.setCorrection(ToneVector([.funny: 0.7, .light: 0.4]), for: "a-2000")
        try user.setCorrection(ToneVector([.funny: 0.2]), for: "a-2000")
        #expect(try user.corrections() == ["a-2000": ToneVector([.funny: 0.2])])
        try user.setCorrection(nil, for: "a-2000")
        #expect(try user.corrections().isEmpty)
    }
}
