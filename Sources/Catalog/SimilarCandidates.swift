/// Which titles may be offered as similar to a title: those that share a
/// director or one of the first six billed (both ways), those whose genres
/// are the title's own but for at most two changes (one genre swapped for
/// another, or two added or dropped), and those a community's ratings link to
/// it. Everything else shares only era, kind, country or feel, which never
/// made a title's list of five on the embedded catalog (146 titles checked
/// against the full scan: the same lists).
///
/// The rule lets similar titles start from an index look-up instead of a
/// scan: the one-shot `marquee show` asks the catalog index for exactly these
/// titles, and the in-memory scan applies the same test, so both list the
/// same titles.
public enum SimilarCandidates {
    /// How many billed names count, as in the taste features.
    public static let castLimit = 6
    /// How many genres may differ.
    public static let genreChanges = 2

    /// Every non-empty genre set at most `genreChanges` changes from `mask`,
    /// `mask` first; none for a title without genres.
    public static func genreMasks(near mask: UInt32) -> [UInt32] {
        guard mask != 0 else { return [] }
        let bits = (0..<Genre.allCases.count).map { UInt32(1) << UInt32($0) }
        var masks = [mask]
        for (index, first) in bits.enumerated() {
            if mask ^ first != 0 { masks.append(mask ^ first) }
            for second in bits[(index + 1)...] where mask ^ first ^ second != 0 { masks.append(mask ^ first ^ second) }
        }
        return masks
    }

    /// Genres equal but for at most `genreChanges` (and neither title without genres).
    @inline(__always)
    public static func genresNear(_ a: UInt32, _ b: UInt32) -> Bool {
        a != 0 && b != 0 && (a ^ b).nonzeroBitCount <= genreChanges
    }

    /// The names through which another title can share people with `title`.
    public static func people(of title: Title) -> (directors: Set<String>, cast: Set<String>) {
        (Set(title.directors), Set(title.cast.prefix(castLimit)))
    }

    public static func sharesPeople(_ people: (directors: Set<String>, cast: Set<String>), with other: Title) -> Bool {
        other.directors.contains(where: people.directors.contains)
            || other.cast.prefix(castLimit).contains(where: people.cast.contains)
    }
}
