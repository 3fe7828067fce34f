import Foundation
import GRDB

/// Every title's folded name in memory, for the interactive search's
/// title-prefix pass: the best titles that start with a word, without
/// reading or sorting every row that does.
///
/// In SQL the pass sorts every title starting with the query before its
/// limit: a few hundred rows in the embedded catalog, 80,000 for "s" in a
/// million titles (half a second). Here the names are kept in byte order
/// (as the SQLite indexes keep them) to count and list the titles starting
/// with the query, and in the pass's own order (curated first, fewer words,
/// catalog position) to walk when they are many: when a form is shared by
/// more than `walkAbove` titles, the best `limit` of them are met within
/// about `limit × titles / walkAbove` steps of that order.
///
/// Loaded with the search words on the query worker (`TitleSearch.warmUp`);
/// one-shot commands use the SQL pass.
struct TitlePrefixIndex {
    /// The folded names one after another; title `p` (catalog position
    /// `p + 1`) is `names[starts[p]..<starts[p + 1]]`.
    private let names: [UInt8]
    private let starts: [UInt32]
    /// Where the name without its leading article (the sort key) starts
    /// within the name: 0 when it has none.
    private let keyOffsets: [UInt8]
    private let curated: [Bool]
    private let wordCounts: [UInt16]
    /// Titles in byte order of their names, and of their sort keys (only
    /// titles with an article).
    private let byName: [UInt32]
    private let byKey: [UInt32]
    /// Titles in the pass's order: curated first, fewer words, position.
    private let inPassOrder: [UInt32]

    /// Above this many titles sharing the typed start, the pass order is
    /// walked instead of sorting them (both give the same answer).
    let walkAbove: Int

    var count: Int { curated.count }

    init?(_ db: Database, walkAbove: Int = 4_096) throws {
        self.walkAbove = walkAbove
        var names: [UInt8] = [], starts: [UInt32] = [0], keyOffsets: [UInt8] = [], curated: [Bool] = [], wordCounts: [UInt16] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT position, folded_name, sort_key, curated FROM title ORDER BY position")
        while let row = try rows.next() {
            // Positions run 1, 2, 3…: the arrays are indexed by them.
            guard (row[0] as Int) == curated.count + 1 else { return nil }
            let name: String = row[1], key: String = row[2]
            let nameBytes = name.utf8.count, keyBytes = key.utf8.count
            guard nameBytes >= keyBytes, nameBytes - keyBytes <= Int(UInt8.max) else { return nil }
            names.append(contentsOf: name.utf8)
            starts.append(UInt32(names.count))
            keyOffsets.append(UInt8(nameBytes - keyBytes))
            curated.append((row[3] as Int) == 1)
            wordCounts.append(UInt16(clamping: TitleSearch.wordCount(ofFolded: name)))
        }
        self.names = names
        self.starts = starts
        self.keyOffsets = keyOffsets
        self.curated = curated
        self.wordCounts = wordCounts
        // SQLite's indexes order text by bytes, as the searches below compare.
        byName = try Int.fetchAll(db, sql: "SELECT position FROM title INDEXED BY title_by_folded_name ORDER BY folded_name")
            .map { UInt32($0 - 1) }
        byKey = try Int.fetchAll(db, sql: "SELECT position FROM title INDEXED BY title_by_sort_key ORDER BY sort_key")
            .map { UInt32($0 - 1) }.filter { keyOffsets[Int($0)] > 0 }
        inPassOrder = (0..<UInt32(curated.count)).sorted {
            Self.passOrder(Int($0), before: Int($1), curated: curated, wordCounts: wordCounts)
        }
    }

    /// A title starting with the query, and how (`exactTitle`,
    /// `titleStartsWithWords` or `titlePrefix`).
    struct Hit {
        var position: Int
        var quality: TitleSearch.MatchQuality
        var curated: Bool
        var wordCount: Int
    }

    /// The best `limit` titles whose name, with or without a leading
    /// article, starts with `query`, in the pass's order: exact names, then
    /// names that go on with another word, then the rest; within each,
    /// curated first, fewer words, position.
    func titles(startingWith query: String, limit: Int) -> [Hit] {
        let query = Array(query.utf8)
        let ranges = Ranges(of: query, in: self)
        var found: [Hit] = []
        for group in 0..<3 where found.count < limit {
            for title in best(in: group, of: query, ranges: ranges, limit: limit - found.count) {
                found.append(Hit(position: title + 1, quality: Self.quality(group), curated: curated[title],
                                 wordCount: Int(wordCounts[title])))
            }
        }
        return found
    }

    private static func quality(_ group: Int) -> TitleSearch.MatchQuality {
        switch group {
        case 0: .exactTitle
        case 1: .titleStartsWithWords
        default: .titlePrefix
        }
    }

    /// Where the names and sort keys that are the query, go on from it with
    /// a word, or start with it lie in `byName` and `byKey`: found once per
    /// query, for all three groups.
    private struct Ranges {
        typealias Pair = (names: Range<Int>, keys: Range<Int>)
        let exact: Pair, withWords: Pair, all: Pair

        init(of query: [UInt8], in index: TitlePrefixIndex) {
            func pair(_ query: [UInt8], whole: Bool = false) -> Pair {
                (index.range(index.byName, of: query, keyed: false, whole: whole),
                 index.range(index.byKey, of: query, keyed: true, whole: whole))
            }
            exact = pair(query, whole: true)
            withWords = pair(query + [0x20])
            all = pair(query)
        }
    }

    /// The best `limit` titles whose group for `query` is `group`.
    private func best(in group: Int, of query: [UInt8], ranges found: Ranges, limit: Int) -> [Int] {
        let (exact, withWords, all) = (found.exact, found.withWords, found.all)
        // Forms, not titles (a title may count twice): only which way to go.
        let (ranges, members) = switch group {
        case 0: (exact, exact.0.count + exact.1.count)
        case 1: (withWords, withWords.0.count + withWords.1.count)
        default: (all, all.0.count + all.1.count - withWords.0.count - withWords.1.count - exact.0.count - exact.1.count)
        }
        if members <= walkAbove {
            var titles = Set<Int>()
            for index in ranges.0 where self.group(of: Int(byName[index]), for: query) == group { titles.insert(Int(byName[index])) }
            for index in ranges.1 where self.group(of: Int(byKey[index]), for: query) == group { titles.insert(Int(byKey[index])) }
            return Array(titles.sorted { Self.passOrder($0, before: $1, curated: curated, wordCounts: wordCounts) }.prefix(limit))
        }
        var found: [Int] = []
        for title in inPassOrder where self.group(of: Int(title), for: query) == group {
            found.append(Int(title))
            if found.count == limit { break }
        }
        return found
    }

    /// Curated first, fewer words, position.
    private static func passOrder(_ a: Int, before b: Int, curated: [Bool], wordCounts: [UInt16]) -> Bool {
        if curated[a] != curated[b] { return curated[a] }
        if wordCounts[a] != wordCounts[b] { return wordCounts[a] < wordCounts[b] }
        return a < b
    }

    /// 0 when a form of the title is the query, 1 when one starts with the
    /// query and a space, 2 when one merely starts with it, nil otherwise.
    private func group(of title: Int, for query: [UInt8]) -> Int? {
        let start = Int(starts[title]), end = Int(starts[title + 1])
        let name = group(of: start..<end, for: query)
        guard keyOffsets[title] > 0 else { return name }
        let key = group(of: (start + Int(keyOffsets[title]))..<end, for: query)
        guard let name else { return key }
        guard let key else { return name }
        return min(name, key)
    }

    private func group(of form: Range<Int>, for query: [UInt8]) -> Int? {
        guard compare(form, query) == 0 else { return nil }
        if form.count == query.count { return 0 }
        return names[form.lowerBound + query.count] == 0x20 ? 1 : 2
    }

    /// The form against the query: negative, zero or positive. With
    /// `whole`, as text (zero: equal); without, only the form's first
    /// `query.count` bytes (zero: the form starts with the query).
    private func compare(_ form: Range<Int>, _ query: [UInt8], whole: Bool = false) -> Int {
        names.withUnsafeBufferPointer { names in
            query.withUnsafeBufferPointer { query in
                let shared = min(form.count, query.count)
                if shared > 0, let base = names.baseAddress, let other = query.baseAddress {
                    let order = memcmp(base + form.lowerBound, other, shared)
                    if order != 0 { return Int(order) }
                }
                if form.count < query.count { return -1 }
                return whole && form.count > query.count ? 1 : 0
            }
        }
    }

    private func form(of title: Int, keyed: Bool) -> Range<Int> {
        (Int(starts[title]) + (keyed ? Int(keyOffsets[title]) : 0))..<Int(starts[title + 1])
    }

    /// The indexes of `sorted` whose forms start with `query` (with
    /// `whole`: are `query`). Byte order keeps them together.
    private func range(_ sorted: [UInt32], of query: [UInt8], keyed: Bool, whole: Bool = false) -> Range<Int> {
        func firstIndex(where isAfter: (Int) -> Bool) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                let order = compare(form(of: Int(sorted[middle]), keyed: keyed), query, whole: whole)
                if isAfter(order) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let low = firstIndex { $0 >= 0 }, high = firstIndex { $0 > 0 }
        return low..<max(low, high)
    }
}
