import Catalog
import CatalogStore

/// The report of a history import as lines for a person: the figures the
/// issue promises (read, matched, ambiguous, unmatched, new, changed,
/// unchanged), every conflict and which side won, the rows that matched
/// nothing, and in a dry run every change that would be made.
enum HistoryImportText {
    /// Misses listed in full up to this many; the rest are counted.
    static let missesShown = 10

    static func lines(_ report: HistoryImportRun.Report, plan: HistoryImportPlan, unmatchedFile: String?) -> [String] {
        let figures = report.figures
        let source = HistorySource(rawValue: report.source)?.displayName ?? report.source
        var lines: [String] = []
        lines.append("Read \(count(figures.read, "row")) from \(report.files.map(SafeText.display).joined(separator: ", ")) (\(source)): "
                     + "\(figures.matched) matched, \(figures.ambiguous) ambiguous, \(figures.unmatched) unmatched.")
        let would = report.dryRun ? "would be " : ""
        var ratings = "Ratings: \(figures.newRatings) new, \(figures.changedRatings) changed, \(figures.unchangedRatings) unchanged"
        if figures.keptRatings > 0 { ratings += ", \(figures.keptRatings) kept yours" }
        lines.append(ratings + (report.dryRun ? " (dry run)." : "."))
        lines.append("Viewings: \(figures.newViewings) new. Watchlist: \(figures.newWatchlist) new. Likes: \(figures.newLikes) new.")
        if !report.passedOver.isEmpty {
            lines.append("Passed over: " + report.passedOver.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + ".")
        }
        lines += report.notes.map { "Note: " + SafeText.display($0) + "." }
        if !report.settingsChanged.isEmpty {
            lines.append("Settings \(would)restored: \(report.settingsChanged.joined(separator: ", ")).")
        }
        if figures.skipped > 0 {
            lines.append("Skipped \(count(figures.skipped, "malformed row")):")
            lines += report.problems.map { "  " + $0 }
        }
        for change in report.ratings where report.dryRun || change.conflict != nil {
            let to = Rating(stars: change.to)?.starText ?? "\(change.to)"
            let title = SafeText.display(change.title)
            guard let from = change.from.flatMap(Rating.init(stars:)) else {
                lines.append("  new        \(title)  \(to)")
                continue
            }
            let what = change.applied ? "changed    \(title)  \(from.starText) → \(to)" : "kept       \(title)  \(from.starText), not the file's \(to)"
            lines.append("  \(what): \(change.conflict ?? "")")
        }
        if report.dryRun {
            for addition in report.additions {
                let what = addition.what.padding(toLength: 11, withPad: " ", startingAt: 0)
                lines.append("  \(what)\(SafeText.display(addition.title))" + (addition.on.map { "  \($0)" } ?? ""))
            }
        }
        if !report.misses.isEmpty {
            lines.append("Not imported (\(report.misses.count)):")
            for miss in report.misses.prefix(missesShown) {
                let name = miss.year.map { "\(miss.title) (\($0))" } ?? miss.title
                lines.append("  \(SafeText.display(miss.file)):\(miss.line)  \(name): \(miss.outcome), \(SafeText.display(miss.reason))")
            }
            if report.misses.count > missesShown {
                let rest = report.misses.count - missesShown
                lines.append("  …and \(rest) more" + (unmatchedFile == nil ? " (--unmatched FILE lists them all)." : "."))
            }
            if let unmatchedFile { lines.append("Wrote them to \(SafeText.display(unmatchedFile)).") }
        }
        if report.dryRun {
            lines.append(plan.changes.isEmpty ? "Dry run: nothing would change." : "Dry run: nothing written.")
        } else if plan.changes.isEmpty {
            lines.append("Nothing changed: everything in the file was already here.")
        }
        return lines
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
