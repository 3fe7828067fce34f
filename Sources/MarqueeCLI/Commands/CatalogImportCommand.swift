import ArgumentParser
import Catalog
import CatalogStore
import Foundation

struct CatalogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a catalog from another source's published files.",
        subcommands: [CatalogImportIMDbCommand.self])
}

/// `marquee catalog import imdb DIR --out CATALOG_DIR`: IMDb's datasets as a catalog.
struct CatalogImportIMDbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imdb",
        abstract: "Make a catalog of IMDb's films and series from its public datasets.",
        discussion: """
            DIR holds title.basics.tsv.gz, and optionally title.ratings.tsv.gz, title.crew.tsv.gz, \
            title.principals.tsv.gz and name.basics.tsv.gz, as IMDb publishes them (unpacked .tsv \
            files are read too). Films, TV films, series and miniseries are kept; adult titles, \
            shorts, episodes, specials, videos and games are passed over. The files are read a line \
            at a time. titles.tsv and ratings.tsv (the standing prior) are written into CATALOG_DIR, \
            keeping the ids its titles already had; `marquee --catalog CATALOG_DIR` (or \
            MARQUEE_CATALOG_DIR) then serves it. See docs/catalog-format.md.
            """)

    @Argument(help: ArgumentHelp("The folder of IMDb's dataset files.", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("Directory to write titles.tsv and ratings.tsv into.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let outDirectory = try OutputPaths.directory(out)
        let progress = ProgressLine.standardError(json: json)
        defer { progress.finish() }
        let summary: IMDbDatasets.Summary
        do {
            summary = try OutputPaths.writing(out) {
                try IMDbDatasets().run(from: URL(fileURLWithPath: directory), to: outDirectory) { progress.update($0) }
            }
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        progress.finish()
        if json { return try Output.json(summary) }
        let passed = summary.passedOver.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key) \(AppEnvironment.grouped($0.value))" }.joined(separator: ", ")
        print("wrote \(AppEnvironment.grouped(summary.films)) films and \(AppEnvironment.grouped(summary.series)) series to "
              + "\(SafeText.display(outDirectory.appendingPathComponent(CatalogFileFormat.titlesFileName).path)); "
              + "ratings for \(AppEnvironment.grouped(summary.rated)), directors for \(AppEnvironment.grouped(summary.withDirectors)), "
              + "cast for \(AppEnvironment.grouped(summary.withCast))")
        if !passed.isEmpty { print("passed over: \(passed)") }
    }
}
