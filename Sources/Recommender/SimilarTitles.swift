import Catalog

/// Titles like a given one, for "Because you liked …" rows and the detail
/// screen's "similar titles". Likeness = facts × (½ + ½ feel) + ¼ community:
/// shared facts (genres, people, countries, era: the taste features' cosine)
/// come first, how it feels (tone cosine) can halve them, and what people who
/// liked it also liked (community links, when imported) adds on its own. The
/// part that counted most is named.
public struct SimilarTitles: Sendable {
    public struct Match: Sendable, Hashable {
        public var position: Int
        public var likeness: Float
        /// "people who liked it liked this", "same director", "shared cast" or "similar genre and feel".
        public var because: String
    }

    static let communityWeight: Float = 0.25

    /// A title's likeness before its reason is worded.
    private struct Candidate: Sendable {
        var position: Int
        var likeness: Float
        var byFacts: Float
        var byCommunity: Float
    }

    public let library: Library
    public let community: CommunityLinks

    public init(library: Library, community: CommunityLinks = .empty) {
        self.library = library
        self.community = community
    }

    /// The `limit` titles most like the one at `position`, leaving out `excluded` ids.
    public func similar(to position: Int, limit: Int, excluding excluded: Set<TitleID> = []) -> [Match] {
        let source = library.titles[position]
        let features = library.features[position]
        let tones = library.profiles[position].tones
        let toneLength = tones.magnitude
        var linkWeights: [Int: Float] = [:]
        if let outgoing = community.outgoing[source.id], let strongest = outgoing.first?.weight, strongest > 0 {
            for link in outgoing {
                if let target = library.position(of: link.target) { linkWeights[target] = link.weight / strongest }
            }
        }
        // The title's own versions are listed apart, never as "similar".
        let excludedPositions = PositionSet(count: library.count, excluded.compactMap(library.position(of:)) + library.versions(of: position))
        // Likeness for every title that may be similar at all (`SimilarCandidates`);
        // the reason only for the few kept.
        let library = self.library, links = linkWeights
        // Sharing people is sharing a person feature (directors and the first six
        // billed are numbered apart, as `SimilarCandidates` counts them): numbers
        // compared, no names hashed, no title copied.
        let genreMasks = library.genreMasks, genreMask = genreMasks[position]
        let people = features.indices.filter { library.personFeatures[Int($0)] }
        var scored = ParallelScan.collect(library.count) { (range: Range<Int>) -> [Candidate] in
            var part: [Candidate] = []
            library.features.withUnsafeBufferPointer { allFeatures in
                library.profiles.withUnsafeBufferPointer { profiles in
                    for other in range where other != position && !excludedPositions.contains(other) {
                        let linked = links.isEmpty ? 0 : links[other] ?? 0
                        guard linked > 0 || SimilarCandidates.genresNear(genreMask, genreMasks[other])
                            || Self.sharesAny(people, allFeatures[other].indices) else { continue }
                        let facts = features.dot(allFeatures[other])
                        guard facts > 0 || linked > 0 else { continue }
                        let otherTones = profiles[other].tones
                        let lengths = toneLength * otherTones.magnitude
                        let feel = lengths > 0 ? tones.dot(otherTones) / lengths : 0
                        let byFacts = facts * (0.5 + 0.5 * max(0, feel)), byCommunity = Self.communityWeight * linked
                        part.append(Candidate(position: other, likeness: byFacts + byCommunity, byFacts: byFacts, byCommunity: byCommunity))
                    }
                }
            }
            return part
        }
        // Room for the versions of one work that the list then shows once.
        if let threshold = TopSelection.threshold(scored.map(\.likeness), keeping: 2 * limit) {
            scored.removeAll { $0.likeness < threshold }
        }
        scored.sort { ($0.likeness, $1.position) > ($1.likeness, $0.position) }
        var works: Set<Int> = []
        scored.removeAll { !works.insert(library.works[$0.position]).inserted }
        return scored.prefix(limit).map { match in
            Match(position: match.position, likeness: match.likeness,
                  because: because(source, library.titles[match.position], byFacts: match.byFacts, byCommunity: match.byCommunity))
        }
    }

    /// Whether two sorted lists of feature numbers share one.
    @inline(__always)
    static func sharesAny(_ some: [Int32], _ others: [Int32]) -> Bool {
        guard !some.isEmpty else { return false }
        var i = 0, j = 0
        while i < some.count, j < others.count {
            if some[i] == others[j] { return true }
            if some[i] < others[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Names the largest part of the likeness.
    private func because(_ source: Title, _ other: Title, byFacts: Float, byCommunity: Float) -> String {
        if byCommunity > byFacts { return "people who liked it liked this" }
        if !Set(source.directors).isDisjoint(with: other.directors) { return "same director" }
        if !Set(source.cast.prefix(6)).isDisjoint(with: other.cast.prefix(6)) { return "shared cast" }
        return "similar genre and feel"
    }
}
