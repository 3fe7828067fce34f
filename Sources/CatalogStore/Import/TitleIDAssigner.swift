import Catalog

/// Gives each imported title a readable, stable id: `stranger-things-2016`.
///
/// Ids already present in the previous catalog are kept for the same source
/// record, so regenerating the catalog never moves a rating to another title.
struct TitleIDAssigner {
    private var taken: Set<TitleID> = []
    private let previous: [String: TitleID]
    private var nextNumber: [String: Int] = [:]

    /// `previous` maps source keys (`netflix:s1`) to the ids they had.
    init(previous: [String: TitleID]) {
        self.previous = previous
    }

    /// Reserves the previous ids of the sources that are still present, so
    /// that new titles never take them.
    mutating func reserve(sources: [String]) {
        for source in sources { if let id = previous[source] { taken.insert(id) } }
    }

    mutating func assign(name: String, year: Int, kind: TitleKind, source: String) -> TitleID {
        if let id = previous[source] { return id }
        let base = "\(Self.slug(name))-\(year)"
        for candidate in [base, "\(base)-\(kind == .movie ? "film" : "series")"].map({ TitleID($0) })
        where !taken.contains(candidate) {
            taken.insert(candidate)
            return candidate
        }
        // Numbers never run out; remembering where each base got to keeps
        // thousands of namesakes linear instead of quadratic.
        var number = nextNumber[base, default: 2]
        while taken.contains(TitleID("\(base)-\(number)")) { number += 1 }
        let id = TitleID("\(base)-\(number)")
        taken.insert(id)
        nextNumber[base] = number + 1
        return id
    }

    /// Lowercase ASCII words joined by hyphens, at most 48 characters; titles
    /// without Latin letters or digits get `t-` and a hash of the name.
    static func slug(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in transliterated(TextFolding.fold(name)).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue  // "Schitt's" → "schitts"
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > 48 {
            let cut = slug.prefix(48)
            slug = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        if slug.isEmpty { return "t-" + hashHex(name) }
        return slug
    }

    /// Latin letters that folding leaves alone but a reader spells in ASCII.
    private static func transliterated(_ text: String) -> String {
        let table: [Character: String] = ["æ": "ae", "ø": "o", "ß": "ss", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"]
        guard text.contains(where: { table[$0] != nil }) else { return text }
        return text.map { table[$0] ?? String($0) }.joined()
    }

    /// FNV-1a, 32 bits: stable across runs and platforms, unlike `hashValue`.
    static func hashHex(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
