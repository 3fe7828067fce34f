import Catalog
import CatalogStore
import Foundation
import Recommender

/// The project's own fixtures, and the shared real data when it is present.
public enum Fixtures {
    /// The repository root, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small catalog written for the tests (`Tests/Fixtures/catalog`).
    public static let catalogDirectory = repositoryRoot.appendingPathComponent("Tests/Fixtures/catalog")

    /// Invented MovieLens-format ratings, movies and tags (three taste groups).
    public static let movieLensDirectory = repositoryRoot.appendingPathComponent("Tests/Fixtures/movielens")

    /// The embedded catalog as committed (`catalog/`).
    public static let embeddedCatalogDirectory = repositoryRoot.appendingPathComponent("catalog")

    /// `../shared/data` beside the repository, when this machine has it.
    public static var sharedDataDirectory: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    public static func fixtureTitles() throws -> [Title] {
        try CatalogFiles(directory: catalogDirectory).readTitles()
    }

    /// A catalog folder as the app builds its library: curated profiles
    /// win over inference (which reads the description cues), loglines
    /// and how each profile was judged come along.
    public static func library(from directory: URL) throws -> Library {
        let content = try CatalogFiles(directory: directory).read()
        return Library(titles: content.titles, profileOverrides: content.curated.mapValues(\.profile),
                       loglines: content.curated.compactMapValues(\.logline), standings: content.curated.compactMapValues(\.standing),
                       audiences: content.curated.mapValues(\.madeFor), cues: content.cues,
                       curationMethods: content.curated.compactMapValues(\.method))
    }

    /// A fresh catalog folder holding copies of these fixture catalog files
    /// (paths relative to the fixture catalog), for tests that change them.
    public static func catalogCopy(_ names: [String]) throws -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        for name in names {
            let target = folder.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: catalogDirectory.appendingPathComponent(name), to: target)
        }
        return folder
    }

    /// The fixture catalog as a library, loaded once.
    public static let library: Library = {
        do { return try library(from: catalogDirectory) } catch { fatalError("fixture catalog does not load: \(error)") }
    }()

    /// The embedded catalog as a library, loaded once.
    public static let embeddedLibrary: Library = {
        do { return try library(from: embeddedCatalogDirectory) } catch { fatalError("embedded catalog does not load: \(error)") }
    }()
}

/// A fresh directory under the system's temporary directory, removed when
/// the value is released.
extension Fixtures {
    /// The invented service exports of Tests/Fixtures/history, laid out as
    /// the services write them. A file whose real name is also a data file's
    /// in ../shared/data (`ratings.csv`) is committed as `ratings-invented.csv`,
    /// so that it is never taken for that data; this copy, made once per test
    /// process, gives it back its real name.
    public static let historyDirectory: URL = {
        let source = repositoryRoot.appendingPathComponent("Tests/Fixtures/history")
        let copy = historyCopy.url.appendingPathComponent("history")
        try! FileManager.default.copyItem(at: source, to: copy)
        let files = FileManager.default.enumerator(at: copy, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.lastPathComponent.hasSuffix(inventedSuffix) {
            let real = String(url.lastPathComponent.dropLast(inventedSuffix.count)) + ".csv"
            try! FileManager.default.moveItem(at: url, to: url.deletingLastPathComponent().appendingPathComponent(real))
        }
        return copy
    }()

    static let inventedSuffix = "-invented.csv"
    private static let historyCopy = TemporaryDirectory("marquee-history-fixtures")
}

public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "marquee-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
