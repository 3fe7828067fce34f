import ArgumentParser
import Catalog
import CatalogStore
import Foundation

/// `marquee catalog check`: validates every catalog file.
struct CatalogCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the catalog files and print every problem as file:line: field: message.",
        discussion: "Exits with status 1 when there is any error; warnings alone do not fail the check.")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: "Print only errors, not warnings.")
    var quiet = false

    func run() throws {
        let directory = try options.catalogDirectory()
        let files = CatalogFiles(directory: directory)
        let (content, diagnostics) = try { () throws -> (CatalogContent, [Diagnostic]) in
            do { return try files.check() } catch let error as StoreError { throw MarqueeError(error.description) }
        }()
        var shown = 0
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            FileHandle.standardError.write(Data("\(SafeText.display(diagnostic.description))\n".utf8))
            shown += 1
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        print("\(SafeText.display(directory.path)): \(content.titles.count) titles, \(content.curated.count) curated profiles, "
              + "\(content.titles.filter { $0.aiUse != .unknown }.count) AI-use disclosures, \(content.cues.count) titles with description cues, "
              + "\(content.aliases.count) titles with aliases; "
              + "\(errors) errors, \(warnings) warnings")
        if errors > 0 { throw ExitCode.failure }
    }
}
