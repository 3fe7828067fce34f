import Foundation
import GRDB

extension CatalogDatabase {
    /// Another read-only connection to the same index, for reading beside
    /// this one on another thread (a launch reads titles and the library's
    /// side tables at once). A connection serves one thread at a time.
    public func anotherReader() throws -> CatalogDatabase {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return CatalogDatabase(queue: try DatabaseQueue(path: queue.path, configuration: configuration), wasBuilt: wasBuilt)
        } catch {
            throw StoreError.explaining(error, at: URL(fileURLWithPath: queue.path), file: .catalog)
        }
    }
}
