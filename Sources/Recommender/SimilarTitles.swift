import Catalog

/// Titles like a given one, for "Because you liked …" rows and the detail
/// screen's "similar titles". Likeness = facts × (½ + ½ feel) + ¼ community:
/// shared facts (genres, people, countries, era: the taste features' cosine)
/// come first, how it feels (tone cosine) can halve them, and what people who
/// liked it also liked (community links, when imported) adds on its own. The
/// part that counted most is named.
///
/// Candidates come from `SimilarIndex` (shared people, near genre sets,
/// links), walked while a title could still make the list; `similarByScan`
/// scores every title and stays as the reference the tests compare with.
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

    /// What every candidate is compared with.
    private struct Source {
        let position: Int
        let features: FeatureVector
        let tones: ToneVector
        let toneLength: Float
        let genreMask: UInt32
        /// Person feature numbers: sharing people is sharing one of them
        /// (directors and the first six billed are numbered apart, as
        /// `SimilarCandidates` counts them): numbers compared, no names hashed.
        let people: [Int32]
        let links: [Int: Float]
        let excluded: PositionSet
    }

    public let library: Library
    public let community: CommunityLinks

    public init(library: Library, community: CommunityLinks = .empty) {
        self.library = library
        self.community = community
    }

    private func source(_ position: Int, excluding excluded: Set<TitleID>) -> Source {
        var linkWeights: [Int: Float] = [:]
        if let outgoing = community.outgoing[library.titles[position].id], let strongest = outgoing.first?.weight, strongest > 0 {
            for link in outgoing {
                if let target = library.position(of: link.target) { linkWeights[target] = link.weight / strongest }
            }
        }
        let features = library.features[position], tones = library.profiles[position].tones
        // The title's own versions are listed apart, never as "similar".
        let excludedPositions = PositionSet(count: library.count, excluded.compactMap(library.position(of:)) + library.versions(of: position))
        return Source(position: position, features: features, tones: tones, toneLength: tones.magnitude,
                      genreMask: library.genreMasks[position],
                      people: features.indices.filter { library.personFeatures[Int($0)] },
                      links: linkWeights, excluded: excludedPositions)
    }

    /// The likeness of `other`, or nil when it may not be similar at all (`SimilarCandidates`).
    @inline(__always)
    private static func candidate(_ other: Int, _ source: Source, genreMasks: UnsafeBufferPointer<UInt32>,
                                  features: UnsafeBufferPointer<FeatureVector>,
                                  profiles: UnsafeBufferPointer<MoodProfile>) -> Candidate? {
        guard other != source.position, !source.excluded.contains(other) else { return nil }
        let linked = source.links.isEmpty ? 0 : source.links[other] ?? 0
        guard linked > 0 || SimilarCandidates.genresNear(source.genreMask, genreMasks[other])
            || sharesAny(source.people, features[other].indices) else { return nil }
        let facts = source.features.dot(features[other])
        guard facts > 0 || linked > 0 else { return nil }
        let otherTones = profiles[other].tones
        let lengths = source.toneLength * otherTones.magnitude
        let feel = lengths > 0 ? source.tones.dot(otherTones) / lengths : 0
        let byFacts = facts * (0.5 + 0.5 * max(0, feel)), byCommunity = communityWeight * linked
        return Candidate(position: other, likeness: byFacts + byCommunity, byFacts: byFacts, byCommunity: byCommunity)
    }

    /// The `limit` titles most like the one at `position`, leaving out `excluded` ids.
    public func similar(to position: Int, limit: Int, excluding excluded: Set<TitleID> = []) -> [Match] {
        library.count >= Library.indexedFrom && library.indexes.ready(library)
            ? similarByIndex(to: position, limit: limit, excluding: excluded)
            : similarByScan(to: position, limit: limit, excluding: excluded)
    }

    /// `similar(to:limit:excluding:)` through the index, whatever the library's size.
    func similarByIndex(to position: Int, limit: Int, excluding excluded: Set<TitleID> = []) -> [Match] {
        guard limit > 0 else { return [] }
        let source = self.source(position, excluding: excluded)
        let index = library.similarIndex
        let kept = 2 * limit
        var best = TopValues(capacity: kept)
        var scored: [Candidate] = []
        // Titles scored already: through a person or a link (few), so the genre walk skips them.
        var seen = Set<Int>()
        library.genreMasks.withUnsafeBufferPointer { masks in
            library.features.withUnsafeBufferPointer { features in
                library.profiles.withUnsafeBufferPointer { profiles in
                    func consider(_ other: Int) {
                        guard seen.insert(other).inserted,
                              let candidate = Self.candidate(other, source, genreMasks: masks, features: features, profiles: profiles)
                        else { return }
                        scored.append(candidate)
                        best.insert(candidate.likeness)
                    }
                    for target in source.links.keys.sorted() { consider(target) }
                    index.titlesSharingPeople(source.features, into: consider)
                    // Near genre sets, most promising first; within a set, stop
                    // where the bound drops below the list's last place.
                    var groups: [(group: Int, factor: Float)] = []
                    for mask in SimilarCandidates.genreMasks(near: source.genreMask) {
                        for group in index.groupsOfMask[mask] ?? [] {
                            groups.append((Int(group), index.boundFactor(source.features, group: Int(group), mask: mask)))
                        }
                    }
                    let heads = groups.map { $0.factor * index.groupScales[Int(index.groupStarts[$0.group])] }
                    for (group, factor) in zip(groups.indices, heads).sorted(by: { $0.1 > $1.1 }).map({ groups[$0.0] }) {
                        for slot in Int(index.groupStarts[group])..<Int(index.groupStarts[group + 1]) {
                            if SimilarIndex.slack(factor * index.groupScales[slot]) < best.floor { break }
                            let other = Int(index.groupTitles[slot])
                            // A title sharing a person was scored through the person.
                            if seen.contains(other) { continue }
                            guard let candidate = Self.candidate(other, source, genreMasks: masks, features: features, profiles: profiles)
                            else { continue }
                            scored.append(candidate)
                            best.insert(candidate.likeness)
                        }
                    }
                }
            }
        }
        return matches(scored, source: position, limit: limit)
    }

    /// `similar(to:limit:excluding:)` by scoring every title: the reference the index must agree with.
    func similarByScan(to position: Int, limit: Int, excluding excluded: Set<TitleID> = []) -> [Match] {
        let source = self.source(position, excluding: excluded)
        let library = self.library
        let scored = ParallelScan.collect(library.count) { (range: Range<Int>) -> [Candidate] in
            var part: [Candidate] = []
            library.genreMasks.withUnsafeBufferPointer { masks in
                library.features.withUnsafeBufferPointer { features in
                    library.profiles.withUnsafeBufferPointer { profiles in
                        for other in range {
                            if let candidate = Self.candidate(other, source, genreMasks: masks, features: features, profiles: profiles) {
                                part.append(candidate)
                            }
                        }
                    }
                }
            }
            return part
        }
        return matches(scored, source: position, limit: limit)
    }

    /// The best `limit` of the scored, one per work, with reasons.
    private func matches(_ candidates: [Candidate], source position: Int, limit: Int) -> [Match] {
        var scored = candidates
        // Room for the versions of one work that the list then shows once.
        if let threshold = TopSelection.threshold(scored.map(\.likeness), keeping: 2 * limit) {
            scored.removeAll { $0.likeness < threshold }
        }
        scored.sort { ($0.likeness, $1.position) > ($1.likeness, $0.position) }
        var works: Set<Int> = []
        scored.removeAll { !works.insert(library.works[$0.position]).inserted }
        let source = library.titles[position]
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
