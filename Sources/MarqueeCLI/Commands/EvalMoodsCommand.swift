import ArgumentParser
import Catalog
import CatalogStore
import Foundation
import Recommender

/// `marquee eval moods`: each named mood's first 20 suggestions judged
/// against the reviewer panel, title by title (docs/moods.md).
struct EvalMoodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moods",
        abstract: "Judge each named mood's suggestions against the reviewer panel, title by title.",
        discussion: """
            For every named mood the first 20 suggestions (default diversity, match) are looked up \
            in the reviewer panel (catalog/panel/): precision is the share of the judged titles that \
            the panel says suit the mood, coverage the share of the list the panel has judged. Lists: \
            cold start (no ratings, alone), each persona of personas.tsv, lift from melancholy and \
            tired (share judged uplifting) and cozy with kids (share judged to suit cozy with \
            children). Children's, promotional and repeated-version titles are counted. Exits 1 when \
            a list misses its bar (--against target, the default) or falls under the floor recorded \
            in floors.tsv (--against floors, what CI runs). The protocol and figures are in \
            docs/moods.md.
            """)

    enum Gate: String, ExpressibleByArgument, CaseIterable {
        case target, floors
    }

    /// Which mood profiles the lists are ranked with.
    enum Profiles: String, ExpressibleByArgument, CaseIterable {
        /// Curated where there is one, else inferred (what the app uses).
        case all
        /// Inferred for every title: judges inference alone.
        case inferred
    }

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Flag(name: .long, help: "List the titles judged not to fit and the ones the panel has not judged.")
    var verbose = false

    @Option(name: .long, help: "Folder of the reviewer panel (default: the catalog's panel folder).")
    var panel: String?

    @Option(name: .long, help: "Fail on lists under their target (issue bars) or under today's floors.")
    var against: Gate = .target

    @Option(name: .long, help: "Judge the first N suggestions instead of 20 (the bars and floors are for 20).")
    var depth = PanelEvaluation.depth
    @Option(name: .long, help: "Rank with every profile (all) or ignore curated profiles and judge inference alone (inferred); standing and audience are kept.")
    var profiles: Profiles = .all

    @Flag(name: .long, help: "Write today's figures to floors.tsv of the --panel folder (after the lists improved).")
    var recordFloors = false

    @OptionGroup var options: GlobalOptions

    /// What `--json` prints.
    struct Report: Encodable {
        var judged: Int
        var known: Int
        var judges: [String]
        var aiAssisted = true
        var against: String
        var profiles: String
        var rows: [PanelEvaluation.Result]
        var agreement: [PanelAgreement.Row]
        var passes: Bool
    }

    func validate() throws {
        // The embedded panel is a built copy; floors belong in the source folder.
        if recordFloors && profiles != .all { throw ValidationError("--record-floors records the lists the app shows: leave out --profiles") }
        if recordFloors && panel == nil { throw ValidationError("--record-floors needs --panel DIR (the folder to write floors.tsv in)") }
        guard (1...200).contains(depth) else { throw ValidationError("--depth must be between 1 and 200") }
        if recordFloors && depth != PanelEvaluation.depth { throw ValidationError("--record-floors records the first \(PanelEvaluation.depth); leave out --depth") }
    }

    func run() throws {
        let environment = try AppEnvironment(options: options, inferredProfilesOnly: profiles == .inferred)
        let folder = try panel.map { URL(fileURLWithPath: $0) }
            ?? options.catalogDirectory().appendingPathComponent("panel")
        let reviewerPanel: ReviewerPanel
        do {
            reviewerPanel = try PanelFiles.load(directory: folder, knownIDs: Set(environment.library.titles.map(\.id)))
        } catch let error as StoreError {
            throw MarqueeError(error.description)
        }
        let rows = PanelEvaluation.run(library: environment.library, panel: reviewerPanel, depth: depth)
        if recordFloors { try writeFloors(rows, to: folder.appendingPathComponent(PanelFiles.floorsFileName)) }
        let agreement = PanelAgreement.compare(reviewerPanel.judgements, reviewerPanel.secondOpinions)
        let failing = rows.filter { against == .target ? !$0.meetsTarget : !$0.meetsFloor }
        let judges = Set(reviewerPanel.judgements.values.map(\.judge)).sorted()
        if json {
            try Output.json(Report(
                judged: reviewerPanel.judgements.count,
                known: reviewerPanel.judgements.values.filter { $0.basis == .known }.count,
                judges: judges, against: against.rawValue, profiles: profiles.rawValue, rows: rows,
                agreement: reviewerPanel.secondOpinions.isEmpty ? [] : agreement, passes: failing.isEmpty))
        } else {
            printReport(rows, panel: reviewerPanel, judges: judges, agreement: agreement)
        }
        if !failing.isEmpty {
            let what = against == .target ? "under their bar" : "under today's floor"
            throw MarqueeError("\(failing.count) of \(rows.count) lists \(what): \(failing.prefix(8).map(\.key).joined(separator: ", "))\(failing.count > 8 ? ", …" : "")")
        }
    }

    /// Floors only ever record what the lists reach today; CI then fails on a fall below them.
    private func writeFloors(_ rows: [PanelEvaluation.Result], to url: URL) throws {
        var text = """
            # Today's figure of every list of `marquee eval moods`: CI fails when a list falls under it.
            # Written by `marquee eval moods --record-floors`; the bars to reach are in docs/moods.md.

            """
        text += PanelFiles.floorColumns.joined(separator: "\t") + "\n"
        for row in rows { text += "\(row.key)\t\(String(format: "%.2f", (row.precision * 100 + 1e-6).rounded(.down) / 100))\n" }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw MarqueeError("\(url.path): cannot write (\(error.localizedDescription))")
        }
    }

    private func printReport(_ rows: [PanelEvaluation.Result], panel: ReviewerPanel, judges: [String],
                             agreement: [PanelAgreement.Row]) {
        let known = panel.judgements.values.filter { $0.basis == .known }.count
        print("Reviewer panel: \(panel.judgements.count) titles judged (\(known) known to their judge), "
              + "\(judges.count) judges, AI-assisted — see docs/moods.md")
        if profiles == .inferred { print("Profiles: inferred for every title (curated profiles ignored; standing and audience kept)") }
        var group = ""
        for row in rows {
            if row.group != group {
                group = row.group
                print("")
                print("\(group.padding(toLength: 22, withPad: " ", startingAt: 0))  fit   target  judged  kids promo dup  result")
            }
            let result = row.meetsTarget ? "ok" : (row.meetsFloor && row.floor != nil ? "under target, at floor" : "FAIL")
            print("  " + row.name.padding(toLength: 20, withPad: " ", startingAt: 0)
                  + String(format: "  %4.2f  %5.2f  ", row.precision, row.target)
                  + "\(row.judged)/\(row.shown)".leftPadded(to: 6)
                  + String(row.youngChildren).leftPadded(to: 6) + String(row.promotional).leftPadded(to: 6)
                  + String(row.duplicateVersions).leftPadded(to: 4) + "  " + result)
            for offender in row.offenders { print(SafeText.display("      \(offender)")) }
            if verbose {
                for title in row.misses { print(SafeText.display("      judged no: \(title)")) }
                for title in row.unjudged { print(SafeText.display("      not judged: \(title)")) }
            }
        }
        let withKids = PanelEvaluation.moodsWithKids(panel)
        for persona in panel.personas where persona.audience == .kids && withKids.count < NamedMood.allCases.count {
            let left = NamedMood.allCases.filter { !withKids.contains($0) }.map(\.rawValue).joined(separator: ", ")
            print("")
            print("\(persona.name) is not judged for \(left): the panel holds fewer than "
                  + "\(PanelEvaluation.withKidsMinimum) titles that suit them with children watching.")
        }
        let met = rows.filter(\.meetsTarget).count
        print("")
        print("\(met) of \(rows.count) lists meet their bar (fit ≥ target, coverage ≥ \(PanelEvaluation.Target.coverage), "
              + "no promotional or repeated titles, at most \(PanelEvaluation.Target.youngChildrenInAdultList) children's title for a grown-up).")
        guard !panel.secondOpinions.isEmpty else { return }
        print("")
        print("Agreement with a second judge on \(agreement.first?.titles ?? 0) titles (Cohen's κ):")
        for row in agreement {
            print("  " + row.question.padding(toLength: 24, withPad: " ", startingAt: 0)
                  + (row.kappa.map { String(format: "κ %5.2f", $0) } ?? "κ   n/a")
                  + String(format: "  agree %4.2f", row.observed) + "  yes \(row.firstYes)/\(row.secondYes)")
        }
    }
}
