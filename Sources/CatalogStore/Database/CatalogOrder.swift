import Catalog

/// What the index needs of the whole catalog before its first row: each
/// title's place in A–Z order and its work. Worked out from a few facts per
/// title (name, kind, year), read in a first pass, so that every row is
/// written once, complete.
struct CatalogOrder: Sendable {
    /// Place in A–Z order by folded name without article, then year.
    let rank: [Int32]
    /// 0-based position of the work's representative (VersionGrouping).
    let work: [Int32]
    /// Titles of the work, 1 for most.
    let versionCount: [Int32]

    /// The facts, in catalog order.
    struct Keys {
        var names: [String] = []
        var kinds: [TitleKind] = []
        var years: [Int] = []

        mutating func append(name: String, kind: TitleKind, year: Int) {
            names.append(name)
            kinds.append(kind)
            years.append(year)
        }
    }

    init(_ keys: Keys) {
        let count = keys.names.count
        let sortKeys = keys.names.map(TextFolding.foldedNameWithoutArticle)
        var rank = [Int32](repeating: 0, count: count)
        for (place, index) in sortKeys.indices.sorted(by: {
            (sortKeys[$0], keys.years[$0]) < (sortKeys[$1], keys.years[$1])
        }).enumerated() {
            rank[index] = Int32(place)
        }
        self.rank = rank
        let works = VersionGrouping.works(names: keys.names, kinds: keys.kinds, years: keys.years)
        work = works.map { Int32($0) }
        var versionCount = [Int32](repeating: 1, count: count)
        for members in VersionGrouping.groups(works).values {
            for member in members { versionCount[member] = Int32(members.count) }
        }
        self.versionCount = versionCount
    }
}
