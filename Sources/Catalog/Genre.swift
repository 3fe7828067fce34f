/// Marquee's own genre vocabulary. Source catalogs use many labels for the
/// same idea ("Dramas", "TV Dramas"); importers map them onto these.
/// The raw value is the code written in catalog files.
public enum Genre: String, CaseIterable, Sendable, Codable, Comparable {
    case actionAdventure = "action-adventure"
    case anime
    case british
    case classic
    case comedy
    case crime
    case cult
    case documentary
    case drama
    case faith
    case horror
    case independent
    case international
    case kidsFamily = "kids-family"
    case korean
    case lgbtq
    case music
    case mystery
    case reality
    case romance
    case scienceNature = "science-nature"
    case sciFiFantasy = "scifi-fantasy"
    case spanishLanguage = "spanish-language"
    case sports
    case standUp = "stand-up"
    case talkShow = "talk-show"
    case teen
    case thriller

    public var displayName: String {
        switch self {
        case .actionAdventure: "Action & Adventure"
        case .anime: "Anime"
        case .british: "British"
        case .classic: "Classic"
        case .comedy: "Comedy"
        case .crime: "Crime"
        case .cult: "Cult"
        case .documentary: "Documentary"
        case .drama: "Drama"
        case .faith: "Faith & Spirituality"
        case .horror: "Horror"
        case .independent: "Independent"
        case .international: "International"
        case .kidsFamily: "Kids & Family"
        case .korean: "Korean"
        case .lgbtq: "LGBTQ"
        case .music: "Music & Musicals"
        case .mystery: "Mystery"
        case .reality: "Reality"
        case .romance: "Romance"
        case .scienceNature: "Science & Nature"
        case .sciFiFantasy: "Sci-Fi & Fantasy"
        case .spanishLanguage: "Spanish-Language"
        case .sports: "Sports"
        case .standUp: "Stand-Up"
        case .talkShow: "Talk Show"
        case .teen: "Teen"
        case .thriller: "Thriller"
        }
    }

    /// Genres that describe where a title comes from or how it is made rather
    /// than what it feels like; taste and mood inference weigh them lightly.
    public var isDescriptiveOnly: Bool {
        switch self {
        case .international, .british, .korean, .spanishLanguage, .independent, .classic, .cult: true
        default: false
        }
    }

    public static func < (lhs: Genre, rhs: Genre) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Genres as the bits of one word (one bit per case, in declaration
    /// order), so overlaps and filters are a single AND.
    public static func mask<Genres: Sequence<Genre>>(_ genres: Genres) -> UInt32 {
        var mask: UInt32 = 0
        for genre in genres { mask |= genre.bit }
        return mask
    }

    /// `mask` of a title's genres, without going through a generic
    /// sequence from another module (an iterator's witnesses per genre).
    public static func mask(_ genres: [Genre]) -> UInt32 {
        var mask: UInt32 = 0
        for genre in genres { mask |= genre.bit }
        return mask
    }

    /// This genre's bit in `mask`.
    public var bit: UInt32 { UInt32(1) << UInt32(place) }

    /// The place in declaration order (`allCases`), from a switch: a
    /// dictionary of genres would hash each one's raw value text, and every
    /// title's genres are masked at launch.
    private var place: Int {
        switch self {
        case .actionAdventure: 0
        case .anime: 1
        case .british: 2
        case .classic: 3
        case .comedy: 4
        case .crime: 5
        case .cult: 6
        case .documentary: 7
        case .drama: 8
        case .faith: 9
        case .horror: 10
        case .independent: 11
        case .international: 12
        case .kidsFamily: 13
        case .korean: 14
        case .lgbtq: 15
        case .music: 16
        case .mystery: 17
        case .reality: 18
        case .romance: 19
        case .scienceNature: 20
        case .sciFiFantasy: 21
        case .spanishLanguage: 22
        case .sports: 23
        case .standUp: 24
        case .talkShow: 25
        case .teen: 26
        case .thriller: 27
        }
    }
}
