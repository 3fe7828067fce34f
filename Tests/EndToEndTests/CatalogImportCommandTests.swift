import Foundation
import TestSupport
import Testing

/// `marquee catalog import imdb` as a person runs it, then the catalog it
/// wrote served with `--catalog`.
@Suite struct CatalogImportCommandTests {
    static let fixtures = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/imdb")

    @Test func importedIMDbDatasetsServeAsACatalog() throws {
        let work = TemporaryDirectory(), data = TemporaryDirectory()
        let out = work.url.appendingPathComponent("imdb-catalog").path
        let imported = try MarqueeBinary.run(["catalog", "import", "imdb", Self.fixtures.path, "--out", out])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("wrote 5 films and 3 series to"), "\(imported.stdout)")
        #expect(imported.stdout.contains("passed over: adult 1, no year 1, short 1, tvEpisode 1, videoGame 1"), "\(imported.stdout)")

        let check = try MarqueeBinary.run(["catalog", "check", "--catalog", out])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let shown = try MarqueeBinary.run(["show", "the-lantern-keeper-1994", "--catalog", out, "--data-dir", data.path])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("standing    rated 4.7★ by 2,800,000 people (the catalog's ratings)"), "\(shown.stdout)")
        #expect(shown.stdout.contains("directed by Odile Ferrand"), "\(shown.stdout)")
        let found = try MarqueeBinary.run(["search", "ile de lumiere", "--catalog", out, "--data-dir", data.path])
        #expect(found.stdout.hasPrefix("ile-de-lumiere-2018  Île de Lumière (2018) · Film · 101 min"), "\(found.stdout)")

        let missing = try MarqueeBinary.run(["catalog", "import", "imdb", work.path, "--out", out])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("title.basics.tsv.gz: no such file"), "\(missing.stderr)")
    }

    /// `catalog synth --format imdb` writes what `catalog import imdb` reads.
    @Test func synthesisedDatasetsImport() throws {
        let work = TemporaryDirectory()
        let datasets = work.url.appendingPathComponent("datasets").path, out = work.url.appendingPathComponent("catalog").path
        let synth = try MarqueeBinary.run(["catalog", "synth", "--count", "300", "--format", "imdb", "--out", datasets,
                                           "--catalog", Fixtures.catalogDirectory.path])
        #expect(synth.status == 0, "\(synth.stderr)")
        let imported = try MarqueeBinary.run(["catalog", "import", "imdb", datasets, "--out", out, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        #expect((summary["films"] as? Int ?? 0) + (summary["series"] as? Int ?? 0) == 300, "\(imported.stdout)")
        let passed = try #require(summary["passedOver"] as? [String: Int])
        #expect(passed.values.reduce(0, +) == 15, "\(imported.stdout)")
        #expect(try MarqueeBinary.run(["catalog", "check", "--catalog", out]).status == 0)
    }
}
