import Foundation
import GRDB

/// Every word the search index holds, with how many titles hold it: what
/// typo tolerance and the selectivity estimate look up. Two ways to ask, with
/// the same answers: `Loaded` keeps the words in memory (the app loads them
/// on its query worker at launch, for keystroke speed); `Stored` asks the
/// `search_term` table (a one-shot command asks a few questions, and loading
/// a million-title catalog's words would cost more than all of them).
protocol SearchVocabulary {
    /// Words from `low` (inclusive) to `high` (exclusive) in byte order whose
    /// length in scalars lies in `lengths`.
    func terms(from low: String, below high: String, lengths: ClosedRange<Int>) throws -> [String]
    /// Some word starts with `prefix`.
    func hasWord(startingWith prefix: String) throws -> Bool
    /// Titles holding a word that starts with `prefix`, counted per word (an
    /// upper bound: a title with two such words counts twice).
    func documents(startingWith prefix: String) throws -> Int
    func contains(_ word: String) throws -> Bool
    /// Every word within `deletions` edits of `word`, and others
    /// (`TypoNeighbourhood`), each once, in no particular order.
    func typoCandidates(near word: [Unicode.Scalar], deletions: Int) throws -> [String]
}

/// Sorts after every word starting with a prefix, when appended to it.
let highestScalar = "\u{10FFFF}"

/// The words in memory, sorted, with running totals of their title counts.
struct LoadedVocabulary: SearchVocabulary {
    private let sorted: [String]
    private let set: Set<String>
    private let runningDocuments: [Int]
    private let typo: LoadedTypoIndex

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT term, docs FROM search_term")
        // SQLite orders by bytes; Swift compares these folded words the same way,
        // but sorting here keeps the binary searches right whatever SQLite did.
        var pairs = rows.map { ($0[0] as String, $0[1] as Int) }
        pairs.sort { $0.0 < $1.0 }
        sorted = pairs.map(\.0)
        set = Set(sorted)
        var running = [0]
        running.reserveCapacity(pairs.count + 1)
        for pair in pairs { running.append(running.last! + pair.1) }
        runningDocuments = running
        typo = LoadedTypoIndex(sortedWords: sorted)
    }

    /// The first index of `sorted` not below `word`.
    private func lowerBound(_ word: String) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func terms(from low: String, below high: String, lengths: ClosedRange<Int>) -> [String] {
        sorted[lowerBound(low)..<lowerBound(high)].filter { lengths.contains($0.unicodeScalars.count) }
    }

    func hasWord(startingWith prefix: String) -> Bool {
        let low = lowerBound(prefix)
        return low < sorted.count && sorted[low].hasPrefix(prefix)
    }

    func documents(startingWith prefix: String) -> Int {
        runningDocuments[lowerBound(prefix + highestScalar)] - runningDocuments[lowerBound(prefix)]
    }

    func contains(_ word: String) -> Bool { set.contains(word) }

    func typoCandidates(near word: [Unicode.Scalar], deletions: Int) -> [String] {
        let buckets = TypoNeighbourhood.buckets(of: word, deletions: deletions, bits: typo.bits)
        return typo.wordNumbers(inBuckets: buckets).map { sorted[Int($0)] }
    }
}

/// The words as the index stored them, asked one question at a time.
struct StoredVocabulary: SearchVocabulary {
    let queue: DatabaseQueue

    func terms(from low: String, below high: String, lengths: ClosedRange<Int>) throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT term FROM search_term WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? ORDER BY term
                """, arguments: [low, high, lengths.lowerBound, lengths.upperBound])
        }
    }

    func hasWord(startingWith prefix: String) throws -> Bool {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT term FROM search_term WHERE term >= ? ORDER BY term LIMIT 1", arguments: [prefix])
                .map { $0.hasPrefix(prefix) } ?? false
        }
    }

    func documents(startingWith prefix: String) throws -> Int {
        try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT coalesce(sum(docs), 0) FROM search_term WHERE term >= ? AND term < ?",
                             arguments: [prefix, prefix + highestScalar]) ?? 0
        }
    }

    func contains(_ word: String) throws -> Bool {
        try queue.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM search_term WHERE term = ?", arguments: [word]) ?? false }
    }

    func typoCandidates(near word: [Unicode.Scalar], deletions: Int) throws -> [String] {
        try queue.read { db in
            guard let bits = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?",
                                              arguments: [TypoNeighbourhood.bitsKey]) else { return [] }
            let buckets = TypoNeighbourhood.buckets(of: word, deletions: deletions, bits: bits)
            let marks = Array(repeating: "?", count: buckets.count).joined(separator: ",")
            var numbers = Set<Int>()
            let rows = try Data.fetchCursor(db, sql: "SELECT words FROM search_typo WHERE bucket IN (\(marks))",
                                            arguments: StatementArguments(buckets.map(Int64.init)))
            while let words = try rows.next() { TypoNeighbourhood.wordNumbers(stored: words, into: &numbers) }
            var found: [String] = []
            let all = Array(numbers)
            // A few hundred numbers at most for a word of typing length; asked in
            // slices all the same, well within SQLite's limit on parameters.
            for start in stride(from: 0, to: all.count, by: 500) {
                let slice = all[start..<min(all.count, start + 500)]
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
                found += try String.fetchAll(db, sql: "SELECT term FROM search_typo_word WHERE number IN (\(marks))",
                                             arguments: StatementArguments(slice))
            }
            return found
        }
    }
}
