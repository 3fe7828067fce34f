import Catalog

/// What a suggested title shares with a title the person rated, said in
/// the title's own terms: "same director as Mindhunter", "with Song Kang-ho,
/// like Parasite", "dark Korean thriller, like Train to Busan". A person
/// should see why the two belong together, not only that a number said so.
enum LikenessPhrase {
    /// The phrase, ending in the person's stars for the rated title. Tones
    /// in `alreadySaid` (the mood phrase names them) are not said twice.
    static func text(for title: Title, tones: ToneVector, like liked: Title, likedTones: ToneVector, rating: Rating,
                     alreadySaid: [Tone] = []) -> String {
        text(for: title, tones: tones, like: liked, likedTones: likedTones, saying: "(you rated \(rating.starText))",
             alreadySaid: alreadySaid)
    }

    /// The same, ending in `stars`: how the person knows the other title
    /// ("(you rated ★★★★★)", "(you watched it)").
    static func text(for title: Title, tones: ToneVector, like liked: Title, likedTones: ToneVector, saying stars: String,
                     alreadySaid: [Tone] = []) -> String {
        if title.directors.contains(where: liked.directors.contains) {
            return "same director as \(liked.name) \(stars)"
        }
        if let actor = title.cast.prefix(castConsidered).first(where: liked.cast.prefix(castConsidered).contains) {
            return "with \(actor), like \(liked.name) \(stars)"
        }
        let words = [sharedTone(tones, likedTones, except: alreadySaid)?.adjective, sharedCountryAdjective(title, liked), sharedGenreNoun(title, liked)]
            .compactMap { $0 }
        guard !words.isEmpty else { return "like \(liked.name) \(stars)" }
        return "\(words.joined(separator: " ")), like \(liked.name) \(stars)"
    }

    /// Leading cast only: sharing the tenth-billed actor says little.
    static let castConsidered = 4

    /// Both carry it strongly; the one they share most.
    static let sharedToneMinimum: Float = 0.4

    static func sharedTone(_ a: ToneVector, _ b: ToneVector, except: [Tone] = []) -> Tone? {
        Tone.allCases
            .filter { !except.contains($0) }
            .map { ($0, min(a[$0], b[$0])) }
            .filter { $0.1 >= sharedToneMinimum }
            .max { $0.1 < $1.1 }?.0
    }

    /// The main genre both have, named as the reasons name genres.
    static func sharedGenreNoun(_ a: Title, _ b: Title) -> String? {
        Scoring.genreNounPriority.first { a.genres.contains($0) && b.genres.contains($0) }.map(Scoring.noun(for:))
    }

    /// A shared country, when it tells something: most of the catalog is
    /// American, so "American" would say nothing.
    static func sharedCountryAdjective(_ a: Title, _ b: Title) -> String? {
        a.countries.first { b.countries.contains($0) && demonyms[$0] != nil }.flatMap { demonyms[$0] }
    }

    static let demonyms: [String: String] = [
        "United Kingdom": "British", "India": "Indian", "Canada": "Canadian", "France": "French",
        "Japan": "Japanese", "Spain": "Spanish", "South Korea": "Korean", "Germany": "German",
        "Mexico": "Mexican", "China": "Chinese", "Australia": "Australian", "Egypt": "Egyptian",
        "Turkey": "Turkish", "Hong Kong": "Hong Kong", "Nigeria": "Nigerian", "Italy": "Italian",
        "Brazil": "Brazilian", "Indonesia": "Indonesian", "Belgium": "Belgian", "Argentina": "Argentine",
        "Taiwan": "Taiwanese", "Philippines": "Filipino", "Thailand": "Thai", "South Africa": "South African",
        "Colombia": "Colombian", "Netherlands": "Dutch", "Denmark": "Danish", "Ireland": "Irish",
        "Sweden": "Swedish", "Norway": "Norwegian", "Poland": "Polish", "Israel": "Israeli",
    ]
}
