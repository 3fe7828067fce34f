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
    let dataDirectory: URL

    /// Opens the catalog index (building it first when the catalog changed,
    /// with the same progress line as a full start) and user.sqlite.
    init(options: GlobalOptions) throws {
        // Reading one row is enough to find a damaged index and rebuild it.
        let opened = try AppEnvironment.openCatalog(options: options, progress: nil) { try $0.title(id: TitleID("")) }
        catalog = opened.catalog
        dataDirectory = opened.dataDirectory
        do { user = try UserDatabase(directory: opened.dataDirectory) } catch let error as StoreError {
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
