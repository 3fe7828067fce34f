import Foundation
import Testing

/// No key waits on work proportional to the catalog: the reducer and what it
/// calls may touch the titles a screen lists, never walk all of them. What
/// must walk them is a `Job` (run off the input loop) or happens once at
/// launch (`AppState+Launch.swift`). This reads the view-model's sources
/// and fails on a whole-catalog walk or a scoring call anywhere else.
@Suite struct ReducerCostTests {
    /// Calls and loops that cost in proportion to the catalog.
    static let wholeCatalog = [
        "Recommender(library", "SimilarTitles(library", "WellKnownTitles.picks", "oneRowPerWork(",
        "in library.titles {", "in library.titles.", "library.titles.indices", "library.titles.filter", "library.titles.map",
        "library.titles.lazy", "library.titles.enumerated", "library.titles.first(", "library.titles.contains(",
        "browseOrder.lazy", "browseOrder.filter", "browseOrder.map", "browseOrder.sorted",
    ]
    /// Where such work belongs.
    static let allowed = ["Jobs/", "State/AppState+Launch.swift"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ViewModel").standardized

    @Test func onlyJobsAndTheLaunchWalkTheCatalog() throws {
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 30, "found the view-model's sources at \(Self.sources.path)")
        var found: [String] = []
        for file in files where !Self.allowed.contains(where: { file.hasPrefix($0) || file == $0 }) {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                for pattern in Self.wholeCatalog where code.contains(pattern) {
                    found.append("\(file):\(number + 1): \(pattern)")
                }
            }
        }
        #expect(found.isEmpty, "whole-catalog work outside jobs and launch:\n\(found.joined(separator: "\n"))")
    }

    /// The check can fail: the jobs it allows do contain such work.
    @Test func theCheckSeesTheJobsWork() throws {
        let jobs = try String(contentsOf: Self.sources.appendingPathComponent("Jobs/JobContext.swift"), encoding: .utf8)
        #expect(Self.wholeCatalog.contains { jobs.contains($0) })
    }
}
