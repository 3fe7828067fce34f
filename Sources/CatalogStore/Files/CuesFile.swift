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
        let file = TSVFile(data, fileName: fileName, columns: columns)
        var cues: [TitleID: [String]] = [:]
        var ids = SideFileIDs(known: knownIDs)
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = ids.read(record.fields[0], problems: &problems)
            var words: [String] = []
            if record.fields[1].isEmpty { problems.add("cues", "at least one cue is needed (leave the title out instead)") }
            for part in record.fields[1].split(separator: ",", omittingEmptySubsequences: false) where !record.fields[1].isEmpty {
                let word = String(part)
                if !DescriptionCues.isKnown(word) {
                    problems.add("cues", "'\(SafeText.display(word))' is not a cue of the lexicon (Sources/Catalog/DescriptionCues.swift)")
                } else if words.contains(word) {
                    problems.add("cues", "'\(word)' is given twice")
                } else {
                    words.append(word)
                }
            }
            if words.count > DescriptionCues.limit { problems.add("cues", "more than \(DescriptionCues.limit) cues") }
            if problems.list.isEmpty { cues[id] = words }
            diagnostics += problems.list
        }
        return (cues, diagnostics)
    }

    /// The file's text: `comment` lines, the header, then one line per
    /// title with cues, sorted by id.
    public static func render(_ cues: [TitleID: [String]], header comment: [String] = []) -> String {
        var output = ""
        for line in comment { output += "# \(line)\n" }
        output += columns.joined(separator: "\t") + "\n"
        for (id, words) in cues.sorted(by: { $0.key < $1.key }) where !words.isEmpty {
            output += "\(id.rawValue)\t\(words.joined(separator: ","))\n"
        }
        return output
    }

    /// Writes `cues.tsv` into `directory`; a crash midway leaves the old file.
    public static func write(_ cues: [TitleID: [String]], to directory: URL, header comment: [String] = []) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(fileName)
        try Data(render(cues, header: comment).utf8).write(to: url, options: .atomic)
    }
}
