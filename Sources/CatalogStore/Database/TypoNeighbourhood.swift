import Foundation
import GRDB

/// Typo candidates without scanning the words (SymSpell's deletion
/// neighbourhood). Two words within d edits of each other, a transposition
/// counting one, become the same string once at most d characters are
/// deleted from each: a substitution deletes the changed character on both
/// sides, an insertion or a deletion on one, a transposition one of the two
/// swapped characters on both. So every indexed word is filed under each
/// string it becomes with up to `deletions(indexedLength:)` deletions, a
/// typed word asks for its own deletions, and what comes back holds every
/// word close enough; `EditDistance` then checks them one by one.
///
/// Strings are not kept, only buckets: each deletion is hashed into one of
/// 2^`bucketBits` buckets, and a bucket lists the words filed in it (a
/// bucket shared by other deletions only adds words the check drops). Both
/// ways of asking file words by the same function, so they return the same
/// words: the app's in memory (`LoadedTypoIndex`) and the `search_typo`
/// tables that one-shot commands read (`StoredVocabulary`).
enum TypoNeighbourhood {
    /// A typed word of seven letters or more is mended within two edits,
    /// a shorter one within one (`TitleSearch.similarTerms`). So an indexed
    /// word shorter than seven letters is asked for within two edits only by
    /// a longer typed word; one of those edits then deletes a letter of the
    /// typed word, leaving at most one deletion on the indexed side.
    static func deletions(indexedLength: Int) -> Int { indexedLength < 7 ? 1 : 2 }

    /// About two and a half buckets per word: 2^20 at a million titles
    /// (395k words, 4.7 million deletions).
    static func bucketBits(wordCount: Int) -> Int {
        min(24, max(8, (Int.bitWidth - wordCount.leadingZeroBitCount) + 1))
    }

    /// `values` sorted, each once.
    static func sortedOnce(_ values: [UInt32]) -> [UInt32] {
        var values = values
        values.sort()
        var unique = 0
        for value in values where unique == 0 || values[unique - 1] != value {
            values[unique] = value
            unique += 1
        }
        values.removeLast(values.count - unique)
        return values
    }

    /// The buckets of `word` and its variants with up to `deletions`
    /// characters deleted, sorted, each once.
    static func buckets(of word: [Unicode.Scalar], deletions: Int, bits: Int) -> [UInt32] {
        let values = word.map { UInt64($0.value) }
        let n = values.count
        var result: [UInt32] = []
        result.reserveCapacity(1 + n + (deletions >= 2 ? n * (n - 1) / 2 : 0))
        func add(skipping first: Int, _ second: Int) {
            // FNV-1a over the scalar values, then a finaliser so that the top
            // bits (the bucket) depend on every character.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in 0..<n where index != first && index != second {
                hash = (hash ^ values[index]) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
            hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
            hash ^= hash >> 31
            result.append(UInt32(truncatingIfNeeded: hash >> UInt64(64 - bits)))
        }
        add(skipping: -1, -1)
        if deletions >= 1 {
            for first in 0..<n { add(skipping: first, -1) }
        }
        if deletions >= 2, n >= 2 {
            for first in 0..<(n - 1) {
                for second in (first + 1)..<n { add(skipping: first, second) }
            }
        }
        return Self.sortedOnce(result)
    }

    /// The buckets an indexed word is filed under.
    static func buckets(ofIndexed term: String, bits: Int) -> [UInt32] {
        let scalars = Array(term.unicodeScalars)
        return buckets(of: scalars, deletions: deletions(indexedLength: scalars.count), bits: bits)
    }

    static let bitsKey = "typo_bucket_bits"

    /// Fills `search_typo` and `search_typo_word` from `search_term` (index
    /// build): the words numbered in byte order, and one row per bucket that
    /// holds words, their numbers ascending, each written as its difference
    /// from the one before in 7-bit groups (two or three bytes at a million
    /// titles, against nine for the word itself).
    static func fillTables(_ db: Database) throws {
        let terms = try String.fetchAll(db, sql: "SELECT term FROM search_term ORDER BY term")
        let index = LoadedTypoIndex(sortedWords: terms)
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [bitsKey, String(index.bits)])
        let word = try db.makeStatement(sql: "INSERT INTO search_typo_word (number, term) VALUES (?, ?)")
        for (number, term) in terms.enumerated() { try word.execute(arguments: [number, term]) }
        let row = try db.makeStatement(sql: "INSERT INTO search_typo (bucket, words) VALUES (?, ?)")
        var bytes: [UInt8] = []
        for bucket in 0..<(1 << index.bits) {
            let numbers = index.wordNumbers(inBucket: bucket)
            guard !numbers.isEmpty else { continue }
            bytes.removeAll(keepingCapacity: true)
            var previous: UInt32 = 0
            for word in numbers {
                var gap = word - previous
                previous = word
                while gap >= 0x80 {
                    bytes.append(UInt8(gap & 0x7F) | 0x80)
                    gap >>= 7
                }
                bytes.append(UInt8(gap))
            }
            try row.execute(arguments: [bucket, Data(bytes)])
        }
    }

    /// The word numbers `fillTables` wrote for one bucket.
    static func wordNumbers(stored bytes: Data, into numbers: inout Set<Int>) {
        var previous = 0, gap = 0, shift = 0
        for byte in bytes {
            gap |= Int(byte & 0x7F) << shift
            if byte & 0x80 != 0 { shift += 7; continue }
            previous += gap
            numbers.insert(previous)
            gap = 0
            shift = 0
        }
    }
}

/// The deletion neighbourhood in memory: for each bucket, the numbers of
/// the words filed in it (their places in the sorted word list), as two
/// flat arrays — about 23 MB at a million titles.
struct LoadedTypoIndex {
    let bits: Int
    /// Bucket b's words are `words[starts[b]..<starts[b + 1]]`.
    private let starts: [UInt32]
    private let words: [UInt32]

    init(sortedWords: [String]) {
        bits = TypoNeighbourhood.bucketBits(wordCount: sortedWords.count)
        // A counting sort by bucket, words in order within one. The buckets
        // are worked out twice (to count, then to place) rather than kept
        // between the passes: that list would be as large as the index.
        var starts = [UInt32](repeating: 0, count: (1 << bits) + 1)
        for word in sortedWords {
            for bucket in TypoNeighbourhood.buckets(ofIndexed: word, bits: bits) { starts[Int(bucket) + 1] += 1 }
        }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        var words = [UInt32](repeating: 0, count: Int(starts[starts.count - 1]))
        for (number, word) in sortedWords.enumerated() {
            for bucket in TypoNeighbourhood.buckets(ofIndexed: word, bits: bits) {
                words[Int(next[Int(bucket)])] = UInt32(number)
                next[Int(bucket)] += 1
            }
        }
        self.starts = starts
        self.words = words
    }

    func wordNumbers(inBucket bucket: Int) -> ArraySlice<UInt32> {
        words[Int(starts[bucket])..<Int(starts[bucket + 1])]
    }

    /// The numbers of the words filed in any of `buckets`, each once.
    func wordNumbers(inBuckets buckets: [UInt32]) -> [UInt32] {
        var found: [UInt32] = []
        for bucket in buckets { found.append(contentsOf: wordNumbers(inBucket: Int(bucket))) }
        return TypoNeighbourhood.sortedOnce(found)
    }
}
