import Catalog
import Foundation

/// Versions of one work (dubs, alternate-language releases, re-edits) as
/// lists show them: one row per work, the others on its detail screen.
extension Library {
    /// Every title of the work `position` belongs to, its representative
    /// first; just `[position]` for a title without versions.
    public func versions(of position: Int) -> [Int] {
        hasVersions[position] ? versionGroups[works[position]] ?? [position] : [position]
    }

    /// How many other versions the title's work has (0 for most titles).
    public func otherVersionCount(at position: Int) -> Int {
        hasVersions[position] ? (versionGroups[works[position]]?.count ?? 1) - 1 : 0
    }

    /// `positions` with each work listed once (`VersionGrouping.oneRowPerWork`).
    public func oneRowPerWork(_ positions: [Int]) -> [Int] {
        guard !versionGroups.isEmpty else { return positions }
        return VersionGrouping.oneRowPerWork(positions) { hasVersions[$0] ? works[$0] : nil }
    }

    /// What tells a version apart, from its title's tag: "Hindi version",
    /// "International version"; for the untagged title "original" and its
    /// first country ("original, India").
    public func versionLabel(at position: Int) -> String {
        guard let tag = versionTag(at: position) else {
            return (["original"] + titles[position].countries.prefix(1)).joined(separator: ", ")
        }
        return "\(tag) version"
    }

    /// The tag alone ("Hindi", "International"), or nil for an untagged title.
    public func versionTag(at position: Int) -> String? {
        guard let base = VersionGrouping.baseName(titles[position].name) else { return nil }
        let name = titles[position].name.trimmingCharacters(in: .whitespaces)
        let tag = name.dropFirst(base.count).trimmingCharacters(in: CharacterSet(charactersIn: " :()"))
        return tag.lowercased().hasSuffix(" version") ? String(tag.dropLast(" version".count)) : tag
    }
}
