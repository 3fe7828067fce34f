import Catalog
@testable import CatalogStore
import Foundation
import GRDB
import TestSupport
import Testing

/// A database erased or replaced by another process while this one has it
/// open: the next write lands in the file that is there now, never in the
/// unlinked one.
@Suite struct ErasedElsewhereTests {
    @Test func aWriteAfterAnEraseElsewhereLandsInTheNewFile() throws {
        let folder = TemporaryDirectory()
        let open = try UserDatabase(directory: folder.url)
        try open.setRating(Rating(stars: 4), for: "okja-2017")
        // The other handle: `marquee erase` in another process.
        let eraser = try UserDatabase(directory: folder.url)
        #expect(try eraser.ratings() == ["okja-2017": Rating(stars: 4)!])
        try DataErasure.erase(DataErasure.presentFiles(in: folder.url))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("user.sqlite").path))

        try open.setRating(Rating(stars: 5), for: "klaus-2019")
        #expect(open.replacementsSeen == 1)
        // What is on disk now, read by a third process.
        let fresh = try UserDatabase(directory: folder.url)
        #expect(try fresh.ratings() == ["klaus-2019": Rating(stars: 5)!])
        #expect(try open.ratings() == ["klaus-2019": Rating(stars: 5)!])
    }

    @Test func aWriteAfterTheFileWasReplacedLandsInTheReplacement() throws {
        let folder = TemporaryDirectory(), backup = TemporaryDirectory()
        let open = try UserDatabase(directory: folder.url)
        try open.setRating(Rating(stars: 2), for: "okja-2017")
        do {
            let other = try UserDatabase(directory: backup.url)
            try other.setRating(Rating(stars: 3), for: "chef-2014")
        }
        // A backup moved into place (the other handle is gone, so its log is merged into the file).
        let target = folder.url.appendingPathComponent(UserDatabase.fileName)
        #expect(rename(backup.url.appendingPathComponent(UserDatabase.fileName).path, target.path) == 0)
        try open.setOnWatchlist(true, id: "klaus-2019")
        #expect(open.replacementsSeen == 1)
        let fresh = try UserDatabase(directory: folder.url)
        #expect(try fresh.ratings() == ["chef-2014": Rating(stars: 3)!])
        #expect(try fresh.watchlist() == ["klaus-2019"])
    }

    @Test func aReplacementThatIsNotADatabaseRefusesTheWrite() throws {
        let folder = TemporaryDirectory()
        let open = try UserDatabase(directory: folder.url)
        try open.setRating(Rating(stars: 2), for: "okja-2017")
        let target = folder.url.appendingPathComponent(UserDatabase.fileName)
        let garbage = folder.url.appendingPathComponent("garbage")
        try Data(repeating: 0x5A, count: 8192).write(to: garbage)
        #expect(rename(garbage.path, target.path) == 0)
        #expect(throws: StoreError.damaged(path: target.path, file: .user)) {
            try open.setRating(Rating(stars: 5), for: "klaus-2019")
        }
        #expect(try Data(contentsOf: target) == Data(repeating: 0x5A, count: 8192))
    }
}
