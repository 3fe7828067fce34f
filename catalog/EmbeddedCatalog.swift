import Foundation

/// Finds the catalog files shipped with Marquee.
///
/// SwiftPM copies `titles.tsv`, `moods.tsv`, `ai-use.tsv`, `cues.tsv` and `aliases.tsv` into `Marquee_EmbeddedCatalog.resources`
/// beside the built executable. An installed binary finds it there too when
/// that folder is copied along, or in `../share/marquee/catalog` next to
/// the binary's folder; a build from a clone also falls back to this folder
/// of the source tree.
public enum EmbeddedCatalog {
    static let fileName = "titles.tsv"
    static let bundleName = "Marquee_EmbeddedCatalog.resources"

    /// The directory holding the embedded catalog files, or nil if none is found.
    public static var directory: URL? {
        candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(fileName).path) }
    }

    /// Where to look, in order.
    static var candidates: [URL] {
        var urls: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            urls.append(folder.appendingPathComponent(bundleName))
            urls.append(folder.deletingLastPathComponent().appendingPathComponent("share/marquee/catalog"))
        }
        urls.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return urls
    }
}
