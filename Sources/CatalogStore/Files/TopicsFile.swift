import Catalog
import Foundation

/// `catalog/topics.tsv`: what each title is about, as words of Marquee's
/// topic lexicon (`TopicWords`), derived at catalog build time from the
/// description (the sentences themselves are never stored). Columns `id` and
/// `topics` (comma-separated); only titles with a topic have a line.
public enum TopicsFile {
    public static let fileName = "topics.tsv"
    public static let columns = ["id", "topics"]

    public static func parse(_ data: Data, fileName: String = fileName, knownIDs: Set<TitleID>)
        -> (topics: [TitleID: [String]], diagnostics: [Diagnostic]) {
        let (topics, diagnostics) = IDListFile.lexiconLists(
            data, fileName: fileName, columns: columns, knownIDs: knownIDs, itemName: "topic",
            lexicon: "Sources/Catalog/TopicWords.swift", limit: TopicWords.limit, isKnown: TopicWords.isKnown)
        return (topics, diagnostics)
    }

    /// Writes `topics.tsv` into `directory`; a crash midway leaves the old file.
    public static func write(_ topics: [TitleID: [String]], to directory: URL, header comment: [String] = []) throws {
        try IDListFile.write(topics, columns: columns, to: directory.appendingPathComponent(fileName), header: comment)
    }
}
