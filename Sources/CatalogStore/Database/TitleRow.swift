import Catalog

/// One title's values for `catalog.sqlite`, worked out on the build's
/// reading thread so the writing thread only binds and steps. The A–Z rank
/// and the work need the whole catalog: `CatalogOrder` has them.
struct TitleRow: Sendable {
    var title: Title
    var foldedName: String
    var sortKey: String
    var dateAdded: String?
    var genres: String
    var countries: String
    var directors: String
    var cast: String
    var foldedDirectors: String
    var foldedCast: String
    var cues: String
    var nicknames: String
    var about: String
    var genreMask: Int
    var curated: CuratedMood?
    var rating: RatingsFile.Entry?
    // The search index's columns.
    var indexedName: String
    var people: String
    var genreNames: String
    var cjk: String

    /// Each name and person folded once, for every column that needs them.
    init(_ title: Title, in catalog: CatalogStream, folding: inout FoldingCache) {
        self.title = title
        let curated = catalog.curated[title.id]
        self.curated = curated
        rating = catalog.ratings[title.id]
        let words = TextFolding.words(title.name), searchWords = words.map(TextFolding.searchWord)
        foldedName = searchWords.joined(separator: " ")
        sortKey = TextFolding.joinedWithoutArticle(searchWords)
        dateAdded = title.dateAdded?.iso
        var aliases = catalog.aliases[title.id] ?? []
        if !aliases.isEmpty {
            var unused = RecordProblems(file: AliasesFile.fileName, line: 0)
            aliases = AliasesFile.kept(aliases, name: title.name, problems: &unused)
        }
        nicknames = Nicknames.column(name: title.name, aliases: aliases, words: words)
        about = AboutWords.words(for: title, topics: catalog.topics[title.id] ?? [], logline: curated?.logline,
                                 countryWords: { folding.searchWords($0) })
            .joined(separator: " ")
        genres = title.genres.map(\.rawValue).joined(separator: "|")
        countries = title.countries.joined(separator: "|")
        directors = title.directors.joined(separator: "|")
        cast = title.cast.joined(separator: "|")
        let foldedDirectors = title.directors.map(TextFolding.foldedName), foldedCast = title.cast.map(TextFolding.foldedName)
        self.foldedDirectors = foldedDirectors.joined(separator: "|")
        self.foldedCast = foldedCast.joined(separator: "|")
        cues = (catalog.cues[title.id] ?? []).joined(separator: ",")
        genreMask = Int(Genre.mask(title.genres))
        // Folded here as queries are (TextFolding), not by the tokenizer:
        // it keeps "æ" and "ß", which a query typed in ASCII never has.
        indexedName = CatalogDatabase.indexedName(words: words)
        people = (foldedDirectors + foldedCast).joined(separator: " · ")
        genreNames = title.genres.map(\.displayName).joined(separator: " · ")
        cjk = TextFolding.cjkCharacters(title.name).joined(separator: " ")
    }
}

/// Search words of the few texts every title repeats (country names): folded
/// once per build instead of once per title.
struct FoldingCache {
    private var searchWords: [String: [String]] = [:]

    mutating func searchWords(_ text: String) -> [String] {
        if let words = searchWords[text] { return words }
        let words = TextFolding.searchWords(text)
        if searchWords.count < 10_000 { searchWords[text] = words }
        return words
    }
}
