import Catalog
@testable import CatalogStore
import Foundation
import GRDB
import TestSupport
import Testing

/// SQLite and file-system failures as one line that names the file and says what to do.
@Suite struct StoreFailureTests {
    static let file = URL(fileURLWithPath: "/data/marquee/user.sqlite")

    @Test func aFullDiskSaysWhereToFreeSpace() {
        let full = DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        #expect(StoreError.explaining(full, at: Self.file, file: .user).description == "disk is full: free space in /data/marquee")
        #expect(StoreError.explaining(POSIXError(.ENOSPC), at: Self.file, file: .output).description
                == "disk is full: free space in /data/marquee")
        #expect(StoreError.explaining(StoreError.fileSystem(path: "/data/marquee/x", action: "create", code: ENOSPC),
                                      at: Self.file, file: .catalog) == .diskFull(directory: "/data/marquee"))
    }

    @Test func damageAdvisesByFile() {
        let notADatabase = DatabaseError(resultCode: .SQLITE_NOTADB, message: "file is not a database")
        let corrupt = DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed")
        #expect(StoreError.explaining(notADatabase, at: Self.file, file: .user).description
                == "/data/marquee/user.sqlite is not a Marquee database: move it away or run marquee erase")
        let community = URL(fileURLWithPath: "/data/marquee/community.sqlite")
        #expect(StoreError.explaining(corrupt, at: community, file: .community).description
                == "/data/marquee/community.sqlite is damaged: import again (marquee import movielens) to rebuild it, or remove it")
        #expect(StoreError.fault(of: corrupt) == .damaged)
    }

    @Test func otherErrorsKeepTheirTextWithTheFileNamed() {
        let busy = DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
        #expect(StoreError.explaining(busy, at: Self.file, file: .user).description == "/data/marquee/user.sqlite: database is locked")
        #expect(StoreError.fault(of: busy) == nil)
    }

    @Test func garbageInUserSqliteIsNotAMarqueeDatabase() throws {
        let folder = TemporaryDirectory()
        let url = folder.url.appendingPathComponent(UserDatabase.fileName)
        try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: url)
        #expect(throws: StoreError.damaged(path: url.path, file: .user)) { try UserDatabase(directory: folder.url) }
        // Another program's SQLite file is refused too, and left as it was.
        try FileManager.default.removeItem(at: url)
        let other = try DatabaseQueue(path: url.path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try other.close()
        #expect(throws: StoreError.damaged(path: url.path, file: .user)) { try UserDatabase(directory: folder.url) }
        let tables = try DatabaseQueue(path: url.path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["notes"])
    }

    @Test func aDamagedCommunityFileIsReportedAsSuch() throws {
        let folder = TemporaryDirectory()
        let url = folder.url.appendingPathComponent(CommunityDatabase.fileName)
        try Data(repeating: 0x41, count: 3000).write(to: url)
        #expect(throws: StoreError.damaged(path: url.path, file: .community)) { try CommunityDatabase.links(in: folder.url) }
    }
}
