import Foundation

/// Dubs and alternate-language releases of one work ("Boomika (Hindi)",
/// "Game Over (Telugu Version)", "Solo: A Star Wars Story (Spanish
/// Version)") grouped under one title, so a list shows the work once.
public enum VersionGrouping {
    static let languages: Set<String> = [
        "hindi", "tamil", "telugu", "malayalam", "kannada", "marathi", "bengali", "punjabi", "gujarati",
        "english", "spanish", "japanese", "korean", "dubbed", "international", "extended",
    ]

    /// The title without its version tag, or nil when it has none.
    public static func baseName(_ name: String) -> String? {
        // Most titles end in neither ")" nor "version": answer them without copying.
        guard let last = name.last(where: { !$0.isWhitespace }), last == ")" || last == "n" || last == "N" else { return nil }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let tag = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
            let words = tag.split(separator: " ")
            if let first = words.first, languages.contains(String(first)),
               words.count == 1 || (words.count == 2 && words[1] == "version") {
                return trimmed[..<open].trimmingCharacters(in: .whitespaces)
            }
        }
        for suffix in [": international version", ": extended version"] where trimmed.lowercased().hasSuffix(suffix) {
            return String(trimmed.dropLast(suffix.count))
        }
        return nil
    }

    /// For each position, the position of its work's representative: the
    /// untagged title when the catalog has it (the original), else the first
    /// version in catalog order. Versions must share the kind and lie within
    /// a year of each other.
    public static func works(_ titles: [Title]) -> [Int] {
        works(names: titles.map(\.name), kinds: titles.map(\.kind), years: titles.map(\.year))
    }

    /// `works` from the three facts it reads, one array each in catalog
    /// order: the index build keeps these instead of every title.
    public static func works(names: [String], kinds: [TitleKind], years: [Int]) -> [Int] {
        var result = Array(names.indices)
        var tagged: [String: [Int]] = [:]
        for (position, name) in names.enumerated() {
            if let base = baseName(name) { tagged[key(base, kinds[position]), default: []].append(position) }
        }
        guard !tagged.isEmpty else { return result }
        // Only titles that begin like some version's base can be its original:
        // the rest are not folded (this runs over every title at launch).
        let leads = Set(tagged.values.compactMap { LeadingLetters.pair(TextFolding.foldedName(baseName(names[$0[0]])!)) })
        var untagged: [String: [Int]] = [:]
        for (position, name) in names.enumerated() where baseName(name) == nil {
            if let lead = LeadingLetters.pair(name), !leads.contains(lead) { continue }
            untagged[key(name, kinds[position]), default: []].append(position)
        }
        for (key, versions) in tagged {
            let year = years[versions[0]]
            let original = untagged[key]?.first { abs(years[$0] - year) <= 1 } ?? versions[0]
            for position in versions where abs(years[position] - years[original]) <= 1 {
                result[position] = original
            }
        }
        return result
    }

    /// The works with more than one title: representative → its titles,
    /// the representative first, the others in catalog order.
    public static func groups(_ works: [Int]) -> [Int: [Int]] {
        var groups: [Int: [Int]] = [:]
        for (position, work) in works.enumerated() where work != position { groups[work, default: [work]].append(position) }
        return groups
    }

    private static func key(_ name: String, _ kind: TitleKind) -> String {
        "\(kind.rawValue):\(TextFolding.foldedName(name))"
    }
}

extension VersionGrouping {
    /// `positions` with each work listed once, where its first title stood.
    /// `work` names a position's representative, or nil for a title without
    /// other versions. The row shows the work's representative when it is
    /// among `positions`, else the first of its versions that is: a search
    /// that only matched "Boomika (Hindi)" still shows that title. The
    /// library and the one-shot search (which reads works from the index)
    /// both fold rows here, so the two list the same.
    public static func oneRowPerWork(_ positions: [Int], work: (Int) -> Int?) -> [Int] {
        var shown: [Int: Int] = [:]
        for position in positions {
            guard let work = work(position) else { continue }
            if position == work || shown[work] == nil { shown[work] = position }
        }
        guard !shown.isEmpty else { return positions }
        var listed: Set<Int> = []
        var rows: [Int] = []
        rows.reserveCapacity(positions.count)
        for position in positions {
            guard let work = work(position) else {
                rows.append(position)
                continue
            }
            if listed.insert(work).inserted, let row = shown[work] { rows.append(row) }
        }
        return rows
    }
}
