import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary on damaged files, a read-only data directory and a full
/// disk: one line that names the file and says what to do, and a damaged
/// rebuildable file (catalog, community) never blocks `rate` or `export`.
@Suite struct DamagedFilesTests {
    static let catalog = ["--catalog", Fixtures.catalogDirectory.path]
    static let garbage = Data((0..<6000).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) })

    static func movielens(_ name: String) -> String {
        Fixtures.movieLensDirectory.appendingPathComponent(name).path
    }

    /// A data directory with a rating, an import and the catalog index.
    static func filledDataDirectory() throws -> TemporaryDirectory {
        let data = TemporaryDirectory()
        #expect(try MarqueeBinary.run(["rate", "amelie-2001", "4", "--data-dir", data.path] + catalog).status == 0)
        let imported = try MarqueeBinary.run(["import", "movielens", "--ratings", movielens("invented-catalog-ratings.csv"),
                                              "--movies", movielens("invented-catalog-movies.csv"), "--data-dir", data.path] + catalog)
        #expect(imported.status == 0, "\(imported.stderr)")
        return data
    }

    @Test func garbageInUserSqliteSaysToMoveItAwayOrErase() throws {
        let data = try Self.filledDataDirectory()
        let file = data.url.appendingPathComponent("user.sqlite")
        try Self.garbage.write(to: file)
        for command in [["rate", "okja-2017", "5"], ["export"]] {
            let result = try MarqueeBinary.run(command + ["--data-dir", data.path] + Self.catalog)
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(file.path) is not a Marquee database: move it away or run marquee erase\n", "\(result.stderr)")
        }
        #expect(try Data(contentsOf: file) == Self.garbage, "the person's file is left for them to recover")
    }

    @Test func aDamagedCommunityFileIsIgnoredWithAWarning() throws {
        let data = try Self.filledDataDirectory()
        let file = data.url.appendingPathComponent("community.sqlite")
        try Self.garbage.write(to: file)
        // Rating reads only the index and user.sqlite: it never meets the damaged file.
        let rated = try MarqueeBinary.run(["rate", "okja-2017", "5", "--data-dir", data.path] + Self.catalog)
        #expect(rated.status == 0 && rated.stderr.isEmpty, "\(rated.stderr)")
        let exported = try MarqueeBinary.run(["export", "--data-dir", data.path] + Self.catalog)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr == "warning: ignored: \(file.path) is damaged: import again (marquee import movielens) to rebuild it, or remove it\n")
        #expect(exported.stdout.contains("\"okja-2017\""), "\(exported.stdout)")
        // Importing again replaces it.
        let imported = try MarqueeBinary.run(["import", "movielens", "--ratings", Self.movielens("invented-catalog-ratings.csv"),
                                              "--movies", Self.movielens("invented-catalog-movies.csv"), "--data-dir", data.path] + Self.catalog)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try MarqueeBinary.run(["export", "--data-dir", data.path] + Self.catalog).stderr.isEmpty)
    }

    @Test func aDamagedCatalogIndexIsRebuilt() throws {
        for damage in ["garbage", "truncated", "pages overwritten"] {
            let data = try Self.filledDataDirectory()
            let file = data.url.appendingPathComponent("catalog.sqlite")
            var bytes = try Data(contentsOf: file)
            switch damage {
            case "garbage": bytes = Self.garbage
            case "truncated": bytes = bytes.prefix(bytes.count / 2)
            default:
                // Pages 1–3 (schema and the fingerprint in `meta`) intact, every later page
                // overwritten: the file opens as current and fails only when titles are read.
                let tail = (12_288..<bytes.count).map { Self.garbage[$0 % Self.garbage.count] }
                bytes.replaceSubrange(12_288..<bytes.count, with: tail)
            }
            try bytes.write(to: file)
            let rated = try MarqueeBinary.run(["rate", "okja-2017", "5", "--data-dir", data.path] + Self.catalog)
            #expect(rated.status == 0, "\(damage): \(rated.stderr)")
            let exported = try MarqueeBinary.run(["export", "--data-dir", data.path] + Self.catalog)
            #expect(exported.status == 0, "\(damage): \(exported.stderr)")
            #expect(exported.stdout.contains("\"okja-2017\"") && exported.stdout.contains("\"amelie-2001\""), "\(damage)")
            let search = try MarqueeBinary.run(["search", "amelie", "--data-dir", data.path] + Self.catalog)
            #expect(search.stdout.contains("amelie-2001"), "\(damage): \(search.stdout) \(search.stderr)")
        }
    }

    /// chmod 0500 does not stop root, so as root the binary runs as `nobody`
    /// (setpriv); where that is impossible the test says why and stops.
    @Test func aReadOnlyDataDirectorySaysSo() throws {
        let data = try Self.filledDataDirectory()
        var prefix: [String] = []
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root without setpriv, so a read-only directory cannot be made")
                return
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
                #expect(chown(data.url.appendingPathComponent(name).path, 65534, 65534) == 0)
            }
            #expect(chown(data.path, 65534, 65534) == 0)
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        #expect(chmod(data.path, 0o500) == 0)
        defer { chmod(data.path, 0o700) }
        // Check that the directory really refuses writes to whoever runs the binary.
        let probe = try Spawn.run(prefix + ["/usr/bin/touch", data.url.appendingPathComponent("probe").path])
        guard probe.status != 0 else {
            print("skipped: chmod 0500 does not stop writes here")
            return
        }
        let binary = MarqueeBinary.url.path
        if getuid() == 0, try Spawn.run(prefix + [binary, "--version"]).status != 0 {
            print("skipped: the binary cannot run as nobody from \(binary)")
            return
        }
        let rated = try Spawn.run(prefix + [binary, "rate", "okja-2017", "5", "--data-dir", data.path] + Self.catalog)
        #expect(rated.status == 1)
        #expect(rated.output == "Error: \(data.path) is read-only: Marquee cannot write user.sqlite there "
                + "(make the directory writable, or use another with --data-dir)\n", "\(rated.output)")
    }

    /// A small full file system in a private mount namespace (`unshare -m`,
    /// gone when the command ends); where that is impossible the test says why.
    /// Big enough for the first `rate` to end cleanly (about 240 KB with its
    /// WAL checkpointed), then filled.
    @Test func aFullDiskSaysWhereToFreeSpace() throws {
        let mountPoint = TemporaryDirectory()
        let binary = MarqueeBinary.url.path
        let data = mountPoint.url.appendingPathComponent("data").path
        let catalog = Self.catalog.joined(separator: " ")
        let script = """
            mount -t tmpfs -o size=600k tmpfs '\(mountPoint.path)' || exit 90
            '\(binary)' rate amelie-2001 4 --data-dir '\(data)' \(catalog) >/dev/null || exit 91
            dd if=/dev/zero of='\(mountPoint.path)/filler' bs=4k >/dev/null 2>&1
            '\(binary)' rate okja-2017 5 --data-dir '\(data)' \(catalog); echo "rate exit $?"
            '\(binary)' export --data-dir '\(data)' \(catalog) >/dev/null; echo "export exit $?"
            """
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else {
            print("skipped: no unshare to make a small file system")
            return
        }
        let result = try Spawn.run(["/usr/bin/unshare", "-m", "/bin/sh", "-c", script])
        guard result.status != 90, !result.output.contains("unshare:") else {
            print("skipped: cannot mount a small file system here (\(result.output.split(separator: "\n").first ?? ""))")
            return
        }
        let full = "Error: disk is full: free space in \(data)"
        #expect(result.output == "\(full)\nrate exit 1\n\(full)\nexport exit 1\n", "\(result.output)")
    }
}
