import Catalog
import Foundation

/// IMDb's public datasets as a catalog source (`marquee catalog import
/// imdb DIR --out CATALOG_DIR`). The files are read as published —
/// tab-separated, `\N` for null, gzip (plain `.tsv` is read too) — one line
/// at a time; only the values kept for the catalog stay in memory:
///
/// - `title.basics.tsv.gz` (tconst, titleType, primaryTitle, originalTitle,
///   isAdult, startYear, endYear, runtimeMinutes, genres): films (`movie`,
///   `tvMovie`) and series (`tvSeries`, `tvMiniSeries`); adult titles,
///   shorts, episodes, specials, videos and games are passed over and counted.
/// - `title.ratings.tsv.gz` (tconst, averageRating, numVotes): the standing
///   prior, written to `ratings.tsv` in stars (averageRating ÷ 2).
/// - `title.crew.tsv.gz` (tconst, directors, writers): directors.
/// - `title.principals.tsv.gz` (tconst, ordering, nconst, category, job,
///   characters), optional: the first four actors, actresses or selves.
/// - `name.basics.tsv.gz` (nconst, primaryName, …): the people's names.
public struct IMDbDatasets {
    public static let basics = "title.basics.tsv"
    public static let ratings = "title.ratings.tsv"
    public static let crew = "title.crew.tsv"
    public static let principals = "title.principals.tsv"
    public static let names = "name.basics.tsv"

    public static let headers: [String: [String]] = [
        basics: ["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"],
        ratings: ["tconst", "averageRating", "numVotes"],
        crew: ["tconst", "directors", "writers"],
        principals: ["tconst", "ordering", "nconst", "category", "job", "characters"],
        names: ["nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"],
    ]

    /// What an import found.
    public struct Summary: Sendable, Encodable {
        public var films = 0
        public var series = 0
        /// Titles of other types, adult titles and titles without a year, by why.
        public var passedOver: [String: Int] = [:]
        public var rated = 0
        public var withDirectors = 0
        public var withCast = 0
    }

    /// One kept title while the files are read: small, no per-title arrays.
    private struct Record {
        var tconst: Int32
        var kind: TitleKind
        var name: String
        var year: Int16
        var runtime: Int16
        /// Up to four genres as positions in `Genre.allCases` plus one (0: none), in IMDb's order.
        var genres: SIMD4<UInt8>
        var directors = SIMD2<Int32>(repeating: 0)
        var cast = SIMD4<Int32>(repeating: 0)
        var castCount: Int8 = 0
        var rating: Float = 0
        var votes: Int32 = 0
    }

    public init() {}

    /// The path of `name` in `directory`: `NAME.gz` as published, or `NAME` unpacked.
    public static func file(_ name: String, in directory: URL) -> URL? {
        for candidate in [name + ".gz", name] {
            let url = directory.appendingPathComponent(candidate)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    /// Reads the datasets in `directory` and writes `titles.tsv` and
    /// `ratings.tsv` into `output`, keeping the ids titles already had there.
    /// `progress` hears each step.
    public func run(from directory: URL, to output: URL, progress: (String) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        guard let basicsURL = Self.file(Self.basics, in: directory) else {
            throw StoreError.unreadableFile(path: directory.appendingPathComponent(Self.basics + ".gz").path, reason: "no such file")
        }
        var records: [Record] = []
        var index: [Int32: Int32] = [:]
        progress("Reading \(basicsURL.lastPathComponent)…")
        try Self.forEachRow(basicsURL, Self.basics) { fields, line in
            let type = fields[1]
            let kind: TitleKind
            switch type {
            case "movie", "tvMovie": kind = .movie
            case "tvSeries", "tvMiniSeries": kind = .series
            default:
                summary.passedOver[String(type), default: 0] += 1
                return
            }
            guard fields[4] != "1" else { summary.passedOver["adult", default: 0] += 1; return }
            let tconst = try Self.id(fields[0], "tt", field: "tconst", file: basicsURL, line: line)
            guard let start = Self.number(fields[5]) else {
                guard fields[5] == "\\N" else { throw Self.failure(basicsURL, line, "startYear", "'\(SafeText.display(String(fields[5])))' is not a year") }
                summary.passedOver["no year", default: 0] += 1
                return
            }
            let year = kind == .series ? (Self.number(fields[6]) ?? start) : start
            let name = SafeText.collapsingWhitespace(String(fields[2]))
            guard !name.isEmpty else { throw Self.failure(basicsURL, line, "primaryTitle", "empty") }
            index[tconst] = Int32(records.count)
            records.append(Record(tconst: tconst, kind: kind, name: name, year: Int16(clamping: year),
                                  runtime: Int16(clamping: Self.number(fields[7]) ?? 0), genres: Self.genreCodes(Self.genres(fields[8]))))
            if kind == .movie { summary.films += 1 } else { summary.series += 1 }
        }

        if let url = Self.file(Self.ratings, in: directory) {
            progress("Reading \(url.lastPathComponent)…")
            try Self.forEachRow(url, Self.ratings) { fields, line in
                guard let position = index[try Self.id(fields[0], "tt", field: "tconst", file: url, line: line)] else { return }
                guard let rating = Float(fields[1]), (1...10).contains(rating) else {
                    throw Self.failure(url, line, "averageRating", "'\(SafeText.display(String(fields[1])))' is not a rating from 1 to 10")
                }
                guard let votes = Int32(fields[2]), votes >= 0 else {
                    throw Self.failure(url, line, "numVotes", "'\(SafeText.display(String(fields[2])))' is not a count")
                }
                records[Int(position)].rating = rating
                records[Int(position)].votes = votes
                summary.rated += 1
            }
        }

        var wanted = Set<Int32>()
        if let url = Self.file(Self.crew, in: directory) {
            progress("Reading \(url.lastPathComponent)…")
            try Self.forEachRow(url, Self.crew) { fields, line in
                guard let position = index[try Self.id(fields[0], "tt", field: "tconst", file: url, line: line)], fields[1] != "\\N" else { return }
                var directors = SIMD2<Int32>(repeating: 0)
                for (slot, text) in fields[1].split(separator: ",").prefix(2).enumerated() {
                    directors[slot] = try Self.id(text, "nm", field: "directors", file: url, line: line)
                    wanted.insert(directors[slot])
                }
                records[Int(position)].directors = directors
                summary.withDirectors += 1
            }
        }
        if let url = Self.file(Self.principals, in: directory) {
            progress("Reading \(url.lastPathComponent)…")
            try Self.forEachRow(url, Self.principals) { fields, line in
                guard ["actor", "actress", "self"].contains(fields[3]),
                      let position = index[try Self.id(fields[0], "tt", field: "tconst", file: url, line: line)] else { return }
                var record = records[Int(position)]
                guard record.castCount < 4 else { return }
                let person = try Self.id(fields[2], "nm", field: "nconst", file: url, line: line)
                record.cast[Int(record.castCount)] = person
                if record.castCount == 0 { summary.withCast += 1 }
                record.castCount += 1
                records[Int(position)] = record
                wanted.insert(person)
            }
        }
        var names: [Int32: String] = [:]
        if !wanted.isEmpty, let url = Self.file(Self.names, in: directory) {
            progress("Reading \(url.lastPathComponent)…")
            try Self.forEachRow(url, Self.names) { fields, line in
                let person = try Self.id(fields[0], "nm", field: "nconst", file: url, line: line)
                guard wanted.contains(person) else { return }
                names[person] = SafeText.collapsingWhitespace(String(fields[1]))
            }
        }

        progress("Writing \(NumberText.grouped(records.count)) titles…")
        try write(records, names: names, to: output)
        return summary
    }

    private func write(_ records: [Record], names: [Int32: String], to output: URL) throws {
        let titlesURL = output.appendingPathComponent(CatalogFileFormat.titlesFileName)
        let previous = FileManager.default.fileExists(atPath: titlesURL.path) ? try CatalogFileReader().read(contentsOf: titlesURL).titles : []
        var assigner = TitleIDAssigner(previous: Dictionary(previous.map { ($0.source, $0.id) }, uniquingKeysWith: { first, _ in first }))
        let sources = records.map { "imdb:" + Self.tconstText($0.tconst) }
        assigner.reserve(sources: sources)
        var ids: [TitleID] = []
        ids.reserveCapacity(records.count)
        for (record, source) in zip(records, sources) {
            ids.append(assigner.assign(name: record.name, year: Int(record.year), kind: record.kind, source: source))
        }
        // Lines are made in id order and written as they are made: a million
        // of them never sit in memory together.
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let writer = CatalogFileWriter()
        try Self.writeLines(to: titlesURL, header: [
            "# Titles from IMDb's public datasets (facts only), written by `marquee catalog import imdb`.",
            CatalogFileFormat.columns.joined(separator: "\t"),
        ], order) { index in
            let record = records[index]
            func people(_ ids: [Int32]) -> [String] { ids.filter { $0 != 0 }.compactMap { names[$0] }.filter { !$0.isEmpty } }
            let title = Title(id: ids[index], kind: record.kind, name: record.name, year: Int(record.year),
                              runtimeMinutes: record.kind == .movie && record.runtime > 0 ? Int(record.runtime) : nil,
                              maturity: .notRated, genres: Self.genres(record.genres),
                              directors: people([record.directors[0], record.directors[1]]),
                              cast: people((0..<Int(record.castCount)).map { record.cast[$0] }), source: sources[index])
            return writer.line(for: title)
        }
        try Self.writeLines(to: output.appendingPathComponent(RatingsFile.fileName), header: [
            "# IMDb ratings: mean in stars (averageRating ÷ 2) and number of votes, the standing prior.",
            RatingsFile.columns.joined(separator: "\t"),
        ], order.filter { records[$0].votes > 0 }) { index in
            "\(ids[index].rawValue)\t\(Self.stars(records[index].rating))\t\(records[index].votes)"
        }
    }

    /// Writes `header` and one line per index a megabyte at a time, into a
    /// hidden file renamed over `url` at the end: a failure leaves the old file.
    private static func writeLines(to url: URL, header: [String], _ indices: [Int], _ line: (Int) -> String) throws {
        let partial = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial")
        FileManager.default.createFile(atPath: partial.path, contents: nil)
        let handle = try FileHandle(forWritingTo: partial)
        var buffer = header.joined(separator: "\n") + "\n"
        for index in indices {
            buffer += line(index)
            buffer += "\n"
            if buffer.utf8.count >= 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
        try handle.close()
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: partial, to: url)
    }

    static func genreCodes(_ genres: [Genre]) -> SIMD4<UInt8> {
        var codes = SIMD4<UInt8>(repeating: 0)
        for (slot, genre) in genres.prefix(4).enumerated() { codes[slot] = UInt8(Genre.allCases.firstIndex(of: genre)! + 1) }
        return codes
    }

    static func genres(_ codes: SIMD4<UInt8>) -> [Genre] {
        (0..<4).compactMap { codes[$0] == 0 ? nil : Genre.allCases[Int(codes[$0]) - 1] }
    }

    /// IMDb's genres in Marquee's, where one fits; the rest are dropped.
    static let genreMap: [Substring: Genre] = [
        "Action": .actionAdventure, "Adventure": .actionAdventure, "Western": .actionAdventure, "War": .actionAdventure,
        "Comedy": .comedy, "Crime": .crime, "Film-Noir": .crime, "Documentary": .documentary, "News": .documentary,
        "Biography": .drama, "History": .drama, "Drama": .drama, "Family": .kidsFamily, "Fantasy": .sciFiFantasy,
        "Sci-Fi": .sciFiFantasy, "Horror": .horror, "Music": .music, "Musical": .music, "Mystery": .mystery,
        "Romance": .romance, "Sport": .sports, "Thriller": .thriller, "Reality-TV": .reality, "Game-Show": .reality,
        "Talk-Show": .talkShow,
    ]

    static func genres(_ text: Substring) -> [Genre] {
        guard text != "\\N" else { return [] }
        var result: [Genre] = []
        for name in text.split(separator: ",") {
            if let genre = genreMap[name], !result.contains(genre) { result.append(genre) }
        }
        return result
    }

    /// "4.15" from 8.3: half of IMDb's ten-point mean, as stars.
    static func stars(_ rating: Float) -> String {
        let value = (Double(rating) / 2 * 100).rounded() / 100
        return value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func tconstText(_ number: Int32) -> String {
        let digits = String(number)
        return "tt" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    private static func number(_ text: Substring) -> Int? {
        text == "\\N" ? nil : Int(text)
    }

    /// "tt0111161" → 111161; anything else is a `file:line: field:` error.
    private static func id(_ text: Substring, _ prefix: String, field: String, file: URL, line: Int) throws -> Int32 {
        guard text.hasPrefix(prefix), let value = Int32(text.dropFirst(prefix.count)), value > 0 else {
            throw failure(file, line, field, "'\(SafeText.display(String(text)))' is not an IMDb id (\(prefix)0000001)")
        }
        return value
    }

    static func failure(_ url: URL, _ line: Int, _ field: String, _ reason: String) -> StoreError {
        StoreError.invalidFile(location: "\(url.lastPathComponent):\(line)", reason: field.isEmpty ? reason : "\(field): \(reason)")
    }

    /// Each data row's fields (after the header, which must be `name`'s), and its line.
    private static func forEachRow(_ url: URL, _ name: String, _ body: ([Substring], Int) throws -> Void) throws {
        let header = headers[name]!
        var line = 0
        do {
            try GzipFiles.forEachLine(of: url) { text in
                line += 1
                let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
                if line == 1 {
                    guard fields.map(String.init) == header else {
                        throw failure(url, 1, "header", "expected \(header.joined(separator: " "))")
                    }
                    return
                }
                guard !text.isEmpty else { return }
                guard fields.count == header.count else {
                    throw failure(url, line, "", "expected \(header.count) fields, found \(fields.count)")
                }
                try body(fields, line)
            }
        } catch let failure as GzipFiles.Failure {
            throw StoreError.unreadableFile(path: url.path, reason: failure.description)
        }
        if line == 0 { throw failure(url, 1, "header", "empty file") }
    }
}
