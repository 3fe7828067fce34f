/// The short names people type for a title: the initials of its words
/// ("oitnb" for *Orange Is the New Black*, "atla" for *Avatar: The Last
/// Airbender*, "lotr" for the part before the colon of *The Lord of the
/// Rings: The Two Towers*) and the community names a catalog's
/// `aliases.tsv` gives it ("gbbo", "f1").
public enum Nicknames {
    /// Initials shorter than this say too little ("ts" fits hundreds of titles).
    static let shortestInitials = 3

    /// The initials of the whole name and of each part of it (split at a
    /// colon or a dash), with and without a leading article, each at least
    /// three letters long.
    /// `words`, when given, are the name's own folded words (`TextFolding.words`).
    public static func initials(of name: String, words nameWords: [String]? = nil) -> [String] {
        var parts = [name]
        // Most names have no part separator: no byte of ":", "-" or the lead
        // byte of "–" and "—" (0xE2). The index build asks this of every title.
        if name.utf8.contains(where: { $0 == 0x3A || $0 == 0x2D || $0 == 0xE2 }) {
            let separators: Set<Character> = [":", "–", "—"]
            let pieces = name.split(whereSeparator: { separators.contains($0) })
                .flatMap { $0.components(separatedBy: " - ") }
            if pieces.count > 1 { parts += pieces }
        }
        var found: [String] = []
        for (index, part) in parts.enumerated() {
            let words = index == 0 ? nameWords ?? TextFolding.words(part) : TextFolding.words(part)
            guard words.count >= shortestInitials else { continue }
            var forms = [String(words.compactMap(\.first))]
            if ["the", "a", "an"].contains(words[0]) { forms.append(String(words.dropFirst().compactMap(\.first))) }
            for form in forms where form.count >= shortestInitials && !found.contains(form) { found.append(form) }
        }
        return found
    }

    /// Everything search may match a title by besides its own words, in the
    /// search form (`TextFolding.searchName`): its initials, then its aliases.
    public static func searchForms(name: String, aliases: [String] = [], words: [String]? = nil) -> (initials: [String], aliases: [String]) {
        let initials = initials(of: name, words: words)
        var forms: [String] = []
        for form in aliases.map(TextFolding.searchName) where !form.isEmpty && !forms.contains(form) && !initials.contains(form) {
            forms.append(form)
        }
        return (initials, forms)
    }

    /// Both kinds in one column: initials, then each alias marked with `=`,
    /// `|` between them ("atla|=avatar tla").
    public static func column(name: String, aliases: [String] = [], words: [String]? = nil) -> String {
        let forms = searchForms(name: name, aliases: aliases, words: words)
        return (forms.initials + forms.aliases.map { "=" + $0 }).joined(separator: "|")
    }
}
