import Catalog
@testable import Recommender
import Testing

/// "You rated X" says what the two titles share, on invented titles.
@Suite struct LikenessPhraseTests {
    static func title(_ name: String, genres: [Genre], countries: [String] = ["United States"],
                      directors: [String] = [], cast: [String] = []) -> Title {
        Title(id: TitleID(name.lowercased().replacingOccurrences(of: " ", with: "-")), kind: .movie, name: name,
              year: 2019, runtimeMinutes: 110, seasons: nil, maturity: .tvMA, genres: genres,
              countries: countries, directors: directors, cast: cast)
    }

    static let dark = ToneVector([.dark: 0.9, .tense: 0.8])
    static let five = Rating(stars: 5)!

    @Test func aSharedDirectorIsSaidFirst() {
        let liked = Self.title("Night Ferry", genres: [.thriller], directors: ["Ana Ruiz"], cast: ["Lee Min"])
        let title = Self.title("Harbour Lights", genres: [.drama], directors: ["Ana Ruiz"], cast: ["Lee Min"])
        #expect(LikenessPhrase.text(for: title, tones: Self.dark, like: liked, likedTones: Self.dark, rating: Self.five)
                == "same director as Night Ferry (you rated ★★★★★)")
    }

    @Test func aSharedLeadingActorIsNamed() {
        let liked = Self.title("Night Ferry", genres: [.thriller], cast: ["Lee Min", "Jo Park"])
        let title = Self.title("Harbour Lights", genres: [.drama], cast: ["Kim Soo", "Jo Park"])
        #expect(LikenessPhrase.text(for: title, tones: Self.dark, like: liked, likedTones: Self.dark, rating: Self.five)
                == "with Jo Park, like Night Ferry (you rated ★★★★★)")
        // The fifth-billed actor is too far down the bill to say the two belong together.
        let distant = Self.title("Harbour Lights", genres: [.comedy], cast: ["A", "B", "C", "D", "Jo Park"])
        #expect(!LikenessPhrase.text(for: distant, tones: ToneVector(), like: liked, likedTones: Self.dark, rating: Self.five)
            .contains("Jo Park"))
    }

    @Test func toneCountryAndGenreDescribeTheRest() {
        let liked = Self.title("Night Ferry", genres: [.thriller, .international], countries: ["South Korea"])
        let title = Self.title("Harbour Lights", genres: [.thriller, .crime], countries: ["South Korea", "Japan"])
        #expect(LikenessPhrase.text(for: title, tones: Self.dark, like: liked, likedTones: Self.dark, rating: Self.five)
                == "dark Korean thriller, like Night Ferry (you rated ★★★★★)")
        // The mood phrase already said "dark": the next shared tone is said instead.
        #expect(LikenessPhrase.text(for: title, tones: Self.dark, like: liked, likedTones: Self.dark, rating: Self.five,
                                    alreadySaid: [.dark])
                == "suspenseful Korean thriller, like Night Ferry (you rated ★★★★★)")
        // Most of the catalog is American: sharing that says nothing.
        let american = Self.title("Harbour Lights", genres: [.thriller])
        let likedAmerican = Self.title("Night Ferry", genres: [.thriller])
        #expect(LikenessPhrase.text(for: american, tones: ToneVector(), like: likedAmerican, likedTones: Self.dark,
                                    rating: Self.five) == "thriller, like Night Ferry (you rated ★★★★★)")
    }

    @Test func nothingNamedInCommonStillNamesTheTitle() {
        let liked = Self.title("Night Ferry", genres: [.thriller])
        let title = Self.title("Harbour Lights", genres: [.comedy])
        #expect(LikenessPhrase.text(for: title, tones: ToneVector([.funny: 0.9]), like: liked, likedTones: Self.dark,
                                    rating: Rating(stars: 4)!) == "like Night Ferry (you rated ★★★★☆)")
    }
}
