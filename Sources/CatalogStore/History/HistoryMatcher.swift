import Catalog

/// Finds the catalog title a history row stands for, or says why it cannot.
///
/// Names are compared folded: case, accents, punctuation and typographic
/// quotes, a leading article and "&" for "and" do not count, and a trailing
/// qualifier in brackets is optional on either side ("The Office (U.S.)" is
/// "The Office"). The original title counts as a name too.
///
/// - Films: the same year, or failing that a year either side (sources
///   disagree about release years). A film of that name from another year is
///   a different film and never a match.
/// - Series: the file gives the first year (IMDb, Trakt), the catalog the
///   latest season's, so a series matches when its first year is not after
///   the catalog's year.
/// - Without a year (Netflix viewing history) the name alone decides.
/// - Directors, when the file names them, separate titles that the name and
///   year leave tied.
///
/// More than one title left is `ambiguous`, never a guess.
public struct HistoryMatcher: Sendable {
    public enum Outcome: Sendable, Hashable {
        case matched(TitleID)
        /// Titles that fit equally well.
        case ambiguous([TitleID])
        /// Why no title fits, in words for the report.
        case unmatched(String)
    }

    private struct Candidate: Sendable {
        var id: TitleID
        var kind: TitleKind
        var year: Int
        var directors: Set<String>
    }

    private let byName: [String: [Int]]
    private let candidates: [Candidate]
    private let index: [TitleID: Int]

    public init(titles: [Title]) {
        var byName: [String: [Int]] = [:]
        var candidates: [Candidate] = []
        var index: [TitleID: Int] = [:]
        for title in titles {
            let position = candidates.count
            candidates.append(Candidate(id: title.id, kind: title.kind, year: title.year,
                                        directors: Set(title.directors.map(Self.personKey))))
            index[title.id] = position
            for key in Self.nameKeys(title.name) where byName[key]?.last != position {
                byName[key, default: []].append(position)
            }
        }
        self.byName = byName
        self.candidates = candidates
        self.index = index
    }

    public func match(_ row: HistoryRow) -> Outcome {
        if let id = row.titleID, index[id] != nil { return .matched(id) }
        var found = named(row.name, row.originalName)
        var kind = row.kind
        if found.isEmpty, kind != .movie, let colon = row.name.range(of: ": ") {
            // Netflix writes an episode as "Show: Episode"; try the show.
            found = named(String(row.name[..<colon.lowerBound]), nil).filter { candidates[$0].kind == .series }
            if !found.isEmpty { kind = .series }
        }
        guard !found.isEmpty else { return .unmatched("no catalog title of that name") }
        if let kind {
            let sameKind = found.filter { candidates[$0].kind == kind }
            guard !sameKind.isEmpty else {
                let other = candidates[found[0]].kind
                return .unmatched("the catalog has it only as a \(other == .movie ? "film" : "series")")
            }
            found = sameKind
        }
        if let year = row.year {
            let fitting = fitting(found, year: year)
            guard !fitting.isEmpty else {
                let years = Set(found.map { candidates[$0].year }).sorted().map(String.init).joined(separator: ", ")
                let seriesOnly = found.allSatisfy { candidates[$0].kind == .series }
                return .unmatched(seriesOnly ? "the catalog's series of that name runs to \(years), before \(year)"
                                  : "the catalog's title of that name is from \(years), not \(year)")
            }
            found = fitting
        }
        if found.count > 1, !row.directors.isEmpty {
            let wanted = Set(row.directors.map(Self.personKey))
            let byDirector = found.filter { !candidates[$0].directors.isDisjoint(with: wanted) }
            if !byDirector.isEmpty { found = byDirector }
        }
        return found.count == 1 ? .matched(candidates[found[0]].id) : .ambiguous(found.map { candidates[$0].id })
    }

    /// Positions of titles named `name` or `originalName`.
    private func named(_ name: String, _ originalName: String?) -> [Int] {
        var seen = Set<Int>()
        var result: [Int] = []
        for text in [name, originalName].compactMap({ $0 }) {
            for key in Self.nameKeys(text) {
                for position in byName[key] ?? [] where seen.insert(position).inserted { result.append(position) }
            }
        }
        return result
    }

    /// The titles whose year fits: films the same year, else a year either
    /// side; series whose latest year is not before the row's first year.
    private func fitting(_ found: [Int], year: Int) -> [Int] {
        let series = found.filter { candidates[$0].kind == .series && candidates[$0].year >= year }
        let films = found.filter { candidates[$0].kind == .movie }
        let sameYear = films.filter { candidates[$0].year == year }
        let nearYear = sameYear.isEmpty ? films.filter { abs(candidates[$0].year - year) == 1 } : sameYear
        return series + nearYear
    }

    /// The keys a name is filed under: folded words without a leading
    /// article, and the same without a trailing "(…)" qualifier.
    static func nameKeys(_ name: String) -> [String] {
        var keys = [CommunityTitleMatcher.normalisedName(name)]
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            keys.append(CommunityTitleMatcher.normalisedName(String(name[..<open])))
        }
        return Array(Set(keys.filter { !$0.isEmpty })).sorted()
    }

    static func personKey(_ name: String) -> String {
        TextFolding.words(name).joined(separator: " ")
    }
}
