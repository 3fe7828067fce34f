import ArgumentParser
import Catalog
import CatalogStore
import Foundation

/// `marquee catalog synth`: a large catalog for measurements.
struct CatalogSynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic catalog shaped like the real one, for measuring speed at scale.")

    @Option(name: .long, help: "How many titles.")
    var count: Int

    @Option(name: .long, help: ArgumentHelp("Directory to write titles.tsv (and cues.tsv) into.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "Seed; the same seed gives the same catalog.")
    var seed: UInt64 = 1

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case catalog, imdb
    }

    @Option(name: .long, help: ArgumentHelp("catalog (titles.tsv) or imdb (IMDb's five dataset files, gzip, for `catalog import imdb`).",
                                            valueName: "format"))
    var format: Format = .catalog

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard (1...20_000_000).contains(count) else { throw ValidationError("--count must be between 1 and 20000000") }
    }

    func run() throws {
        let synthesizer: CatalogSynthesizer
        do {
            let source = try CatalogFiles(directory: try options.catalogDirectory()).read()
            synthesizer = try CatalogSynthesizer(source: source.titles, cues: source.cues, seed: seed)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        let directory = try OutputPaths.directory(out)
        if format == .imdb {
            try OutputPaths.writing(out) { try synthesizer.writeIMDb(count: count, to: directory) }
            print("wrote \(count) synthetic titles as IMDb's datasets (title.basics, title.ratings, title.crew, title.principals, name.basics) to \(SafeText.display(directory.path))")
            return
        }
        try OutputPaths.writing(out) {
            try synthesizer.write(count: count, to: directory)
        }
        print("wrote \(count) synthetic titles to \(SafeText.display(directory.appendingPathComponent(CatalogFileFormat.titlesFileName).path))")
    }
}
