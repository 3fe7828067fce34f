import Catalog
import Foundation

/// Writes titles in the catalog text format, sorted by id, atomically.
public struct CatalogFileWriter {
    public init() {}

    public func render(_ titles: [Title], header comment: [String] = []) -> String {
        var output = ""
        output.reserveCapacity(titles.count * 320)
        for line in comment { output += "# \(line)\n" }
        output += CatalogFileFormat.columns.joined(separator: "\t") + "\n"
        for title in titles.sorted(by: { $0.id < $1.id }) {
            output += line(for: title) + "\n"
        }
        return output
    }

    /// One title as a line of the format, without the line break.
    public func line(for title: Title) -> String {
            let fields: [String] = [
                title.id.rawValue,
                title.kind.rawValue,
                CatalogFileFormat.escape(title.name),
                String(title.year),
                title.runtimeMinutes.map(String.init) ?? "",
                title.seasons.map(String.init) ?? "",
                title.maturity.rawValue,
                title.genres.map(\.rawValue).joined(separator: "|"),
                title.countries.map(CatalogFileFormat.escape).joined(separator: "|"),
                title.directors.map(CatalogFileFormat.escape).joined(separator: "|"),
                title.cast.map(CatalogFileFormat.escape).joined(separator: "|"),
                title.dateAdded?.iso ?? "",
                CatalogFileFormat.escape(title.source),
            ]
            return fields.joined(separator: "\t")
    }

    /// Writes `titles.tsv` into `directory`; a crash midway leaves the old file.
    public func write(_ titles: [Title], to directory: URL, header comment: [String] = []) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(CatalogFileFormat.titlesFileName)
        try Data(render(titles, header: comment).utf8).write(to: url, options: .atomic)
    }
}
