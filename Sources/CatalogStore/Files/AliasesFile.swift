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
        let names = Dictionary(titles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let file = entries(data, fileName: fileName, knownIDs: Set(names.keys))
        var aliases: [TitleID: [String]] = [:]
        var diagnostics = file.diagnostics
        for var entry in file.entries {
            if let name = names[entry.id] { entry.items = kept(entry.items, name: name, problems: &entry.problems) }
            if !entry.problems.hasErrors && !entry.items.isEmpty { aliases[entry.id] = entry.items }
            diagnostics += entry.problems.list
        }
        return (aliases, diagnostics)
    }

    /// The index build's reading: each title's aliases before `kept` (which
    /// needs the title's name, read later), and whether the file has errors.
    static func parseUnchecked(_ data: Data, knownIDs: Set<TitleID>) -> (aliases: [TitleID: [String]], hasErrors: Bool) {
        let file = entries(data, fileName: fileName, knownIDs: knownIDs)
        var aliases: [TitleID: [String]] = [:]
        var hasErrors = file.diagnostics.contains { $0.severity == .error }
        for entry in file.entries {
            if entry.problems.hasErrors { hasErrors = true } else if !entry.items.isEmpty { aliases[entry.id] = entry.items }
        }
        return (aliases, hasErrors)
    }

    private static func entries(_ data: Data, fileName: String, knownIDs: Set<TitleID>) -> IDListFile {
        IDListFile(data, fileName: fileName, columns: columns, knownIDs: knownIDs, itemName: "alias") { part, kept, problems in
            let alias = part.trimmingCharacters(in: .whitespaces)
            let form = TextFolding.searchName(alias)
            if form.isEmpty {
                problems.add("aliases", "'\(SafeText.display(alias))' has no letters or digits")
            } else if alias.count > longestAlias {
                problems.add("aliases", "'\(SafeText.display(String(alias.prefix(20))))…' is longer than \(longestAlias) characters")
            } else if kept.map(TextFolding.searchName).contains(form) {
                problems.add("aliases", "'\(SafeText.display(alias))' is given twice")
            } else {
                return alias
            }
            return nil
        }
    }

    /// Aliases search finds anyway (the title's own words or initials) are
    /// dropped, with a warning in `problems`.
    static func kept(_ aliases: [String], name: String, problems: inout RecordProblems) -> [String] {
        aliases.filter { alias in
            let form = TextFolding.searchName(alias)
            guard form == TextFolding.searchName(name) || Nicknames.initials(of: name).contains(form) else { return true }
            problems.warn("aliases", "'\(SafeText.display(alias))' is found without an alias (the title's own words or initials)")
            return false
        }
    }
}
