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
        let file = IDListFile(data, fileName: fileName, columns: columns, knownIDs: knownIDs, itemName: "topic") { part, kept, problems in
            let topic = String(part)
            if !TopicWords.isKnown(topic) {
                problems.add("topics", "'\(SafeText.display(topic))' is not a topic of the lexicon (Sources/Catalog/TopicWords.swift)")
            } else if kept.contains(topic) {
                problems.add("topics", "'\(topic)' is given twice")
            } else {
                return topic
            }
            return nil
        }
        var topics: [TitleID: [String]] = [:]
        var diagnostics = file.diagnostics
        for var entry in file.entries {
            if entry.items.count > TopicWords.limit { entry.problems.add("topics", "more than \(TopicWords.limit) topics") }
            if entry.problems.list.isEmpty { topics[entry.id] = entry.items }
            diagnostics += entry.problems.list
        }
        return (topics, diagnostics)
    }

    /// Writes `topics.tsv` into `directory`; a crash midway leaves the old file.
    public static func write(_ topics: [TitleID: [String]], to directory: URL, header comment: [String] = []) throws {
        try IDListFile.write(topics, columns: columns, to: directory.appendingPathComponent(fileName), header: comment)
    }
}
