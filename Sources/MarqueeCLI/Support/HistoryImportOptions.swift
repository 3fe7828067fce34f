import ArgumentParser
import CatalogStore

/// The options every import of a person's history shares.
struct HistoryImportOptions: ParsableArguments {
    @Flag(name: .long, help: "Show exactly what would change, and write nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp(
        "When the file and your rating disagree: newer (by date, the default), file, or mine.", valueName: "which"))
    var prefer: HistoryImportPlan.Preference = .newer

    @Flag(name: .long, help: "Import past malformed rows (listed) instead of refusing the file.")
    var skipBad = false

    @Option(name: .long, help: ArgumentHelp("Write the rows that matched no title, or several, to this CSV file.", valueName: "file"))
    var unmatched: String?

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false
}

extension HistoryImportPlan.Preference: ExpressibleByArgument {}
