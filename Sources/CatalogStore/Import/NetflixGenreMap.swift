import Catalog

/// Maps the genre labels of the Netflix titles dataset ("listed_in") onto
/// Marquee's genre vocabulary.
enum NetflixGenreMap {
    enum Match {
        /// A label of the dataset's own taxonomy.
        case known([Genre])
        /// A plain label from outside the taxonomy that still means one of ours.
        case synonym([Genre])
        case unknown
    }

    static func genres(forLabel label: String) -> Match {
        let key = label.lowercased()
        if let genres = taxonomy[key] { return .known(genres) }
        if let genres = synonyms[key] { return .synonym(genres) }
        return .unknown
    }

    private static let taxonomy: [String: [Genre]] = [
        "international movies": [.international], "international tv shows": [.international],
        "dramas": [.drama], "tv dramas": [.drama],
        "comedies": [.comedy], "tv comedies": [.comedy],
        "documentaries": [.documentary], "docuseries": [.documentary],
        "action & adventure": [.actionAdventure], "tv action & adventure": [.actionAdventure],
        "independent movies": [.independent],
        "children & family movies": [.kidsFamily], "kids' tv": [.kidsFamily],
        "romantic movies": [.romance], "romantic tv shows": [.romance],
        "thrillers": [.thriller], "tv thrillers": [.thriller],
        "crime tv shows": [.crime],
        "music & musicals": [.music],
        "horror movies": [.horror], "tv horror": [.horror],
        "stand-up comedy": [.standUp], "stand-up comedy & talk shows": [.standUp, .talkShow],
        "reality tv": [.reality],
        "british tv shows": [.british],
        "sci-fi & fantasy": [.sciFiFantasy], "tv sci-fi & fantasy": [.sciFiFantasy],
        "sports movies": [.sports],
        "anime series": [.anime], "anime features": [.anime],
        "spanish-language tv shows": [.spanishLanguage],
        "korean tv shows": [.korean],
        "classic movies": [.classic], "classic & cult tv": [.classic, .cult],
        "cult movies": [.cult],
        "lgbtq movies": [.lgbtq],
        "tv mysteries": [.mystery],
        "science & nature tv": [.scienceNature],
        "teen tv shows": [.teen],
        "faith & spirituality": [.faith],
        // Generic labels that say only "film" or "series".
        "movies": [], "tv shows": [],
    ]

    private static let synonyms: [String: [Genre]] = [
        "drama": [.drama], "comedy": [.comedy], "documentary": [.documentary],
        "action": [.actionAdventure], "adventure": [.actionAdventure],
        "romance": [.romance], "thriller": [.thriller], "crime": [.crime],
        "horror": [.horror], "sci-fi": [.sciFiFantasy], "science fiction": [.sciFiFantasy],
        "fantasy": [.sciFiFantasy], "mystery": [.mystery], "family": [.kidsFamily],
        "kids": [.kidsFamily], "animation": [.kidsFamily], "musical": [.music], "music": [.music],
        "sport": [.sports], "sports": [.sports], "anime": [.anime], "reality": [.reality],
    ]
}
