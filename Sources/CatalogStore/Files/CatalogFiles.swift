import Catalog
import Foundation

/// A catalog directory on disk (the embedded `catalog/` or one a user
/// points at) and its content fingerprint.
public struct CatalogFiles: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var titlesURL: URL { directory.appendingPathComponent(CatalogFileFormat.titlesFileName) }

    /// A hash of the catalog's bytes: the database is rebuilt when it changes.
    public func fingerprint() throws -> String {
        guard let data = try? Data(contentsOf: titlesURL) else {
            throw StoreError.unreadableFile(path: titlesURL.path, reason: "cannot read catalog file")
        }
        return "v\(CatalogFileFormat.formatVersion)-\(data.count)-\(FNV1a64.hex(of: data))"
    }

    /// Reads and validates the titles; throws with every problem found.
    public func readTitles() throws -> [Title] {
        let result = try CatalogFileReader().read(contentsOf: titlesURL)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw StoreError.invalidCatalog(errors) }
        return result.titles
    }
}

/// 64-bit FNV-1a: a fast, stable content hash (not for security).
enum FNV1a64 {
    static func hex(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }
}
