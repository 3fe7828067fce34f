/// The words a title can be found by for what it is about, when a person
/// remembers the subject rather than the name: its topics (from the
/// description, and from a curated logline), its genres, its countries and
/// their adjectives ("korean" for South Korea), and whether it is a film or
/// a series. Search indexes them in a column of their own.
public enum AboutWords {
    public static func words(for title: Title, topics: [String], logline: String?) -> [String] {
        var words: [String] = []
        func add(_ text: String) {
            for word in TextFolding.searchWords(text) where !words.contains(word) { words.append(word) }
        }
        for topic in topics + (logline.map(TopicWords.topics(in:)) ?? []) { add(topic) }
        for genre in title.genres { add(genre.displayName) }
        for country in title.countries {
            add(country)
            if let adjective = adjectives[country] { add(adjective) }
        }
        add(title.kind == .movie ? "film movie" : "series show")
        return words
    }

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
