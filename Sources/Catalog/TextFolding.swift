import Foundation

/// Case- and accent-insensitive forms of text for matching and sorting.
public enum TextFolding {
    /// "Amélie" → "amelie", "POKÉMON" → "pokemon", "Æon" → "aeon",
    /// "Sträßer" → "strasser": case, accents and width folded away, and the
    /// Latin letters that have no accent to remove spelled as ASCII does.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { latinLetters[$0] != nil }) else { return folded }
        var result = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if let ascii = latinLetters[scalar] { result.append(contentsOf: ascii.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// Latin letters that do not decompose into a base letter and an accent,
    /// as ICU's Latin-ASCII transliteration writes them (lowercase: folding
    /// has lowered them first).
    static let latinLetters: [Unicode.Scalar: String] = [
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l",
        "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ĸ": "q", "ŀ": "l", "Ŀ": "l",
        "ĳ": "ij", "Ĳ": "ij", "ſ": "s", "ƒ": "f",
    ]

    private static let leadingArticles = ["the ", "a ", "an "]

    /// Sort key that files "The Matrix" under M: folded, leading English
    /// article removed.
    public static func sortKey(_ title: String) -> String {
        let folded = fold(title)
        for article in leadingArticles where folded.hasPrefix(article) && folded.count > article.count {
            return String(folded.dropFirst(article.count))
        }
        return folded
    }

    /// Folded words of letters and digits: "Spider-Man: Far From Home" →
    /// ["spider", "man", "far", "from", "home"]. Typing habits are written
    /// one way: apostrophes join ("Queen's" → "queens"), `&` and `+` are
    /// "and", and dotted initials are one word ("The Office (U.S.)" →
    /// "the office us").
    public static func words(_ text: String) -> [String] {
        let text = typingHabitsEvened(text)
        if let ascii = asciiFoldedName(text) { return ascii.split(separator: " ").map(String.init) }
        return foldedWords(ofEvened: text)
    }

    /// The words of text whose typing habits are already evened, the slow way.
    private static func foldedWords(ofEvened text: String) -> [String] {
        fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// `text` with apostrophes dropped, `&` and `+` as " and ", and the dots
    /// of initials ("U.S.", "S.W.A.T.") removed; untouched when it has none
    /// of these (most titles).
    static func typingHabitsEvened(_ text: String) -> String {
        guard mayHaveHabits(text), text.unicodeScalars.contains(where: { habitScalars.contains($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        func isLetter(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic }
        /// A single letter followed by a dot, as initials are written.
        func isInitial(_ index: Int) -> Bool {
            isLetter(index) && !isLetter(index - 1) && index + 1 < scalars.count && scalars[index + 1] == "."
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "'", "\u{2019}", "\u{02BC}", "`", "\u{2018}":
                continue
            case "&", "+":
                result.append(contentsOf: " and ".unicodeScalars)
            case ".":
                // "U.S." → "US": the dot after an initial that another initial
                // (or a lone final letter) follows or precedes joins them.
                let initial = isInitial(index - 1)
                let joinsNext = initial && (isInitial(index + 1) || (isLetter(index + 1) && !isLetter(index + 2)))
                let endsRun = initial && index >= 3 && isInitial(index - 3) && scalars[index - 2] == "."
                if !(joinsNext || endsRun) { result.append(scalar) }
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static let habitScalars: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`", "\u{2018}", "&", "+", "."]

    /// False when no byte of `text` can begin a habit scalar: the ASCII ones,
    /// or the lead bytes of U+2018/U+2019 (0xE2) and U+02BC (0xCA). Most
    /// titles are answered here without hashing a scalar (the index build
    /// folds every name and person).
    private static func mayHaveHabits(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case 0x27, 0x60, 0x26, 0x2B, 0x2E, 0xE2, 0xCA: true
            default: false
            }
        }
    }

    /// The words search compares, on both sides: `words`, with numbers
    /// written one way (digits) so that "da five bloods" finds "Da 5 Bloods",
    /// "thirteenth" finds "13th" and "rocky ii" finds "Rocky 2".
    public static func searchWords(_ text: String) -> [String] {
        words(text).map(searchWord)
    }

    /// One folded word as search compares it ("five" → "5", "ii" → "2").
    public static func searchWord(_ word: String) -> String { numberWords[word] ?? word }

    /// `searchWords` joined by single spaces.
    public static func searchName(_ text: String) -> String { searchWords(text).joined(separator: " ") }

    /// `searchName` without a leading English article.
    public static func searchNameWithoutArticle(_ text: String) -> String {
        joinedWithoutArticle(searchWords(text))
    }

    /// Words joined by spaces, less a leading English article when more follow.
    public static func joinedWithoutArticle(_ words: [String]) -> String {
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { return words.dropFirst().joined(separator: " ") }
        return words.joined(separator: " ")
    }

    /// Number words, ordinals and Roman numerals (II–XX; a lone I, V or X
    /// is too often a letter or a word) as digits.
    static let numberWords: [String: String] = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        let ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        let romans = ["", "", "ii", "iii", "iv", "", "vi", "vii", "viii", "ix", "", "xi", "xii", "xiii", "xiv", "xv",
                      "xvi", "xvii", "xviii", "xix", "xx"]
        var table: [String: String] = [:]
        for (value, word) in units.enumerated() { table[word] = String(value) }
        for (value, word) in ordinals.enumerated() where value > 0 {
            let suffix = (11...13).contains(value % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][value % 10] ?? "th"
            table[word] = "\(value)\(suffix)"
        }
        for (value, word) in romans.enumerated() where !word.isEmpty { table[word] = String(value) }
        for (tens, word) in [(30, "thirty"), (40, "forty"), (50, "fifty"), (60, "sixty"), (70, "seventy"),
                             (80, "eighty"), (90, "ninety"), (100, "hundred")] { table[word] = String(tens) }
        return table
    }()

    /// The folded name of pure-ASCII text without Foundation's folding, which
    /// is slow on Linux: for ASCII, folding only lowercases, and letters and
    /// digits are the only word characters. Nil for any other text.
    static func asciiFoldedName(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            let isWordByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
            if isWordByte {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Han, kana and Hangul: scripts written without spaces between words,
    /// which search indexes character by character.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// The CJK characters of `text`, each once, in order.
    public static func cjkCharacters(_ text: String) -> [String] {
        var seen = Set<Unicode.Scalar>()
        return text.unicodeScalars.filter { isCJK($0) && seen.insert($0).inserted }.map { String($0) }
    }

    /// Folded words joined by single spaces: "Spider-Man: Far" → "spider man far".
    public static func foldedName(_ text: String) -> String {
        let text = typingHabitsEvened(text)
        return asciiFoldedName(text) ?? foldedWords(ofEvened: text).joined(separator: " ")
    }

    /// `foldedName` without a leading English article.
    public static func foldedNameWithoutArticle(_ text: String) -> String {
        joinedWithoutArticle(words(text))
    }
}
