import Catalog

/// Collaborative taste for one person: for each title, the sum of the
/// community links into it from the titles the person liked (4★ and up;
/// an unrated title watched or liked elsewhere seeds it too, its links
/// scaled by `ImplicitSignal.confidence`), scaled so the best-linked title scores 1. Each liked title's share is
/// kept apart, so the reason can name the one that counted most.
struct CommunityTaste: Sendable {
    /// Position → (liked source position → its link weight).
    private let contributions: [Int: [Int: Float]]
    private let best: Float
    /// How much the term may count: full from three liked titles the
    /// community knows, so one rating cannot take over the list.
    let reach: Float

    init(library: Library, links: CommunityLinks, signals: UserSignals) {
        var contributions: [Int: [Int: Float]] = [:]
        var linkedSources: Float = 0
        if !links.isEmpty {
            var seeds: [(TitleID, Float)] = signals.ratings.filter { $0.value.stars >= 4 }.map { ($0.key, 1) }
            seeds += ImplicitSignal.unrated(in: signals).filter { !signals.hidden.contains($0.key) }.map { ($0.key, $0.value.confidence) }
            for (id, seedWeight) in seeds {
                guard let source = library.position(of: id), let outgoing = links.outgoing[id] else { continue }
                linkedSources += seedWeight
                for link in outgoing {
                    guard let target = library.position(of: link.target) else { continue }
                    contributions[target, default: [:]][source] = link.weight * seedWeight
                }
            }
        }
        self.contributions = contributions
        best = contributions.values.map { $0.values.reduce(0, +) }.max() ?? 0
        reach = min(1, linkedSources / 3)
    }

    /// The titles some liked title links to: the only ones scoring above 0.
    var linkedPositions: Dictionary<Int, [Int: Float]>.Keys { contributions.keys }

    /// 0…1; 0 for titles no liked title links to.
    func score(at position: Int) -> Float {
        guard best > 0, let parts = contributions[position] else { return 0 }
        return parts.values.reduce(0, +) / best
    }

    /// The liked title whose link adds most to this one.
    func strongestSource(for position: Int) -> Int? {
        contributions[position]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
