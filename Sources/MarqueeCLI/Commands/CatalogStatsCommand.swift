import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

/// `marquee catalog stats`: what the catalog holds.
struct CatalogStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count titles by type, genre, decade, maturity and mood-profile source.")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    struct Stats: Encodable {
        var titles: Int
        var types: [String: Int]
        var genres: [String: Int]
        var decades: [String: Int]
        var maturity: [String: Int]
        var moodProfileSources: [String: Int]
        var aiUse: [String: Int]
        var loglines: Int
    }

    func run() throws {
        let content: CatalogContent
        do { content = try CatalogFiles(directory: try options.catalogDirectory()).read() } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        func count<Key: Hashable>(_ keys: [Key]) -> [Key: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let titles = content.titles
        let stats = Stats(
            titles: titles.count,
            types: count(titles.map(\.kind.rawValue)),
            genres: count(titles.flatMap { $0.genres.map(\.displayName) }),
            decades: count(titles.map { "\($0.year / 10 * 10)s" }),
            maturity: count(titles.map(\.maturity.rawValue)),
            moodProfileSources: [
                ProfileSource.curated.rawValue: content.curated.count,
                ProfileSource.inferred.rawValue: titles.count - content.curated.count,
            ],
            aiUse: count(titles.map(\.aiUse.code)),
            loglines: content.curated.values.filter { $0.logline != nil }.count)
        if json {
            try Output.json(stats)
            return
        }
        print("\(stats.titles) titles")
        func section(_ name: String, _ values: [String: Int], byKey: Bool = false) {
            print("\n\(name)")
            let rows = byKey ? values.sorted { $0.key < $1.key } : values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let width = rows.map(\.key.count).max() ?? 0
            for (key, value) in rows {
                print("  " + key + String(repeating: " ", count: width - key.count + 2) + String(value))
            }
        }
        section("type", stats.types)
        section("genre", stats.genres)
        section("decade", stats.decades, byKey: true)
        section("maturity", stats.maturity)
        section("mood profile source", stats.moodProfileSources)
        section("AI use", stats.aiUse)
        print("\nloglines written by the project: \(stats.loglines)")
    }
}
