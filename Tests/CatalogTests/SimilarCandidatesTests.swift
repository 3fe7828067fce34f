import Catalog
import Testing

@Suite struct SimilarCandidatesTests {
    /// The genre sets the index is asked for are exactly those `genresNear` accepts.
    @Test func theMasksAskedForAreTheNearOnes() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<40 {
            let mask = UInt32(truncatingIfNeeded: random.next()) & ((1 << UInt32(Genre.allCases.count)) - 1) | 1
            let near = SimilarCandidates.genreMasks(near: mask)
            #expect(near.first == mask)
            #expect(Set(near).count == near.count, "no set is asked for twice")
            #expect(near.allSatisfy { SimilarCandidates.genresNear(mask, $0) })
            // And nothing else is near: try every set one or three changes further.
            for other in near.prefix(30) {
                for bit in 0..<Genre.allCases.count {
                    let further = other ^ (UInt32(1) << UInt32(bit))
                    #expect(SimilarCandidates.genresNear(mask, further) == near.contains(further))
                }
            }
        }
        #expect(SimilarCandidates.genreMasks(near: 0).isEmpty, "a title without genres is near none by genre")
        #expect(!SimilarCandidates.genresNear(0b1, 0))
    }

    @Test func peopleCountOnlyInTheFirstSixBilled() {
        func title(_ id: String, directors: [String] = [], cast: [String] = []) -> Title {
            Title(id: TitleID(id), kind: .movie, name: id, year: 2000, runtimeMinutes: 90, seasons: nil, maturity: .pg,
                  genres: [.drama], countries: [], directors: directors, cast: cast, dateAdded: nil, source: "test", aiUse: .unknown)
        }
        let source = title("a", directors: ["Ann Lee"], cast: ["P1", "P2", "P3", "P4", "P5", "P6", "Late Name"])
        let people = SimilarCandidates.people(of: source)
        #expect(SimilarCandidates.sharesPeople(people, with: title("b", directors: ["Ann Lee"])))
        #expect(SimilarCandidates.sharesPeople(people, with: title("c", cast: ["X", "P6"])))
        #expect(!SimilarCandidates.sharesPeople(people, with: title("d", cast: ["Late Name"])), "seventh billed on the source")
        #expect(!SimilarCandidates.sharesPeople(people, with: title("e", cast: ["1", "2", "3", "4", "5", "6", "P1"])),
                "seventh billed on the other")
        #expect(!SimilarCandidates.sharesPeople(people, with: title("f", cast: ["ann lee"])), "names compare as written")
    }
}
