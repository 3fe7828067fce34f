/// The words a title can be found by for what it is about, when a person
/// remembers the subject rather than the name: its topics (from the
/// description, and from a curated logline), its genres, its countries and
/// their adjectives ("korean" for South Korea), and whether it is a film or
/// a series. Search indexes them in a column of their own.
public enum AboutWords {
    /// `countryWords` folds a country's name (the index build keeps the
    /// answers: a million titles name a few hundred countries).
    public static func words(for title: Title, topics: [String], logline: String?,
                             countryWords: (String) -> [String] = TextFolding.searchWords) -> [String] {
        var words: [String] = []
        func add(words folded: [String]) {
            for word in folded where !words.contains(word) { words.append(word) }
        }
        func add(_ text: String) { add(words: TextFolding.searchWords(text)) }
        for topic in topics + (logline.map(TopicWords.topics(in:)) ?? []) { add(topic) }
        for genre in title.genres { add(words: genreWords[genre] ?? []) }
        for country in title.countries {
            add(words: countryWords(country))
            if let adjective = adjectiveWords[country] { add(words: adjective) }
        }
        add(words: title.kind == .movie ? movieWords : seriesWords)
        return words
    }

    // Folded once: the index build asks for every title's "about" words.
    private static let genreWords = Dictionary(uniqueKeysWithValues: Genre.allCases.map { ($0, TextFolding.searchWords($0.displayName)) })
    private static let adjectiveWords = adjectives.mapValues(TextFolding.searchWords)
    private static let movieWords = TextFolding.searchWords("film movie")
    private static let seriesWords = TextFolding.searchWords("series show")

    /// What a person calls a title from a country.
    static let adjectives: [String: String] = [
        "South Korea": "korean", "Japan": "japanese", "China": "chinese", "Taiwan": "taiwanese", "Hong Kong": "hongkong",
        "India": "indian bollywood", "Pakistan": "pakistani", "Thailand": "thai", "Indonesia": "indonesian",
        "Philippines": "filipino", "Malaysia": "malaysian", "Vietnam": "vietnamese", "Singapore": "singaporean",
        "Turkey": "turkish", "Egypt": "egyptian", "Lebanon": "lebanese", "Israel": "israeli", "Saudi Arabia": "saudi",
        "Nigeria": "nigerian nollywood", "South Africa": "south african", "Kenya": "kenyan", "Ghana": "ghanaian",
        "United States": "american", "Canada": "canadian", "Mexico": "mexican", "Brazil": "brazilian",
        "Argentina": "argentine argentinian", "Colombia": "colombian", "Chile": "chilean", "Peru": "peruvian",
        "United Kingdom": "british english", "Ireland": "irish", "France": "french", "Germany": "german",
        "Spain": "spanish", "Italy": "italian", "Netherlands": "dutch", "Belgium": "belgian", "Sweden": "swedish",
        "Norway": "norwegian", "Denmark": "danish", "Finland": "finnish", "Iceland": "icelandic", "Poland": "polish",
        "Russia": "russian", "Australia": "australian", "New Zealand": "kiwi", "Austria": "austrian",
        "Switzerland": "swiss", "Portugal": "portuguese", "Greece": "greek", "Czech Republic": "czech",
    ]
}
