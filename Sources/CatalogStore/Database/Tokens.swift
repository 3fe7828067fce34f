/// The pieces of a text between separators, as `split(separator:)` gives
/// them (empty pieces left out), visited in place: ranking a search's
/// candidates splits every title and person, and building an array of
/// substrings each time was most of a one-letter search's time.
struct Tokens: Sequence, IteratorProtocol {
    private let text: Substring
    private let separator: Character
    private var start: Substring.Index

    init(_ text: Substring, separator: Character) {
        self.text = text
        self.separator = separator
        start = text.startIndex
    }

    init(_ text: String, separator: Character) {
        self.init(text[...], separator: separator)
    }

    mutating func next() -> Substring? {
        while start < text.endIndex, text[start] == separator { start = text.index(after: start) }
        guard start < text.endIndex else { return nil }
        var end = start
        while end < text.endIndex, text[end] != separator { end = text.index(after: end) }
        defer { start = end }
        return text[start..<end]
    }
}
