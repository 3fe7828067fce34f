import Catalog
import CatalogStore
import Recommender
@testable import Runtime
import TestSupport
import Foundation
import Testing

/// A launch keeps the library's columns in the catalog index; the next
/// launch of the same build reads them back, and anything it cannot trust
/// is worked out again.
@Suite struct KeptLibraryColumnsTests {
    private func openFixture(_ data: TemporaryDirectory) throws -> CatalogDatabase {
        try CatalogDatabase.open(in: data.url, files: CatalogFiles(directory: Fixtures.catalogDirectory))
    }

    @Test func theSecondLaunchReadsWhatTheFirstKept() throws {
        let data = TemporaryDirectory()
        let catalog = try openFixture(data)
        let first = try LaunchLoad(from: catalog)
        #expect(!first.reusedColumns)
        let second = try LaunchLoad(from: openFixture(data))
        #expect(second.reusedColumns)
        #expect(second.library.columns == first.library.columns)
        // And what the files alone give (curated profiles and audiences from moods.tsv).
        #expect(second.library.columns == Fixtures.library.columns)
        #expect(second.library.works == first.library.works)
    }

    @Test func columnsKeptByAnotherBuildAreWorkedOutAgain() throws {
        let data = TemporaryDirectory()
        let catalog = try openFixture(data)
        let titles = try catalog.loadTitles()
        let expected = try LaunchLoad(from: catalog).library.columns
        let stamp = try #require(ProgramStamp.current)
        let name = CatalogDatabase.libraryColumnsName
        // Another build's bytes (here: columns of a different library) under another stamp.
        #expect(catalog.keepDerived(LibraryColumns(titles: titles).encoded(), named: name, stamp: "another build"))
        let again = try LaunchLoad(from: catalog)
        #expect(!again.reusedColumns)
        #expect(again.library.columns == expected)
        #expect(catalog.derivedBytes(named: name, stamp: stamp) != nil, "kept again under this build's stamp")
        // Damaged bytes under this build's stamp: refused, worked out, replaced.
        #expect(catalog.keepDerived([1, 2, 3], named: name, stamp: stamp))
        let repaired = try LaunchLoad(from: catalog)
        #expect(!repaired.reusedColumns && repaired.library.columns == expected)
        #expect(try LaunchLoad(from: catalog).reusedColumns)
    }

    @Test func inferredOnlyLibrariesAreNeitherReadNorKept() throws {
        let data = TemporaryDirectory()
        let catalog = try openFixture(data)
        let inferred = try LaunchLoad(from: catalog, inferredProfilesOnly: true)
        #expect(!inferred.reusedColumns)
        #expect(!inferred.library.profiles.contains { $0.source == .curated })
        #expect(catalog.derivedBytes(named: CatalogDatabase.libraryColumnsName, stamp: try #require(ProgramStamp.current)) == nil)
        _ = try LaunchLoad(from: catalog)
        let again = try LaunchLoad(from: catalog, inferredProfilesOnly: true)
        #expect(!again.reusedColumns && again.library.columns == inferred.library.columns)
    }
}
