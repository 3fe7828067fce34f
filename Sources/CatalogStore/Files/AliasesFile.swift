import Catalog
import Foundation

/// `catalog/aliases.tsv`: the names people use for well-known titles that
/// their own words and initials do not give ("gbbo" for *The Great British
/// Baking Show*, "f1" for *Formula 1: Drive to Survive*). Written by the
/// project; columns `id` and `aliases` (comma-separated).
public enum AliasesFile {
    public static let fileName = "aliases.tsv"
    public static let columns = ["id", "aliases"]
    /// Aliases are what people type in a hurry: short.
    public static let longestAlias = 40

    public static func parse(_ data: Data, fileName: String = fileName, titles: [Title])
        -> (aliases: [TitleID: [String]], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: columns)
        let names = Dictionary(titles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var aliases: [TitleID: [String]] = [:]
        var ids = SideFileIDs(known: Set(names.keys))
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = ids.read(record.fields[0], problems: &problems)
            var kept: [String] = []
            if record.fields[1].isEmpty { problems.add("aliases", "at least one alias is needed (leave the title out instead)") }
            for part in record.fields[1].split(separator: ",", omittingEmptySubsequences: false) where !record.fields[1].isEmpty {
                let alias = part.trimmingCharacters(in: .whitespaces)
                let form = TextFolding.searchName(alias)
                if form.isEmpty {
                    problems.add("aliases", "'\(SafeText.display(alias))' has no letters or digits")
                } else if alias.count > longestAlias {
                    problems.add("aliases", "'\(SafeText.display(String(alias.prefix(20))))…' is longer than \(longestAlias) characters")
                } else if kept.map(TextFolding.searchName).contains(form) {
                    problems.add("aliases", "'\(SafeText.display(alias))' is given twice")
                } else if let name = names[id], form == TextFolding.searchName(name)
                            || Nicknames.initials(of: name).contains(form) {
                    problems.warn("aliases", "'\(SafeText.display(alias))' is found without an alias (the title's own words or initials)")
                } else {
                    kept.append(alias)
                }
            }
            if !problems.hasErrors && !kept.isEmpty { aliases[id] = kept }
            diagnostics += problems.list
        }
        return (aliases, diagnostics)
    }
}
