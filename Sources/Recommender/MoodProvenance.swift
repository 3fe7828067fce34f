import Catalog

/// Where a title's mood profile came from, in terms a person can check:
/// the description cues, title words and genres inference read, or how the
/// curated profile was judged, or the person's own correction; plus what is
/// known of the title's standing and audience.
public struct MoodProvenance: Hashable, Sendable {
    public var source: ProfileSource
    /// How a curated profile was judged (nil when inferred, corrected or unsaid).
    public var method: CurationMethod?
    /// Description cue words inference used (inferred profiles only).
    public var cues: [String] = []
    /// Words of the title's name inference used (inferred profiles only).
    public var titleWords: [String] = []
    /// Genres that lent tones (inferred profiles only).
    public var genres: [Genre] = []
    /// What a correction replaced: curated or inferred.
    public var correctedFrom: ProfileSource?
    public var standing: Standing?
    public var madeFor: MadeFor = .everyone

    /// "inferred from: haunting, grief; genres drama", "curated (AI-assisted,
    /// from the rules in docs/moods.md)", "corrected by you (wins over the
    /// curated profile)".
    public var text: String {
        switch source {
        case .inferred:
            var parts: [String] = []
            if !cues.isEmpty { parts.append(cues.joined(separator: ", ")) }
            if !titleWords.isEmpty { parts.append("title \(titleWords.count == 1 ? "word" : "words") \(titleWords.joined(separator: ", "))") }
            if !genres.isEmpty { parts.append("\(genres.count == 1 ? "genre" : "genres") \(genres.map { $0.displayName.lowercased() }.joined(separator: ", "))") }
            return parts.isEmpty ? "inferred from maturity and runtime only" : "inferred from: " + parts.joined(separator: "; ")
        case .curated:
            switch method {
            case .hand: return "curated (judged by hand, by someone who knows the work)"
            case .aiAssisted: return "curated (AI-assisted, from the rules in docs/moods.md)"
            case nil: return "curated"
            }
        case .corrected:
            return "corrected by you (wins over the \(correctedFrom == .curated ? "curated" : "inferred") profile)"
        }
    }
}

extension MoodProvenance {
    /// How well regarded the title is, in words: the curator's judgement,
    /// else what the imported community's ratings say, else nil.
    public func standingText(community: CommunityStanding?) -> String? {
        if let standing { return standing.displayName }
        return community.map { "\($0.summary) (\($0.origin))" }
    }
}

extension Library {
    /// The provenance of the profile that counts for this person at `position`.
    public func provenance(at position: Int, corrections: [TitleID: ToneVector]) -> MoodProvenance {
        let title = titles[position]
        let base = profiles[position].source
        var provenance = MoodProvenance(source: base, standing: standings[position], madeFor: madeFor[position])
        if corrections[title.id] != nil {
            provenance.source = .corrected
            provenance.correctedFrom = base
            return provenance
        }
        switch base {
        case .inferred:
            provenance.cues = cues[title.id] ?? []
            provenance.titleWords = MoodInference.titleCues(of: title)
            provenance.genres = MoodInference.contributingGenres(of: title)
        case .curated:
            provenance.method = curationMethods[title.id]
        case .corrected:
            break
        }
        return provenance
    }
}
