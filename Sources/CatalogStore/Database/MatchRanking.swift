import Foundation

/// Ranks a search's candidates by comparing bytes of folded text.
///
/// A one-letter query ranks thousands of candidates, and walking their
/// titles and people character by character (grapheme breaking) was most of
/// its time. Bytes give the same answers here: folded text is words of
/// letters and digits joined by a space (people and nicknames by `|`, an
/// alias marked by a leading `=`), so no separator can start a grapheme
/// cluster with the next character, and a UTF-8 continuation byte never
/// equals an ASCII one. The one difference is deliberate: a query that ends
/// inside a cluster ("தம" of "தமிழ்") begins the word here, as it does in
/// the FTS index that found the candidate.
struct MatchRanking {
    let query: [UInt8]
    let words: [[UInt8]]
    /// The words that hold CJK characters, matched anywhere in a title.
    private let cjkWords: [String?]

    init(query: String, words: [String]) {
        self.query = Array(query.utf8)
        self.words = words.map { Array($0.utf8) }
        cjkWords = words.map { TitleSearch.isCJKWord($0) ? $0 : nil }
    }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// `name`, `directors` and `cast` are folded already (`|` between people).
    func quality(name: String, directors: Substring, cast: Substring, nicknames: Substring) -> TitleSearch.MatchQuality {
        var nameBytes = name, directors = directors, cast = cast, nicknames = nicknames
        return nameBytes.withUTF8 { n in
            directors.withUTF8 { d in
                cast.withUTF8 { c in
                    nicknames.withUTF8 { k in
                        query.withUnsafeBufferPointer { q in rank(name: name, n, d, c, k, q) }
                    }
                }
            }
        }
    }

    private func rank(name: String, _ title: Bytes, _ directors: Bytes, _ cast: Bytes, _ nicknames: Bytes,
                      _ query: Bytes) -> TitleSearch.MatchQuality {
        let whole = 0..<title.count
        var titleWords = Pieces(title, separator: space)
        let withoutArticle: Range<Int> = if let first = titleWords.next(), let second = titleWords.next(),
                                            Self.isArticle(title, first) {
            second.lowerBound..<title.count
        } else {
            whole
        }
        if Self.equal(title, whole, query) || Self.equal(title, withoutArticle, query) { return .exactTitle }
        let forms = Pieces(nicknames, separator: bar)
        if forms.contains(where: { nicknames[$0.lowerBound] == equals && Self.equal(nicknames, $0.dropFirst(), query) }) {
            return .alias
        }
        if startsWithWords(title, whole, query) || startsWithWords(title, withoutArticle, query) { return .titleStartsWithWords }
        func anyTitleWord(starting word: [UInt8]) -> Bool {
            Pieces(title, separator: space).contains { Self.starts(title, $0, with: word) }
        }
        if forms.contains(where: { _ in true }) {
            // A nickname counts only typed in full ("gbb" is not yet "gbbo");
            // the other words may begin words of the title.
            var named = false, covered = true
            for word in words {
                let isNickname = forms.contains { form in
                    let form = nicknames[form.lowerBound] == equals ? form.dropFirst() : form
                    return Pieces(nicknames, in: form, separator: space).contains { Self.equal(nicknames, $0, word) }
                }
                if isNickname { named = true; continue }
                if !anyTitleWord(starting: word) { covered = false; break }
            }
            if covered && named { return .nickname }
        }
        if Self.starts(title, whole, with: query) || Self.starts(title, withoutArticle, with: query) { return .titlePrefix }
        if words.allSatisfy({ word in Pieces(title, separator: space).contains { Self.equal(title, $0, word) } }) {
            return .titleWholeWords
        }
        if zip(words, cjkWords).allSatisfy({ word, cjk in anyTitleWord(starting: word) || (cjk.map { name.contains($0) } ?? false) }) {
            return .titleWords
        }
        func named(_ text: Bytes, _ person: Range<Int>) -> Bool {
            words.allSatisfy { word in Pieces(text, in: person, separator: space).contains { Self.starts(text, $0, with: word) } }
        }
        if Pieces(directors, separator: bar).contains(where: { named(directors, $0) }) { return .director }
        var castMembers = Pieces(cast, separator: bar), billed = 0
        while let member = castMembers.next() {
            billed += 1
            if named(cast, member) { return billed <= 3 ? .leadActor : .castMember }
        }
        return .elsewhere
    }

    /// `word` begins the text or follows a space, `|` or `=` in it.
    static func startsAWord(_ word: [UInt8], in text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            word.withUnsafeBufferPointer { word in
                guard bytes.count >= word.count else { return false }
                var start = 0
                while start <= bytes.count - word.count {
                    if starts(bytes, start..<bytes.count, with: word) { return true }
                    // On to the next word's start.
                    while start < bytes.count, !isWordBreak(bytes[start]) { start += 1 }
                    start += 1
                }
                return false
            }
        }
    }

    private static func isWordBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "=")
    }

    private let space = UInt8(ascii: " "), bar = UInt8(ascii: "|"), equals = UInt8(ascii: "=")

    private static let an = Array("an".utf8), the = Array("the".utf8)

    /// "the", "a" or "an" (no array made per candidate).
    private static func isArticle(_ text: Bytes, _ word: Range<Int>) -> Bool {
        switch word.count {
        case 1: text[word.lowerBound] == UInt8(ascii: "a")
        case 2: equal(text, word, an)
        case 3: equal(text, word, the)
        default: false
        }
    }

    /// The text starts with the query and a space.
    private func startsWithWords(_ text: Bytes, _ range: Range<Int>, _ query: Bytes) -> Bool {
        range.count > query.count && Self.starts(text, range, with: query) && text[range.lowerBound + query.count] == space
    }

    private static func equal(_ text: Bytes, _ range: Range<Int>, _ other: Bytes) -> Bool {
        range.count == other.count && starts(text, range, with: other)
    }

    private static func equal(_ text: Bytes, _ range: Range<Int>, _ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { equal(text, range, $0) }
    }

    private static func starts(_ text: Bytes, _ range: Range<Int>, with prefix: [UInt8]) -> Bool {
        prefix.withUnsafeBufferPointer { starts(text, range, with: $0) }
    }

    private static func starts(_ text: Bytes, _ range: Range<Int>, with prefix: Bytes) -> Bool {
        guard range.count >= prefix.count else { return false }
        guard let start = text.baseAddress, let other = prefix.baseAddress else { return true }
        return memcmp(start + range.lowerBound, other, prefix.count) == 0
    }
}

/// The ranges of the pieces of bytes between separators, empty pieces left
/// out (as `split(separator:)` gives them).
private struct Pieces: Sequence, IteratorProtocol {
    private let text: UnsafeBufferPointer<UInt8>
    private let separator: UInt8
    private var start: Int
    private let end: Int

    init(_ text: UnsafeBufferPointer<UInt8>, separator: UInt8) {
        self.init(text, in: 0..<text.count, separator: separator)
    }

    init(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>, separator: UInt8) {
        self.text = text
        self.separator = separator
        start = range.lowerBound
        end = range.upperBound
    }

    mutating func next() -> Range<Int>? {
        while start < end, text[start] == separator { start += 1 }
        guard start < end else { return nil }
        var stop = start
        while stop < end, text[stop] != separator { stop += 1 }
        defer { start = stop }
        return start..<stop
    }
}
