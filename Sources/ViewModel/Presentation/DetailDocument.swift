import Catalog
import Recommender

/// The detail of one title as lines of a given width, with the meaning of
/// each line so the renderer can style it. Built here, not in the renderer,
/// so that the reducer knows how far the detail can scroll.
public struct DetailLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case title, facts, genres, blank
        case reason
        /// The project's own one-sentence premise.
        case logline
        /// A disclosure worth noticing, such as generative-AI use.
        case badge
        /// "label  value"; continuation lines of a wrapped value have an empty label.
        case field(label: String)
        /// A tone of the mood profile and its weight 0…1.
        case tone(Tone, Float)
        case stars(Rating?)
        /// The heading above versions or similar titles.
        case section
        /// The n-th other version of the work (selectable with Tab).
        case version(Int)
        /// The n-th similar title of the detail screen (selectable with Tab).
        case similar(Int)

        /// What choosing this line chooses, if it can be chosen.
        public var choice: DetailChoice? {
            switch self {
            case let .version(index): .version(index)
            case let .similar(index): .similar(index)
            default: nil
            }
        }
    }

    public var kind: Kind
    public var text: String
}

public enum DetailDocument {
    /// Width of the label column of fields.
    public static let labelWidth = 12

    /// `versions` are the work's other versions to list one per line (the
    /// detail screen); nil sums them up in one field (the detail pane).
    public static func lines(position: Int, state: AppState, width: Int, reason: String?,
                             versions: [Int]? = nil, similar: [SimilarTitles.Match] = [],
                             findingSimilar: Bool = false) -> [DetailLine] {
        let library = state.library
        let title = library.titles[position]
        let profile = library.profile(at: position, corrections: state.signals.corrections)
        let signals = state.signals
        var lines: [DetailLine] = []
        let keys = (next: Keymap.keyName(Command.nextPane, in: state.keymap, preferring: .tab),
                    open: Keymap.keyName(Command.open, in: state.keymap))
        func wrapped(_ kind: DetailLine.Kind, _ text: String) {
            for line in TextWrap.lines(SafeText.display(text), width: width) { lines.append(DetailLine(kind: kind, text: line)) }
        }
        func field(_ label: String, _ value: String) {
            let valueWidth = max(1, width - labelWidth)
            for (index, line) in TextWrap.lines(SafeText.display(value), width: valueWidth).enumerated() {
                lines.append(DetailLine(kind: .field(label: index == 0 ? label : ""), text: line))
            }
        }
        let blank = DetailLine(kind: .blank, text: "")

        wrapped(.title, title.name)
        wrapped(.facts, [title.kind.displayName, String(title.year), title.lengthDescription, title.maturity.rawValue]
            .joined(separator: " · "))
        if !title.genres.isEmpty { wrapped(.genres, title.genres.map(\.displayName).joined(separator: " · ")) }
        if title.aiUse != .unknown { wrapped(.badge, title.aiUse.badge) }
        if let logline = library.loglines[title.id] {
            lines.append(blank)
            wrapped(.logline, logline + " (logline by Marquee)")
        }
        if let reason {
            lines.append(blank)
            wrapped(.reason, reason)
        }
        lines.append(blank)
        lines.append(DetailLine(kind: .stars(signals.ratings[title.id]), text: signals.ratings[title.id]?.starText ?? "not rated"))
        if signals.ratings[title.id] != nil, let source = signals.ratingSources[title.id] { field("", "imported from \(source)") }
        if let watched = signals.watched[title.id] { field("Watched", watched.detailText) }
        if signals.liked.contains(title.id) { field("Liked", "yes (imported)") }
        field("Watchlist", signals.watchlist.contains(title.id) ? "yes" : "no")
        if signals.hidden.contains(title.id) { field("Not for me", "hidden from suggestions") }
        if versions == nil {
            let others = library.versions(of: position).filter { $0 != position }
            if !others.isEmpty {
                field("Versions", "\(others.count) more: " + others.map { library.versionTag(at: $0) ?? "original" }.joined(separator: ", "))
            }
        }
        lines.append(blank)
        if let versions, !versions.isEmpty {
            lines.append(DetailLine(kind: .section, text: "Other versions · \(keys.next) to choose, \(keys.open) to open and rate"))
            for (index, other) in versions.enumerated() {
                let version = library.titles[other]
                let stars = signals.ratings[version.id].map { " · \($0.starText)" } ?? ""
                let text = SafeText.display("\(version.nameAndYear) · \(library.versionLabel(at: other))\(stars)")
                lines.append(DetailLine(kind: .version(index), text: TextWrap.lines(text, width: max(1, width - 2)).first ?? ""))
            }
            lines.append(blank)
        }
        let provenance = library.provenance(at: position, corrections: state.signals.corrections)
        field("Mood", provenance.text)
        let tones = profile.tones.strongest(above: 0.1).prefix(5)
        for tone in tones { lines.append(DetailLine(kind: .tone(tone, profile.tones[tone]), text: tone.adjective)) }
        if tones.isEmpty { field("", "no strong tone") }
        if let standing = provenance.standingText(community: state.community.standings[title.id]) { field("Standing", standing) }
        if provenance.madeFor != .everyone { field("Made for", provenance.madeFor.displayName) }
        lines.append(blank)
        if !similar.isEmpty {
            lines.append(DetailLine(kind: .section, text: "Similar titles · \(keys.next) to choose, \(keys.open) to open"))
            for (index, match) in similar.enumerated() {
                let other = library.titles[match.position]
                let text = SafeText.display("\(other.nameAndYear) · \(match.because)")
                lines.append(DetailLine(kind: .similar(index), text: TextWrap.lines(text, width: max(1, width - 2)).first ?? ""))
            }
            lines.append(blank)
        } else if findingSimilar {
            lines.append(DetailLine(kind: .section, text: "Similar titles · looking…"))
            lines.append(blank)
        }
        if !title.directors.isEmpty { field(title.directors.count == 1 ? "Director" : "Directors", title.directors.joined(separator: ", ")) }
        if !title.cast.isEmpty { field("Cast", title.cast.joined(separator: ", ")) }
        if !title.countries.isEmpty { field(title.countries.count == 1 ? "Country" : "Countries", title.countries.joined(separator: ", ")) }
        if let added = title.dateAdded { field("Added", added.iso) }
        switch title.aiUse {
        case .unknown: field("AI use", "unknown")
        case let .used(note): field("AI use", "reported: \(note)")
        case let .none(note): field("AI use", "none, say the makers: \(note)")
        }
        field("Id", title.id.rawValue)
        return lines
    }
}
