import Catalog
import Foundation

extension CatalogSynthesizer {
    /// Writes `count` synthetic titles as IMDb's datasets (`catalog synth
    /// --format imdb`): the five gzip files `catalog import imdb` reads, in
    /// their exact columns, to measure that import at scale. Titles are the
    /// same draws as `write(count:to:)`; one extra row in twenty is of a type
    /// the import passes over (episodes, shorts), and seven titles in ten are rated.
    public func writeIMDb(count: Int, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func open(_ name: String) throws -> GzipFiles.Writer {
            let writer = try GzipFiles.Writer(url: directory.appendingPathComponent(name + ".gz"))
            try writer.write(IMDbDatasets.headers[name]!.joined(separator: "\t") + "\n")
            return writer
        }
        let basics = try open(IMDbDatasets.basics), ratings = try open(IMDbDatasets.ratings)
        let crew = try open(IMDbDatasets.crew), principals = try open(IMDbDatasets.principals)
        var people: [String: Int] = [:]
        var names: [String] = []
        func person(_ name: String) -> String {
            if let known = people[name] { return Self.nconst(known) }
            names.append(name)
            people[name] = names.count
            return Self.nconst(names.count)
        }
        var generator = SplitMix64(seed: seed &+ 17)
        var tconst = 0
        for number in 0..<count {
            let (title, _) = self.title(number, &generator)
            tconst += 1
            let id = IMDbDatasets.tconstText(Int32(tconst))
            let random = generator.next()
            let type: String
            var start = title.year, end = "\\N"
            if title.kind == .movie {
                type = random % 10 == 0 ? "tvMovie" : "movie"
            } else {
                type = random % 5 == 0 ? "tvMiniSeries" : "tvSeries"
                start = title.year - max((title.seasons ?? 1) - 1, 0)
                end = random % 3 == 0 ? "\\N" : String(title.year)
            }
            let genres = title.genres.compactMap { Self.imdbGenre[$0] }
            try basics.write([id, type, title.name, title.name, "0", String(start), end,
                              title.runtimeMinutes.map(String.init) ?? "\\N",
                              genres.isEmpty ? "\\N" : genres.joined(separator: ",")].joined(separator: "\t") + "\n")
            if random % 10 < 7 {
                let rating = Double(10 + Int(generator.next() % 91)) / 10
                let votes = 5 + Int(pow(10, Double(generator.next() % 5_000) / 1_000))
                try ratings.write("\(id)\t\(rating)\t\(votes)\n")
            }
            let directors = title.directors.prefix(2).map(person)
            try crew.write("\(id)\t\(directors.isEmpty ? "\\N" : directors.joined(separator: ","))\t\\N\n")
            for (order, actor) in title.cast.prefix(4).enumerated() {
                try principals.write("\(id)\t\(order + 1)\t\(person(actor))\tactor\t\\N\t\\N\n")
            }
            if number % 20 == 19 {
                tconst += 1
                try basics.write("\(IMDbDatasets.tconstText(Int32(tconst)))\t\(random % 2 == 0 ? "tvEpisode" : "short")\tAn Episode\tAn Episode\t0\t\(title.year)\t\\N\t30\t\\N\n")
            }
        }
        for writer in [basics, ratings, crew, principals] { try writer.close() }
        let nameFile = try open(IMDbDatasets.names)
        for (index, name) in names.enumerated() {
            try nameFile.write("\(Self.nconst(index + 1))\t\(name)\t\\N\t\\N\tactor\t\\N\n")
        }
        try nameFile.close()
    }

    static func nconst(_ number: Int) -> String {
        let digits = String(number)
        return "nm" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// One IMDb genre name for each of Marquee's that has one.
    static let imdbGenre: [Genre: String] = {
        var result: [Genre: String] = [:]
        for (name, genre) in IMDbDatasets.genreMap.sorted(by: { $0.key < $1.key }) where result[genre] == nil {
            result[genre] = String(name)
        }
        return result
    }()
}
