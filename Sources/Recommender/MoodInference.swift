import Catalog

/// Marquee's own mapping from a title's facts to a mood profile.
///
/// Each genre lends the title some tones; words in the title add cues
/// ("Christmas" is warm, "Haunting" is scary), and so do the cue words the
/// catalog build read from its description (`DescriptionCues`); maturity
/// and runtime nudge the result. Contributions combine like independent chances
/// (1 − Π(1 − w)), so many weak cues never exceed 1. The mood-map point is
/// the tone-weighted mean of each tone's place on the circumplex.
/// docs/recommender.md explains the tables.
public enum MoodInference {
    public static func profile(for title: Title, cues: [String] = []) -> MoodProfile {
        var tones = [Float](repeating: 0, count: Tone.allCases.count)
        func add(_ tone: Tone, _ weight: Float) {
            tones[tone.rawValue] = 1 - (1 - tones[tone.rawValue]) * (1 - min(max(weight, 0), 1))
        }
        func scale(_ tone: Tone, _ factor: Float) { tones[tone.rawValue] *= factor }

        for genre in title.genres {
            for (tone, weight) in genreTones[genre] ?? [:] { add(tone, weight) }
        }
        for word in keywords(in: title.name) {
            for (tone, weight) in keywordTones[word] ?? [:] { add(tone, weight) }
        }
        if !cues.isEmpty {
            // The same independent-chances rule, all tones at once: what each
            // tone still lacks shrinks by every cue's weight.
            var lacking = SIMD16<Float>(repeating: 1)
            for cue in cues { lacking *= 1 - DescriptionCues.vector(of: cue).storage }
            for tone in Tone.allCases where lacking[tone.rawValue] < 1 {
                tones[tone.rawValue] = 1 - (1 - tones[tone.rawValue]) * lacking[tone.rawValue]
            }
        }

        if title.maturity.isMadeForKids || title.maturity.minimumAge == 0 {
            add(.light, 0.3)
            add(.heartwarming, 0.2)
            scale(.scary, 0.4)
            scale(.dark, 0.4)
        } else if title.maturity.minimumAge >= 17 {
            add(.dark, 0.1)
            scale(.light, 0.8)
        }
        if title.kind == .movie, let minutes = title.runtimeMinutes {
            if minutes < 40 { add(.light, 0.1) }
            if minutes > 150 {
                scale(.light, 0.7)
                add(.thoughtProvoking, 0.1)
            }
        }

        var vector = ToneVector()
        for tone in Tone.allCases { vector[tone] = tones[tone.rawValue] }
        return MoodProfile(point: point(for: vector), tones: vector, source: .inferred)
    }

    /// The genres of `title` that lend it tones, for provenance.
    public static func contributingGenres(of title: Title) -> [Genre] {
        title.genres.filter { !(genreTones[$0] ?? [:]).isEmpty }
    }

    /// The words of the title's name that lend it tones, once each.
    public static func titleCues(of title: Title) -> [String] {
        var found: [String] = []
        for word in keywords(in: title.name) where keywordTones[word] != nil && !found.contains(word) { found.append(word) }
        return found
    }

    /// Lowercased words of the title. The cue words are plain ASCII, so
    /// this skips full accent folding, and it splits on scalars rather than
    /// characters: grapheme breaking was the largest cost of building the
    /// library for a million titles.
    static func keywords(in name: String) -> [String] {
        name.lowercased().unicodeScalars
            .split { !isWordScalar($0) }
            .map { String(String.UnicodeScalarView($0)) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    public static func point(for tones: ToneVector) -> MoodPoint { MoodProfile.point(for: tones) }

    /// Tones each genre lends a title.
    static let genreTones: [Genre: [Tone: Float]] = [
        .comedy: [.funny: 0.8, .light: 0.6],
        .standUp: [.funny: 0.9, .light: 0.5],
        .talkShow: [.funny: 0.5, .light: 0.6],
        .drama: [.sad: 0.3, .thoughtProvoking: 0.4, .heartwarming: 0.2],
        .romance: [.romantic: 0.9, .heartwarming: 0.4, .light: 0.2],
        .thriller: [.tense: 0.9, .dark: 0.4, .exciting: 0.4],
        .horror: [.scary: 0.95, .tense: 0.6, .dark: 0.5],
        .crime: [.dark: 0.6, .tense: 0.6, .thoughtProvoking: 0.2],
        .mystery: [.tense: 0.6, .thoughtProvoking: 0.4, .dark: 0.2],
        .actionAdventure: [.exciting: 0.9, .tense: 0.3],
        .sciFiFantasy: [.exciting: 0.5, .thoughtProvoking: 0.4],
        .documentary: [.thoughtProvoking: 0.9, .inspiring: 0.3],
        .scienceNature: [.thoughtProvoking: 0.8, .inspiring: 0.4, .light: 0.3],
        .kidsFamily: [.light: 0.8, .heartwarming: 0.6, .funny: 0.5],
        .anime: [.exciting: 0.5, .funny: 0.2],
        .music: [.inspiring: 0.5, .light: 0.4, .heartwarming: 0.3],
        .sports: [.inspiring: 0.7, .exciting: 0.6],
        .reality: [.light: 0.7, .funny: 0.3],
        .faith: [.inspiring: 0.7, .heartwarming: 0.5],
        .lgbtq: [.heartwarming: 0.3, .thoughtProvoking: 0.3, .romantic: 0.2],
        .teen: [.light: 0.4, .romantic: 0.3, .funny: 0.3],
        .classic: [.thoughtProvoking: 0.2],
        .cult: [.funny: 0.2, .dark: 0.2],
        .independent: [.thoughtProvoking: 0.3],
    ]

    /// Cues carried by words of the title (folded, whole words).
    static let keywordTones: [String: [Tone: Float]] = {
        var table: [String: [Tone: Float]] = [:]
        func cue(_ words: [String], _ tones: [Tone: Float]) { for word in words { table[word] = tones } }
        cue(["christmas", "xmas", "holiday", "holidays", "santa", "snow", "elf", "reindeer"],
            [.heartwarming: 0.35, .light: 0.25])
        cue(["love", "wedding", "romance", "kiss", "bride", "valentine", "honeymoon", "crush", "boyfriend", "girlfriend"],
            [.romantic: 0.45])
        cue(["murder", "murders", "killer", "killers", "kill", "killing", "dead", "death", "blood", "revenge", "crime", "massacre"],
            [.dark: 0.4, .tense: 0.3])
        cue(["ghost", "ghosts", "haunting", "haunted", "demon", "demons", "curse", "cursed", "exorcism", "exorcist", "zombie", "zombies", "witch", "horror", "nightmare", "possession", "evil"],
            [.scary: 0.5, .dark: 0.2])
        cue(["funny", "laugh", "comedy", "jokes", "party"], [.funny: 0.4, .light: 0.2])
        cue(["war", "holocaust", "tragedy", "grief", "goodbye", "funeral"], [.sad: 0.35, .dark: 0.2])
        cue(["journey", "adventure", "adventures", "quest", "treasure", "escape", "mission"], [.exciting: 0.35])
        cue(["family", "friends", "friendship", "dog", "dogs", "puppy", "cat", "home", "mom", "dad"], [.heartwarming: 0.3])
        cue(["champion", "champions", "dream", "dreams", "rise", "hope", "miracle", "legend"], [.inspiring: 0.3])
        cue(["secret", "secrets", "mystery", "missing", "disappearance", "vanished"], [.tense: 0.3, .thoughtProvoking: 0.2])
        cue(["history", "science", "planet", "universe", "nature", "explained", "inside", "truth"], [.thoughtProvoking: 0.3])
        return table
    }()
}
