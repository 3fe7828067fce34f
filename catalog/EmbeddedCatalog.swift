import Foundation

/// Finds the catalog files shipped with Marquee.
///
/// SwiftPM copies `titles.tsv` into a resource bundle beside the built
/// executable; an installed binary carries that bundle along (see README).
public enum EmbeddedCatalog {
    /// The directory holding the embedded catalog files.
    public static var directory: URL? {
        Bundle.module.url(forResource: "titles", withExtension: "tsv")?.deletingLastPathComponent()
    }
}
