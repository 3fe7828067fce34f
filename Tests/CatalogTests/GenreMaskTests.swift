import Catalog
import Testing

/// `Genre.mask` reads each genre's place from a switch instead of a
/// dictionary; series' episode lengths test masks instead of sets.
@Suite struct GenreMaskTests {
    @Test func eachGenreHasTheBitOfItsPlaceInDeclarationOrder() {
        for (place, genre) in Genre.allCases.enumerated() {
            #expect(Genre.mask([genre]) == UInt32(1) << UInt32(place), "\(genre)")
        }
        #expect(Genre.mask(Genre.allCases) == (UInt32(1) << UInt32(Genre.allCases.count)) - 1)
        #expect(Genre.mask([]) == 0)
        // Any sequence, not only an array.
        #expect(Genre.mask(Set([Genre.drama, .comedy])) == Genre.mask([.comedy, .drama]))
        #expect(Genre.mask(Genre.allCases.lazy.filter { $0 != .anime }) == Genre.mask(Genre.allCases) & ~Genre.anime.bit)
    }

    /// The rule as it was written with sets.
    static func referenceEpisodeMinutes(_ genres: [Genre]) -> Int {
        let genres = Set(genres)
        if !genres.isDisjoint(with: [.kidsFamily, .anime, .standUp]) { return 25 }
        if genres.contains(.comedy) && genres.isDisjoint(with: [.drama, .crime, .thriller]) { return 25 }
        if !genres.isDisjoint(with: [.drama, .crime, .thriller, .horror, .mystery, .sciFiFantasy, .actionAdventure]) { return 50 }
        return 45
    }

    @Test func episodeLengthsAreAsTheSetsSaid() {
        let all = Genre.allCases
        var lists: [[Genre]] = [[]] + all.map { [$0] }
        for first in all { for second in all { lists.append([first, second]) } }
        for first in all { for second in all { lists.append([first, second, all[(first.hashValue & 0xFF) % all.count]]) } }
        for genres in lists {
            let title = Title(id: "t", kind: .series, name: "T", year: 2020, genres: genres)
            #expect(title.estimatedEpisodeMinutes == Self.referenceEpisodeMinutes(genres), "\(genres)")
        }
    }
}
