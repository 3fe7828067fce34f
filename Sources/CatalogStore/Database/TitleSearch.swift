import Catalog
import GRDB

/// As-you-type search over titles, people and genres.
///
/// Two passes feed one ranking. A range scan of the indexed folded titles
/// finds titles that start with the query (cheap even for one letter over a
/// million titles); the FTS5 index finds every word match in titles, people
/// and genres, accent- and case-blind, each query word as a prefix. CJK
/// titles are indexed character by character, so any part of one matches.
/// When little is found, indexed words one or two edits away from the
/// query's words are tried too, so "strnger thngs" still finds the show.
///
/// Ranking: how well the title itself matches (exact, starts with, word
/// prefix…), then a person's name, then anything else; among equals, titles
/// with a curated profile (well-known works) first, then shorter titles.
final class TitleSearch: @unchecked Sendable {
    private let queue: DatabaseQueue
    /// Every indexed word in memory, once `warmUp` loaded it (touched from
    /// one thread at a time: the app's query worker, or a command); until
    /// then words are looked up in the index one question at a time.
    private var loadedVocabulary: LoadedVocabulary?
    private var vocabulary: any SearchVocabulary { loadedVocabulary ?? StoredVocabulary(queue: queue) }
    /// Every title's folded name in memory, loaded with the words: the
    /// title-prefix pass without reading rows (`TitlePrefixIndex`).
    private var loadedPrefixes: TitlePrefixIndex?

    /// Above this many matching titles a query is not scored by bm25 (the
    /// cost grows with the matches); the ranking here orders what comes back.
    static let scoredMatchLimit = 3_000

    /// Every pass fetches at least this many candidates, whatever the limit:
    /// a shorter list is then the start of a longer one, never another
    /// ranking (limits above it fetch as many as asked).
    static let candidatePool = 1_000

    /// Longer queries are cut here (the longest catalog title has 104
    /// characters): typing can never make a search slow.
    static let maxQueryCharacters = 200
    /// Longer words are not tried as typos or split in two: no indexed
    /// word is anywhere near this long, and the work grows with the length.
    static let maxTypoWordLength = 40

    /// What the last search did, counted so tests can show the work is
    /// bounded whatever was typed (a wall clock would be flaky).
    struct Work: Equatable {
        /// Characters of the query that were searched for.
        var queryCharacters = 0
        /// Ways of cutting a word in two that were looked up.
        var splitsTried = 0
        /// Edit distances computed against indexed words.
        var editDistances = 0
        /// Candidate rows read from the index, over every pass.
        var candidatesRead = 0
        /// The title-prefix pass alone settled the answer.
        var settledByTitlePrefix = false
    }

    private(set) var lastWork = Work()

    init(queue: DatabaseQueue) {
        self.queue = queue
    }

    /// How closely a title matches; lower is better.
    enum MatchQuality: Int, Comparable {
        /// "stranger" → "Stranger", "matrix" → "The Matrix"
        case exactTitle
        /// the whole query is one of the title's aliases: "money heist" →
        /// "La casa de papel", "gbbo" → "The Great British Baking Show"
        case alias
        /// "stranger" → "Stranger Things"
        case titleStartsWithWords
        /// initials or an alias stand for the title, the other words are its
        /// own: "oitnb", "atla", "lotr two towers", "f1 drive"
        case nickname
        /// "strang" → "Stranger Things"
        case titlePrefix
        /// "things" → "Stranger Things"
        case titleWholeWords
        /// "thin" → "Stranger Things", "千尋" → "千と千尋の神隠し"
        case titleWords
        /// the title matches once a typo is corrected: "strnger thngs"
        case correctedTitle
        /// no title matched: what the title is about did ("korean zombie
        /// period drama" → "Kingdom"); fewer missing words first
        case about
        /// "fincher" → films directed by David Fincher
        case director
        /// "winona" → titles she leads (billed in the first three)
        case leadActor
        /// anyone else in the cast
        case castMember
        /// a genre or part of a name matched
        case elsewhere
        /// only after correcting a typo
        case fuzzy

        static func < (a: MatchQuality, b: MatchQuality) -> Bool { a.rawValue < b.rawValue }
    }

    /// A matching title with its folded name and people, as stored at build
    /// time so that ranking does no folding of its own.
    struct Candidate {
        var position: Int
        var name: String
        var directors: Substring
        var cast: Substring
        /// Initials and aliases, `|` between them (`Nicknames.searchForms`).
        var nicknames: Substring = ""
        /// `AboutWords`, space-separated.
        var about: Substring = ""
        var curated: Bool
        var rank: Double
    }

    struct Hit {
        var position: Int
        var quality: MatchQuality
        /// Query words the title lacks (only a partial match has any).
        var missingWords = 0
        var curated: Bool
        var titleLength: Int
        var rank: Double

        init(_ title: TitlePrefixIndex.Hit) {
            position = title.position
            quality = title.quality
            curated = title.curated
            titleLength = title.wordCount
            rank = 0
        }

        init(_ candidate: Candidate, quality: MatchQuality, missingWords: Int = 0) {
            position = candidate.position
            self.quality = quality
            self.missingWords = missingWords
            curated = candidate.curated
            titleLength = TitleSearch.wordCount(ofFolded: candidate.name)
            // How often the words occur says nothing more once the title
            // itself matched, and a title-prefix candidate has no score: one
            // title ranks the same whichever pass found it.
            rank = quality <= .titlePrefix ? 0 : candidate.rank
        }
    }

    /// Words of a folded name (single spaces between them): the ranking's
    /// "shorter titles first".
    static func wordCount(ofFolded name: String) -> Int {
        name.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    func search(_ text: String, limit: Int) throws -> [Int] { try matches(text, limit: limit).positions }

    /// Titles matching `text`, best first (positions from 1), and whether
    /// they are only the closest: nothing matched the words as typed.
    ///
    /// `pool` is how many candidates each pass fetches when the answer is
    /// not settled by the title-prefix pass alone (at least
    /// `candidatePool`); asking a shorter `limit` with the same pool gives
    /// the start of the longer answer.
    func matches(_ text: String, limit: Int, pool: Int? = nil) throws -> TextMatches {
        lastWork = Work()
        let typed = Self.cappedWords(text)
        guard !typed.isEmpty, limit > 0 else { return TextMatches(positions: [], isClosest: false) }
        let requested = limit
        let limit = max(pool ?? limit, limit, Self.candidatePool)
        // Titles are compared in their search form ("da 5 bloods"); the index
        // holds both forms of a number word, so each word asks for either.
        let words = typed.map(TextFolding.searchWord)
        let either = zip(typed, words).map { $0 == $1 ? [$0] : [$0, $1] }
        let query = words.joined(separator: " ")
        lastWork.queryCharacters = query.count
        let ranking = MatchRanking(query: query, words: words)
        var hits: [Int: Hit] = [:]
        var corrections: [[String]] = []
        func add(_ candidates: [Candidate], fuzzy: Bool) {
            for candidate in candidates where hits[candidate.position] == nil {
                let quality: MatchQuality = fuzzy
                    ? (Self.titleMatches(candidate.name, alternatives: corrections) ? .correctedTitle : .fuzzy)
                    : ranking.quality(name: candidate.name, directors: candidate.directors, cast: candidate.cast,
                                      nicknames: candidate.nicknames)
                hits[candidate.position] = Hit(candidate, quality: quality)
            }
        }
        if !typed.contains(where: Self.isCJKWord) {
            // Titles that the words name by a nickname or an alias rank above
            // titles that merely start with them: all of them are asked (few
            // titles have a nickname that is a word typed).
            let named = try fullText(Self.exactTermExpression(either.flatMap { $0 }), words: typed, limit: limit, columns: "nicknames")
            add(named.filter { candidate in
                ranking.quality(name: candidate.name, directors: candidate.directors, cast: candidate.cast,
                                nicknames: candidate.nicknames) <= .titlePrefix
            }, fuzzy: false)
            // When as many titles start with the words as were asked, every
            // other match ranks below them (the pass is ordered as the ranking
            // orders them): the answer is settled, however many titles merely
            // contain the words, and a one-letter word no longer reads
            // thousands of rows. In the app the names are in memory and no
            // row is read at all.
            let starting: [Hit] = if let prefixes = loadedPrefixes {
                prefixes.titles(startingWith: query, limit: requested).map(Hit.init)
            } else {
                try titlesStarting(with: query, limit: requested).map { candidate in
                    Hit(candidate, quality: ranking.quality(name: candidate.name, directors: candidate.directors,
                                                            cast: candidate.cast, nicknames: candidate.nicknames))
                }
            }
            for title in starting where hits[title.position] == nil { hits[title.position] = title }
            if starting.count == requested {
                lastWork.settledByTitlePrefix = true
                return answer(hits, requested: requested, foundAsTyped: true, aboutWords: [:])
            }
            // Otherwise those were all the titles that start with the words.
        } else {
            add(try titlesStarting(with: query, limit: limit), fuzzy: false)
        }
        // A one- or two-letter word next to longer ones ("stranger t") would
        // make the index walk every word starting with "t": ask the index for
        // the long words and check the short ones here.
        let isLong = typed.map { $0.count >= 3 || Self.isCJKWord($0) }
        let long = either.indices.filter { isLong[$0] }, short = either.indices.filter { !isLong[$0] }
        if !long.isEmpty && !short.isEmpty {
            let found = try fullText(Self.expression(long.map { either[$0] }), words: long.map { typed[$0] }, limit: limit * 2)
            let shortWords = short.map { Array(words[$0].utf8) }
            add(found.filter { Self.hasWords(shortWords, $0) }, fuzzy: false)
        } else {
            add(try fullText(Self.expression(either), words: typed, limit: limit * 2), fuzzy: false)
        }
        let foundAsTyped = !hits.isEmpty
        if hits.count < 5 {
            // Words one or two edits away, a word split in two ("spiderman"),
            // or two words joined ("god father").
            // With nothing found, even a word that begins some indexed word may
            // be the typo ("grays" for "greys": "grayson" exists).
            let nothing = hits.isEmpty
            let alternatives = try typed.map { word in
                try !nothing && isKnownPrefix(word) ? [word] : [word] + (try similarTerms(to: word)) + (try splits(of: word))
            }
            if alternatives.contains(where: { $0.count > 1 }) {
                corrections = alternatives
                add(try fullText(Self.expression(alternatives), words: words, limit: max(limit * 3, 300)), fuzzy: true)
            }
            for joined in try joins(of: typed) {
                corrections = joined.map { [$0] }
                add(try fullText(Self.expression(joined.map { [$0] }), words: joined, limit: max(limit * 3, 300)), fuzzy: true)
            }
        }
        var aboutWords: [Int: [String]] = [:]
        /// Titles whose `about` words hold the query's: all of them, or
        /// (`some`) any, fewer missing first.
        func addAbout(some: Bool) throws {
            let asked = some ? either.filter { $0.count > 1 || $0[0].count >= 3 } : either
            guard !asked.isEmpty else { return }
            let expression = some ? asked.map { Self.expression([$0]) }.joined(separator: " OR ") : Self.expression(asked)
            for candidate in try fullText(expression, words: typed, limit: max(limit * 3, 300), about: true)
            where hits[candidate.position] == nil {
                let tokens = candidate.about.split(separator: " ")
                let matched = either.enumerated().filter { _, forms in
                    forms.contains { form in tokens.contains { $0.hasPrefix(form) } }
                }.map { words[$0.offset] }
                guard !matched.isEmpty else { continue }
                aboutWords[candidate.position - 1] = matched
                // A word of the title itself counts too ("zombie train").
                let missing = words.filter { !matched.contains($0) && !Self.hasWords([$0], candidate) }.count
                hits[candidate.position] = Hit(candidate, quality: .about, missingWords: missing)
            }
        }
        // Nothing of the title's own words matched, even mended: perhaps the
        // person remembers what it is about.
        if !foundAsTyped && !hits.values.contains(where: { $0.quality <= .correctedTitle }) {
            try addAbout(some: false)
        }
        if hits.isEmpty && typed.count > 1 {
            // Still nothing: titles holding some of the words, most words
            // first, rather than "no titles match" for a title that shares one.
            try addAbout(some: true)
            let some = either.filter { $0.count > 1 || $0[0].count >= 3 || Self.isCJKWord($0[0]) }
            if !some.isEmpty {
                let expression = some.map { Self.expression([$0]) }.joined(separator: " OR ")
                for candidate in try fullText(expression, words: typed, limit: max(limit * 3, 300)) where hits[candidate.position] == nil {
                    let missing = words.filter { !Self.hasWords([$0], candidate) }.count
                    hits[candidate.position] = Hit(candidate, quality: .fuzzy, missingWords: missing)
                }
            }
        }
        return answer(hits, requested: requested, foundAsTyped: foundAsTyped, aboutWords: aboutWords)
    }

    /// The best `requested` hits in ranking order, as catalog indexes.
    private func answer(_ hits: [Int: Hit], requested: Int, foundAsTyped: Bool, aboutWords: [Int: [String]]) -> TextMatches {
        let positions = hits.values
            .sorted { a, b in
                (a.quality, a.missingWords, a.curated ? 0 : 1, a.titleLength, a.rank, a.position)
                    < (b.quality, b.missingWords, b.curated ? 0 : 1, b.titleLength, b.rank, b.position)
            }
            .prefix(requested)
            .map { $0.position - 1 }
        let isAbout = positions.first.map { aboutWords[$0] != nil } ?? false
        return TextMatches(positions: Array(positions), isClosest: !foundAsTyped && !positions.isEmpty,
                           aboutWords: isAbout ? aboutWords : [:]).keeping(positions)
    }

    /// The query's folded words, at most `maxQueryCharacters` of them with
    /// their spaces (folding can lengthen text: `æ` → `ae`).
    static func cappedWords(_ text: String) -> [String] {
        var words: [String] = []
        var length = 0
        for word in TextFolding.words(String(text.prefix(maxQueryCharacters))) {
            let room = maxQueryCharacters - length - (words.isEmpty ? 0 : 1)
            guard room > 0 else { break }
            words.append(word.count <= room ? word : String(word.prefix(room)))
            length += (words.count == 1 ? 0 : 1) + words[words.count - 1].count
        }
        return words
    }

    // MARK: The two passes

    private static let candidateColumns =
        "title.position, title.folded_name, title.folded_directors, title.folded_cast, title.curated, title.nicknames, title.about"

    /// Reads rows straight from the statement, without copying each row.
    private static func candidates(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Candidate] {
        var result: [Candidate] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let directors: String = row[2], cast: String = row[3], nicknames: String = row[5], about: String = row[6]
            result.append(Candidate(position: row[0], name: row[1], directors: directors[...], cast: cast[...],
                                    nicknames: nicknames[...], about: about[...], curated: (row[4] as Int) == 1, rank: row[7]))
        }
        return result
    }

    /// Titles whose folded name (with or without a leading article) starts
    /// with the query: an index range scan, ordered as the ranking orders
    /// them (exact, then whole first words, then curated, fewer words,
    /// position) before the limit, so the limit never drops a better match.
    private func titlesStarting(with query: String, limit: Int) throws -> [Candidate] {
        let pattern = query + "*", wordsPattern = query + " *"
        return try read { db in
            try Self.candidates(db, sql: """
                SELECT \(Self.candidateColumns), 0.0 FROM title
                WHERE folded_name GLOB ?1 OR sort_key GLOB ?1
                ORDER BY CASE WHEN folded_name = ?2 OR sort_key = ?2 THEN 0
                              WHEN folded_name GLOB ?3 OR sort_key GLOB ?3 THEN 1 ELSE 2 END,
                         curated DESC, length(folded_name) - length(replace(folded_name, ' ', '')), position
                LIMIT ?4
                """, arguments: [pattern, query, wordsPattern, limit])
        }
    }

    /// Word matches from the FTS5 index. Short prefixes match a large part
    /// of a big catalog, so they are not scored by bm25 (that would touch
    /// every match); the ranking above orders what comes back.
    private func fullText(_ expression: String, words: [String], limit: Int, about: Bool = false,
                          columns: String = "{name people genres cjk nicknames}") throws -> [Candidate] {
        guard !expression.isEmpty else { return [] }
        // What a title is about is asked only when its own words found nothing.
        let expression = (about ? "about" : columns) + " : (" + expression + ")"
        let selective = try words.contains { Self.isCJKWord($0) } || words.map(estimatedMatches).min() ?? 0 <= Self.scoredMatchLimit
        let order = selective ? "ORDER BY rank" : ""
        let score = selective ? "bm25(title_fts, 10.0, 2.0, 1.0, 10.0, 8.0, 1.0)" : "0.0"
        return try read { db in
            try Self.candidates(db, sql: """
                SELECT \(Self.candidateColumns), \(score)
                FROM title_fts JOIN title ON title.position = title_fts.rowid
                WHERE title_fts MATCH ? \(order) LIMIT ?
                """, arguments: [expression, limit])
        }
    }

    /// Candidates read in one go, counted in `lastWork`.
    private func read(_ fetch: (Database) throws -> [Candidate]) throws -> [Candidate] {
        let found = try queue.read(fetch)
        lastWork.candidatesRead += found.count
        return found
    }

    /// `(a* OR b*) AND c*` from one list of alternatives per query word;
    /// CJK words become one `cjk : "字"` term per character.
    static func expression(_ alternatives: [[String]]) -> String {
        alternatives.map { options -> String in
            let terms = options.map { option -> String in
                let characters = TextFolding.cjkCharacters(option)
                if !characters.isEmpty {
                    let rest = option.unicodeScalars.filter { !TextFolding.isCJK($0) }
                    var parts = characters.map { "cjk : \(quoted($0))" }
                    if !rest.isEmpty { parts.append(quoted(String(String.UnicodeScalarView(rest))) + "*") }
                    return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
                }
                if option.contains(" ") {
                    return "(" + option.split(separator: " ").map { quoted(String($0)) + "*" }.joined(separator: " AND ") + ")"
                }
                return quoted(option) + "*"
            }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// `"a" OR "b"`: any of the words itself, not as a prefix.
    static func exactTermExpression(_ forms: [String]) -> String {
        forms.map(quoted).joined(separator: " OR ")
    }

    private static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Ranking

    /// Each query word has an alternative ("spider man", "things") whose
    /// pieces all start words of the folded title.
    static func titleMatches(_ name: String, alternatives: [[String]]) -> Bool {
        let titleWords = name.split(separator: " ")
        return !alternatives.isEmpty && alternatives.allSatisfy { options in
            options.contains { option in
                option.split(separator: " ").allSatisfy { piece in titleWords.contains { $0.hasPrefix(piece) } }
            }
        }
    }

    /// Every word starts some word of the title, of a person's name or of a nickname.
    static func hasWords(_ words: [String], _ candidate: Candidate) -> Bool {
        hasWords(words.map { Array($0.utf8) }, candidate)
    }

    static func hasWords(_ words: [[UInt8]], _ candidate: Candidate) -> Bool {
        words.allSatisfy { word in
            MatchRanking.startsAWord(word, in: candidate.name[...]) || MatchRanking.startsAWord(word, in: candidate.directors)
                || MatchRanking.startsAWord(word, in: candidate.cast) || MatchRanking.startsAWord(word, in: candidate.nicknames)
        }
    }

    static func isCJKWord(_ word: String) -> Bool { word.unicodeScalars.contains(where: TextFolding.isCJK) }

    // MARK: Typos

    /// Indexed words within a small edit distance of `word`: one edit, two
    /// from seven letters (a transposition counts one), sharing its first
    /// letter, the closest eight, then in byte order. The candidates come from
    /// the deletion neighbourhood (`TypoNeighbourhood`), not from a scan.
    func similarTerms(to word: String) throws -> [String] {
        guard let allowed = Self.allowedEdits(word) else { return [] }
        return closest(to: word, allowed: allowed,
                       among: try vocabulary.typoCandidates(near: Array(word.unicodeScalars), deletions: allowed))
    }

    /// The same answer from every word sharing the first letter and a close
    /// length (how typos were mended before the neighbourhood): what the
    /// tests hold `similarTerms` to.
    func similarTermsByScan(to word: String) throws -> [String] {
        guard let allowed = Self.allowedEdits(word) else { return [] }
        let first = String(word.prefix(1)), length = word.unicodeScalars.count
        let lengths = max(0, length - allowed)...(length + allowed)
        return closest(to: word, allowed: allowed,
                       among: try vocabulary.terms(from: first, below: first + highestScalar, lengths: lengths))
    }

    /// Edits allowed to mend `word`, nil when it is not tried as a typo.
    private static func allowedEdits(_ word: String) -> Int? {
        guard (4...maxTypoWordLength).contains(word.count), !isCJKWord(word) else { return nil }
        return word.count >= 7 ? 2 : 1
    }

    /// `candidates` within `allowed` edits of `word`, closest first.
    private func closest(to word: String, allowed: Int, among candidates: [String]) -> [String] {
        let target = Array(word.unicodeScalars)
        var found: [(String, Int)] = []
        // People rarely mistype the first letter: only words sharing it are
        // compared, and only those of a length that can be close enough.
        let first = String(word.prefix(1)), beyond = first + highestScalar
        let lengths = max(0, target.count - allowed)...(target.count + allowed)
        for term in candidates where term != word && term >= first && term < beyond && lengths.contains(term.unicodeScalars.count) {
            lastWork.editDistances += 1
            let distance = EditDistance.restrictedDamerauLevenshtein(target, Array(term.unicodeScalars), limit: allowed)
            if distance <= allowed { found.append((term, distance)) }
        }
        return found.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(8).map(\.0)
    }

    /// True when some indexed word starts with `word`: then it is no typo.
    private func isKnownPrefix(_ word: String) throws -> Bool {
        try vocabulary.hasWord(startingWith: word)
    }

    /// Titles containing a word that starts with `word` (an upper bound: a
    /// title with two such words counts twice).
    private func estimatedMatches(_ word: String) throws -> Int {
        try vocabulary.documents(startingWith: word)
    }

    /// Loads the words into memory now, so that keystrokes never wait on
    /// the index for them.
    func warmUp() {
        guard loadedVocabulary == nil else { return }
        loadedVocabulary = try? queue.read { try LoadedVocabulary($0) }
        loadedPrefixes = try? queue.read { try TitlePrefixIndex($0) }
    }

    /// "spiderman" → "spider man" when both halves are indexed title words.
    private func splits(of word: String) throws -> [String] {
        guard (6...Self.maxTypoWordLength).contains(word.count), !Self.isCJKWord(word) else { return [] }
        let characters = Array(word)
        lastWork.splitsTried += characters.count - 5
        let vocabulary = self.vocabulary
        return try (3...(characters.count - 3)).compactMap { cut in
            let left = String(characters[..<cut]), right = String(characters[cut...])
            return try vocabulary.contains(left) && vocabulary.contains(right) ? "\(left) \(right)" : nil
        }
    }

    /// Queries with two neighbouring words joined, when the joined word is indexed.
    private func joins(of words: [String]) throws -> [[String]] {
        guard words.count >= 2 else { return [] }
        let vocabulary = self.vocabulary
        return try (0..<(words.count - 1)).compactMap { index in
            let joined = words[index] + words[index + 1]
            guard try vocabulary.contains(joined) else { return nil }
            return Array(words[..<index]) + [joined] + Array(words[(index + 2)...])
        }
    }
}
