import Catalog

/// The header's trail of screens, "Home › Browse › Detail". A run of the
/// same screen collapses ("Detail ×3": similar title after similar title),
/// and a trail too long for its room loses its oldest steps first ("… ›
/// For you › Detail ×2"), so the mood beside it stays in the header.
public enum Breadcrumbs {
    /// The trail's steps, runs collapsed.
    public static func steps(_ stack: [Screen]) -> [String] {
        var runs: [(title: String, count: Int)] = []
        for screen in stack {
            if let last = runs.last, last.title == screen.title {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((screen.title, 1))
            }
        }
        return runs.map { $0.count > 1 ? "\($0.title) ×\($0.count)" : $0.title }
    }

    /// The trail in at most `width` columns, the newest steps kept; nil when
    /// even the newest step alone does not fit.
    public static func text(_ stack: [Screen], width: Int) -> String? {
        var steps = steps(stack)
        var dropped = false
        while !steps.isEmpty {
            let text = (dropped ? ["…"] : []) + steps
            let joined = text.joined(separator: " › ")
            if DisplayWidth.of(joined) <= width { return joined }
            steps.removeFirst()
            dropped = true
        }
        return nil
    }
}
