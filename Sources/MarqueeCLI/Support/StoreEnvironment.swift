import Catalog
import CatalogStore
import Foundation

/// The two databases and nothing loaded from them: what a one-shot command
/// that names one title needs (`rate`, `hidden --add`, `mood`). Building
/// the in-memory library costs more than the whole command otherwise
/// (issue 13); these commands look the title up in the index instead.
final class StoreEnvironment {
    let catalog: CatalogDatabase
    let user: UserDatabase

    /// Opens the catalog index (building it first when the catalog changed,
    /// with the same progress line as a full start) and user.sqlite.
    init(options: GlobalOptions) throws {
        let dataDirectory = try options.usableDataDirectory()
        let files = CatalogFiles(directory: try options.catalogDirectory())
        let line = ProgressLine.standardError()
        defer { line.finish() }
        do {
            var built = 0
            let report: (CatalogDatabase.BuildStep) -> Void = { step in
                if case let .writing(_, total) = step { built = total }
                AppEnvironment.show(.building(step), on: line)
            }
            // A damaged index is rebuilt from the catalog files, once, as a full start does.
            var opened: CatalogDatabase
            do {
                opened = try CatalogDatabase.open(in: dataDirectory, files: files, progress: report)
                _ = try opened.title(id: TitleID(""))
            } catch where StoreError.fault(of: error) == .damaged {
                opened = try CatalogDatabase.rebuild(in: dataDirectory, files: files, progress: report)
            }
            catalog = opened
            if catalog.wasBuilt {
                line.finish(String(format: "Built the catalog index: %@ titles in %.1f s", AppEnvironment.grouped(built), line.elapsed))
            }
            user = try UserDatabase(directory: dataDirectory)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }

    /// The title with this id, or the one-line error every command gives.
    func title(_ id: String) throws -> Title {
        guard let found = try known(TitleID(id)) else { throw AppEnvironment.unknownTitle(id) }
        return found
    }

    /// The title with this id, or nil when the catalog has none.
    func known(_ id: TitleID) throws -> Title? {
        do { return try catalog.title(id: id) } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
    }
}
