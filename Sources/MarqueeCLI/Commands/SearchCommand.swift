import ArgumentParser
import Catalog
import CatalogStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, people and genres, with filters and sorting.",
        discussion: """
            Words match accent- and case-insensitively, each as the start of a word, with small \
            typos forgiven. Without words, the filters alone choose the titles. Versions of one work \
            (dubs, other-language releases) are one row; `marquee show` lists them.
            """)

    @Argument(help: "Words to search for.")
    var query: [String] = []

    @OptionGroup var filters: FilterOptions

    @Option(name: .long, parsing: .unconditional, help: "Most results to print (up to \(Self.mostResults)).")
    var limit = 20

    /// Enough for any real catalog; bounded because twice the limit is asked of the query.
    static let mostResults = 100_000

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard (1...Self.mostResults).contains(limit) else {
            throw ValidationError("--limit must be ≥ 1 and at most \(Self.mostResults), got \(limit)")
        }
    }

    func run() throws {
        // Answered from the index: nothing of the catalog is loaded into memory.
        let environment = try StoreEnvironment(options: options)
        let text = query.joined(separator: " ")
        let filter = try filters.filter()
        let request = TitleQuery(text: text, filter: filter, sort: filters.sort)
        let answer: IndexedSearch.Answer
        do {
            answer = try IndexedSearch(database: environment.catalog)
                .run(request, ratings: try environment.user.ratings(), limit: limit)
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        if json {
            try Output.json(answer.rows.map { row in
                var object = TitleJSON(row.title)
                if row.otherVersions > 0 { object.otherVersions = row.otherVersions }
                return object
            })
        } else if answer.rows.isEmpty {
            // As grep does: nothing found is exit status 1, and the note goes
            // to standard error so a script reading the output gets none.
            let note = "no titles match" + (text.isEmpty ? "" : " '\(SafeText.display(text))'") + (filter.isEmpty ? "" : " with \(filter.summary)")
            FileHandle.standardError.write(Data((note + "\n").utf8))
            throw ExitCode.failure
        } else {
            // Said on standard error: the lines below stay titles only.
            if answer.isAbout {
                FileHandle.standardError.write(Data("no title matches '\(SafeText.display(text))' — by what it is about:\n".utf8))
            } else if answer.isClosest {
                FileHandle.standardError.write(Data("no exact match for '\(SafeText.display(text))' — closest:\n".utf8))
            }
            for row in answer.rows {
                let others = row.otherVersions
                let about = row.aboutWords.map { " · about: " + $0.joined(separator: ", ") } ?? ""
                print(Output.line(row.title) + (others == 0 ? "" : " · +\(others) \(others == 1 ? "version" : "versions")") + about)
            }
        }
    }
}
