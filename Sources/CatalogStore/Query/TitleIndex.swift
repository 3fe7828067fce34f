import Catalog

/// Compact columns of every title, for filtering and sorting without
/// touching the full records: a few bytes a title, scanned in a tight loop.
public final class TitleIndex: Sendable {
    let ids: [TitleID]
    let kinds: [UInt8]
    let years: [Int16]
    /// Minutes per sitting; -1 when unknown.
    let minutes: [Int16]
    let minimumAges: [UInt8]
    /// Bit `n` set when the title has `Genre.allCases[n]`.
    let genreMasks: [UInt32]
    /// Country numbers, `countryStarts[p]..<countryStarts[p + 1]` for position `p`.
    let countryNumbers: [UInt16]
    let countryStarts: [Int32]
    public let countryNames: [String]
    /// Days since 1970 of the date added; Int32.min when unknown.
    let added: [Int32]
    let aiStatus: [UInt8]
    /// Place in A–Z order, leading articles ignored.
    let titleRanks: [Int32]
    /// Every title in each fixed order, for sorting long lists (filled on first use).
    private let orders = TitleOrders()

    public var count: Int { ids.count }

    /// `titleRanks` come from the catalog database (computed once when it
    /// was built); without them, they are computed here.
    public init(titles: [Title], titleRanks: [Int32]? = nil) {
        // One pass reading each title's fields in place: a map per column
        // (`titles.map(\.id)`, ...) copied whole titles, retains and all.
        var ids: [TitleID] = [], kinds: [UInt8] = [], years: [Int16] = [], minutes: [Int16] = [], minimumAges: [UInt8] = []
        var genreMasks: [UInt32] = [], added: [Int32] = [], aiStatus: [UInt8] = []
        ids.reserveCapacity(titles.count)
        kinds.reserveCapacity(titles.count)
        years.reserveCapacity(titles.count)
        minutes.reserveCapacity(titles.count)
        minimumAges.reserveCapacity(titles.count)
        genreMasks.reserveCapacity(titles.count)
        added.reserveCapacity(titles.count)
        aiStatus.reserveCapacity(titles.count)
        var names: [String] = []
        var numbers: [String: UInt16] = [:]
        var flat: [UInt16] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(titles.count + 1)
        for index in titles.indices {
            ids.append(titles[index].id)
            kinds.append(titles[index].kind == .movie ? 0 : 1)
            years.append(Int16(clamping: titles[index].year))
            minutes.append(Int16(clamping: titles[index].sittingMinutes ?? -1))
            minimumAges.append(UInt8(titles[index].maturity.minimumAge))
            genreMasks.append(Genre.mask(titles[index].genres))
            added.append(titles[index].dateAdded.map { Int32($0.dayNumber) } ?? Int32.min)
            aiStatus.append(Self.statusCode(titles[index].aiUse))
            for country in titles[index].countries {
                let number = numbers[country] ?? {
                    let next = UInt16(clamping: names.count)
                    names.append(country)
                    numbers[country] = next
                    return next
                }()
                flat.append(number)
            }
            starts.append(Int32(flat.count))
        }
        (self.ids, self.kinds, self.years, self.minutes, self.minimumAges) = (ids, kinds, years, minutes, minimumAges)
        (self.genreMasks, self.added, self.aiStatus) = (genreMasks, added, aiStatus)
        countryNames = names
        countryNumbers = flat
        countryStarts = starts
        if let titleRanks, titleRanks.count == titles.count {
            self.titleRanks = titleRanks
        } else {
            let keys = titles.map { TextFolding.foldedNameWithoutArticle($0.name) }
            var ranks = [Int32](repeating: 0, count: titles.count)
            for (place, index) in titles.indices.sorted(by: { (keys[$0], titles[$0].year) < (keys[$1], titles[$1].year) }).enumerated() {
                ranks[index] = Int32(place)
            }
            self.titleRanks = ranks
        }
    }

    static func statusCode(_ use: AIUse) -> UInt8 {
        switch use {
        case .unknown: 0
        case .used: 1
        case .none: 2
        }
    }

    /// A filter turned into comparisons on the columns.
    struct CompiledFilter {
        var kind: UInt8?
        var genreMask: UInt32
        var years: ClosedRange<Int16>?
        var minutes: ClosedRange<Int16>?
        var maximumAge: UInt8?
        var countries: Set<UInt16>?
        var aiStatuses: Set<UInt8>?
        var matchesNothing = false
    }

    func compile(_ filter: TitleFilter) -> CompiledFilter {
        var compiled = CompiledFilter(genreMask: 0)
        if filter.kinds.count == 1 { compiled.kind = filter.kinds.first == .movie ? 0 : 1 }
        compiled.genreMask = Genre.mask(filter.genres)
        if let years = filter.years {
            compiled.years = Int16(clamping: years.lowerBound)...Int16(clamping: years.upperBound)
        }
        if let minutes = filter.minutes {
            compiled.minutes = Int16(clamping: minutes.lowerBound)...Int16(clamping: minutes.upperBound)
        }
        if let ceiling = filter.maturityCeiling { compiled.maximumAge = UInt8(ceiling.minimumAge) }
        if !filter.countries.isEmpty {
            // Any capitalisation names a country: "france" is France.
            let asked = Set(filter.countries.map { $0.lowercased() })
            let wanted = Set(countryNames.enumerated().filter { asked.contains($0.element.lowercased()) }.map { UInt16($0.offset) })
            if wanted.isEmpty { compiled.matchesNothing = true }
            compiled.countries = wanted
        }
        if !filter.aiUse.isEmpty {
            compiled.aiStatuses = Set(filter.aiUse.map { status -> UInt8 in
                switch status {
                case .unknown: 0
                case .used: 1
                case .none: 2
                }
            })
        }
        return compiled
    }

    @inline(__always)
    func matches(_ p: Int, _ f: CompiledFilter) -> Bool {
        if let kind = f.kind, kinds[p] != kind { return false }
        if genreMasks[p] & f.genreMask != f.genreMask { return false }
        if let years = f.years, !years.contains(self.years[p]) { return false }
        if let range = f.minutes {
            let value = minutes[p]
            if value < 0 || !range.contains(value) { return false }
        }
        if let maximumAge = f.maximumAge, minimumAges[p] > maximumAge { return false }
        if let countries = f.countries {
            var found = false
            for k in Int(countryStarts[p])..<Int(countryStarts[p + 1]) where countries.contains(countryNumbers[k]) {
                found = true
                break
            }
            if !found { return false }
        }
        if let statuses = f.aiStatuses, !statuses.contains(aiStatus[p]) { return false }
        return true
    }

    /// Positions that pass `filter`: of `candidates` in their order, or of
    /// the whole catalog in catalog order.
    public func filter(_ filter: TitleFilter, candidates: [Int]? = nil) -> [Int] {
        let compiled = compile(filter)
        if compiled.matchesNothing { return [] }
        if filter.isEmpty { return candidates ?? Array(0..<count) }
        if let candidates { return candidates.filter { matches($0, compiled) } }
        var result: [Int] = []
        for p in 0..<count where matches(p, compiled) { result.append(p) }
        return result
    }

    /// Orders positions. `relevance` keeps the given order when it came from
    /// a text search and is "newest additions first" otherwise. Ties keep
    /// A–Z order so lists never shuffle.
    public func sort(_ positions: [Int], by sort: TitleSort, ratings: [TitleID: Rating] = [:], fromTextSearch: Bool) -> [Int] {
        switch sort {
        case .relevance:
            return fromTextSearch ? positions : ordered(positions, by: .added)
        case .added:
            return ordered(positions, by: .added)
        case .title:
            return ordered(positions, by: .title)
        case .year:
            return ordered(positions, by: .year)
        case .runtime:
            return ordered(positions, by: .runtime)
        case .rating:
            // Rated titles first, best first; the rest (most of a long list) A–Z.
            let rated = positions.filter { ratings[ids[$0]] != nil }
            let stars = rated.map { ratings[ids[$0]]!.stars }
            let best = rated.indices.sorted { a, b in
                stars[a] != stars[b] ? stars[a] > stars[b] : titleRanks[rated[a]] < titleRanks[rated[b]]
            }.map { rated[$0] }
            guard best.count < positions.count else { return best }
            return best + ordered(positions.filter { ratings[ids[$0]] == nil }, by: .title)
        }
    }

    /// Works out every fixed order now (the query worker does it at launch,
    /// so that the first sort of a long list does not).
    public func prepareOrders() {
        for key in TitleOrders.Key.allCases { _ = wholeOrder(key) }
    }

    /// Every title in `key` order: one sort of the whole catalog, the first time.
    private func wholeOrder(_ key: TitleOrders.Key) -> [Int32] {
        orders.order(key) { sortedDirectly(Array(0..<count), by: key) }
    }

    /// `positions` in a fixed order: sorted when few, by walking the whole
    /// order when many (the same list either way).
    func ordered(_ positions: [Int], by key: TitleOrders.Key) -> [Int] {
        if positions.count * TitleOrders.walkShare > count { return TitleOrders.arrange(positions, in: wholeOrder(key)) }
        return sortedDirectly(positions, by: key)
    }

    /// `positions` in a fixed order by comparing them.
    func sortedDirectly(_ positions: [Int], by key: TitleOrders.Key) -> [Int] {
        switch key {
        case .added: sorted(positions, descendingBy: { self.added[$0] })
        case .title: positions.sorted { titleRanks[$0] < titleRanks[$1] }
        case .year: sorted(positions, descendingBy: { Int32(self.years[$0]) })
        case .runtime:
            // Shortest first; unknown lengths last.
            positions.sorted { a, b in
                let x = minutes[a] < 0 ? Int16.max : minutes[a], y = minutes[b] < 0 ? Int16.max : minutes[b]
                return x != y ? x < y : titleRanks[a] < titleRanks[b]
            }
        }
    }

    /// Descending by `key`, ties A–Z.
    private func sorted(_ positions: [Int], descendingBy key: (Int) -> Int32) -> [Int] {
        let keys = positions.map(key)
        return positions.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] > keys[b] : titleRanks[positions[a]] < titleRanks[positions[b]]
        }.map { positions[$0] }
    }

    /// Countries by how many titles they have, most first.
    public var countriesByFrequency: [String] {
        var counts = [Int](repeating: 0, count: countryNames.count)
        for number in countryNumbers { counts[Int(number)] += 1 }
        return countryNames.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : countryNames[$0] < countryNames[$1] }
            .map { countryNames[$0] }
    }
}
