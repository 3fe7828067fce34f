import Catalog
import Foundation

/// `catalog/cues.tsv`: the description cue words of each title, derived at
/// catalog build time by `DescriptionCues` (the sentences themselves are
/// never stored). Columns `id` and `cues` (comma-separated, each a cue of the
/// lexicon); only titles with at least one cue have a line.
public enum CuesFile {
    public static let fileName = "cues.tsv"
    public static let columns = ["id", "cues"]

    public static func parse(_ data: Data, fileName: String = fileName, knownIDs: Set<TitleID>)
        -> (cues: [TitleID: [String]], diagnostics: [Diagnostic]) {
        let (cues, diagnostics) = IDListFile.lexiconLists(
            data, fileName: fileName, columns: columns, knownIDs: knownIDs, itemName: "cue",
            lexicon: "Sources/Catalog/DescriptionCues.swift", limit: DescriptionCues.limit, isKnown: DescriptionCues.isKnown)
        return (cues, diagnostics)
    }

    /// The file's text: `comment` lines, the header, then one line per
    /// title with cues, sorted by id.
    public static func render(_ cues: [TitleID: [String]], header comment: [String] = []) -> String {
        IDListFile.render(cues, columns: columns, header: comment)
    }

    /// Writes `cues.tsv` into `directory`; a crash midway leaves the old file.
    public static func write(_ cues: [TitleID: [String]], to directory: URL, header comment: [String] = []) throws {
        try IDListFile.write(cues, columns: columns, to: directory.appendingPathComponent(fileName), header: comment)
    }
}
