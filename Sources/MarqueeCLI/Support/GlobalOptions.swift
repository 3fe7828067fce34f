import ArgumentParser
import Catalog
import EmbeddedCatalog
import Foundation

/// Options every command shares: where data lives and which catalog to use.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Directory for your ratings and the catalog index (default: $MARQUEE_DATA_DIR, else $XDG_DATA_HOME/marquee, else ~/.local/share/marquee).",
        valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp(
        "Directory holding a catalog's titles.tsv (default: $MARQUEE_CATALOG_DIR, else the embedded catalog).",
        valueName: "dir"))
    var catalog: String?

    func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let dataDir { return URL(fileURLWithPath: dataDir) }
        if let path = environment["MARQUEE_DATA_DIR"], !path.isEmpty { return URL(fileURLWithPath: path) }
        // The XDG spec says relative paths are invalid and must be ignored.
        if let path = environment["XDG_DATA_HOME"], path.hasPrefix("/") {
            return URL(fileURLWithPath: path).appendingPathComponent("marquee")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/marquee")
    }

    /// The data directory, refused in one line when it is a file: opening
    /// databases inside a file would fail with an operating-system error dump.
    func usableDataDirectory() throws -> URL {
        let url = dataDirectory()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw MarqueeError("\(SafeText.display(url.path)) is not a directory (the data directory holds Marquee's files; see --data-dir)")
        }
        return url
    }

    func catalogDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let catalog { return URL(fileURLWithPath: catalog) }
        if let path = environment["MARQUEE_CATALOG_DIR"], !path.isEmpty { return URL(fileURLWithPath: path) }
        guard let embedded = EmbeddedCatalog.directory else {
            throw MarqueeError("the embedded catalog is missing; pass --catalog DIR")
        }
        return embedded
    }
}

/// A failure to report as one line, `Error: …`, exit code 1.
struct MarqueeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
