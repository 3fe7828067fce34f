import ArgumentParser
import Catalog

/// `marquee hidden`: the "not for me" list — titles never suggested — and
/// the way to take one off it (the TUI's `X` screen from a script).
struct HiddenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hidden",
        abstract: "List the titles you marked not for me (never suggested); --remove ID unhides one, --add ID hides one.")

    @Option(name: .long, help: ArgumentHelp("Unhide this title: it may be suggested again.", valueName: "id"))
    var remove: String?

    @Option(name: .long, help: ArgumentHelp("Hide this title from suggestions.", valueName: "id"))
    var add: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    struct Entry: Encodable {
        var id: String
        /// Null when the catalog no longer has the title.
        var title: String?
        var year: Int?
    }

    func validate() throws {
        if remove != nil && add != nil { throw ValidationError("give --remove or --add, not both") }
    }

    func run() throws {
        // The index alone: a handful of titles never needs the whole library.
        let environment = try StoreEnvironment(options: options)
        if let add {
            let title = try environment.title(add)
            try environment.user.setHidden(true, id: title.id)
            if !json { return print(SafeText.display("not for you: \(title.nameAndYear) is hidden from suggestions")) }
        }
        if let remove {
            let id = TitleID(remove)
            guard try environment.user.hidden().contains(id) else {
                // A known title that is simply not hidden, or an id never seen: say which.
                _ = try environment.title(remove)
                throw MarqueeError("'\(SafeText.display(remove))' is not on your not-for-me list")
            }
            try environment.user.setHidden(false, id: id)
            let name = try environment.known(id)?.nameAndYear ?? remove
            if !json { return print(SafeText.display("\(name) may be suggested again")) }
        }
        let entries = try environment.user.hidden().map { id in
            let title = try environment.known(id)
            return Entry(id: id.rawValue, title: title?.name, year: title?.year)
        }
        .sorted { (TextFolding.sortKey($0.title ?? $0.id), $0.id) < (TextFolding.sortKey($1.title ?? $1.id), $1.id) }
        if json { return try Output.json(entries) }
        guard !entries.isEmpty else {
            return print("Nothing is hidden: `x` in the browser, or `marquee hidden --add ID`, marks a title not for you.")
        }
        for entry in entries {
            let name = entry.title.map { "\($0) (\(entry.year ?? 0))" } ?? "(no longer in the catalog)"
            print(SafeText.display("\(entry.id)  \(name)"))
        }
    }
}
