import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What Marquee writes about a person is theirs alone: a data directory it
/// creates is 0700, its databases and `export --out` files are 0600, and a
/// killed build's temporary file does not outlive the next start.
@Suite struct FileModeTests {
    static let catalog = ["--catalog", Fixtures.catalogDirectory.path]

    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func movielens(_ name: String) -> String {
        Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/movielens/\(name)").path
    }

    @Test func createdDataDirectoryAndFilesArePrivate() throws {
        let parent = TemporaryDirectory()
        let data = parent.url.appendingPathComponent("new/marquee")
        let rated = try MarqueeBinary.run(["rate", "amelie-2001", "4", "--data-dir", data.path] + Self.catalog)
        #expect(rated.status == 0, "\(rated.stderr)")
        #expect(try Self.mode(data) == 0o700)
        for name in ["catalog.sqlite", "user.sqlite"] {
            #expect(try Self.mode(data.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        let imported = try MarqueeBinary.run(["import", "movielens", "--ratings", Self.movielens("invented-catalog-ratings.csv"),
                                              "--movies", Self.movielens("invented-catalog-movies.csv"),
                                              "--data-dir", data.path] + Self.catalog)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Self.mode(data.appendingPathComponent("community.sqlite")) == 0o600)

        let out = parent.url.appendingPathComponent("export.json")
        let exported = try MarqueeBinary.run(["export", "--out", out.path, "--data-dir", data.path] + Self.catalog)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try Self.mode(out) == 0o600)
        // An existing, readable file is replaced by a private one.
        try Data("old".utf8).write(to: out)
        chmod(out.path, 0o644)
        #expect(try MarqueeBinary.run(["export", "--out", out.path, "--data-dir", data.path] + Self.catalog).status == 0)
        #expect(try Self.mode(out) == 0o600)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("amelie-2001"))
    }

    @Test func anExistingDataDirectoryKeepsItsMode() throws {
        let data = TemporaryDirectory()
        chmod(data.path, 0o750)
        #expect(try MarqueeBinary.run(["rate", "amelie-2001", "4", "--data-dir", data.path] + Self.catalog).status == 0)
        #expect(try Self.mode(data.url) == 0o750)
    }

    @Test func temporaryFilesOfAKilledBuildAreRemovedAtTheNextStart() throws {
        let data = TemporaryDirectory()
        #expect(try MarqueeBinary.run(["rate", "amelie-2001", "4", "--data-dir", data.path] + Self.catalog).status == 0)
        // No process has this id (above Linux's largest pid_max), so its build was killed.
        let abandoned = ["catalog.sqlite", "community.sqlite"].map { data.url.appendingPathComponent(".\($0).2147483646.writing") }
        // A build under way in a live process (this test runner) is left alone.
        let live = data.url.appendingPathComponent(".catalog.sqlite.\(getpid()).writing")
        for file in abandoned + [live] { try Data("half a database".utf8).write(to: file) }
        let shown = try MarqueeBinary.run(["show", "amelie-2001", "--data-dir", data.path] + Self.catalog)
        #expect(shown.status == 0, "\(shown.stderr)")
        for file in abandoned { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent)") }
        #expect(FileManager.default.fileExists(atPath: live.path))
    }
}
