import Catalog
import Recommender

/// The stats screen as lines: how you rate, what you rate by genre, where
/// your rated titles sit on the mood map, and how varied your suggestions are.
public struct StatsLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case heading, text, blank
        /// A labelled bar: label, 0…1, the figure after the bar.
        case bar(label: String, value: Float, figure: String)
        /// One row of the mood map: braille cells, or axis marks where a cell is empty.
        case map(String)
    }

    public var kind: Kind
    public var text: String

    static func heading(_ text: String) -> StatsLine { StatsLine(kind: .heading, text: text) }
    static func text(_ text: String) -> StatsLine { StatsLine(kind: .text, text: text) }
    static let blank = StatsLine(kind: .blank, text: "")
}

public enum StatsDocument {
    public static let labelWidth = 14
    static let genresShown = 8

    public static func lines(_ state: AppState, width: Int) -> [StatsLine] {
        let library = state.library
        let rated = state.signals.ratings.compactMap { id, rating in library.position(of: id).map { ($0, rating.stars) } }
        var lines: [StatsLine] = []
        // What an import brought comes first: it is what a person who just imported looks for.
        lines += importLines(state)
        guard !rated.isEmpty else {
            lines.append(.heading("Your stats"))
            lines.append(.text("No ratings yet: rate titles with 1 to 5 and your stars, genres and moods show here."))
            lines.append(.blank)
            lines += suggestionLines(state)
            return lines
        }
        // Stars, in whole-star bins (a half star counts with the star above).
        let bins = (1...5).map { star in rated.filter { Int(($0.1).rounded(.up)) == star }.count }
        let most = max(1, bins.max() ?? 1)
        lines.append(.heading("Your stars · \(rated.count) rated, mean \(String(format: "%.1f", rated.map(\.1).reduce(0, +) / Double(rated.count)))"))
        for star in (1...5).reversed() {
            let count = bins[star - 1]
            lines.append(StatsLine(kind: .bar(label: String(repeating: "★", count: star), value: Float(count) / Float(most),
                                              figure: "\(count)"), text: ""))
        }
        lines.append(.blank)

        // By genre: how many you rated and how you rated them on average.
        var byGenre: [Genre: [Double]] = [:]
        for (position, stars) in rated {
            for genre in library.titles[position].genres where !genre.isDescriptiveOnly { byGenre[genre, default: []].append(stars) }
        }
        let genres = byGenre.sorted { ($0.value.count, $1.key.rawValue) > ($1.value.count, $0.key.rawValue) }.prefix(genresShown)
        lines.append(.heading("By genre · bar = mean stars, then how many"))
        for (genre, stars) in genres {
            let mean = stars.reduce(0, +) / Double(stars.count)
            lines.append(StatsLine(kind: .bar(label: genre.displayName, value: Float(mean / 5),
                                              figure: String(format: "%.1f★ · %d", mean, stars.count)), text: ""))
        }
        lines.append(.blank)

        lines.append(.heading("Where your rated titles sit on the mood map"))
        lines += moodMap(rated.map { library.profile(at: $0.0, corrections: state.signals.corrections).point }, width: width)
        lines.append(.blank)
        lines += suggestionLines(state)
        return lines
    }

    /// "Imported": each service's latest import, what it read and what
    /// came of it, then a blank line; nothing when nothing was imported.
    static func importLines(_ state: AppState) -> [StatsLine] {
        guard !state.imports.isEmpty else { return [] }
        var lines: [StatsLine] = [.heading("Imported · latest import from each service")]
        for record in state.imports {
            let when = record.on.map { " on \($0.iso)" } ?? ""
            lines.append(.text("\(record.source)\(when): \(record.rows) row\(record.rows == 1 ? "" : "s"), \(record.matched) matched, "
                + "\(record.unmatched) unmatched"))
            lines.append(.text("  \(record.newRatings) new rating\(record.newRatings == 1 ? "" : "s"), "
                + "\(record.viewings) viewing\(record.viewings == 1 ? "" : "s")"))
        }
        lines.append(.blank)
        return lines
    }

    /// Valence left to right, energy bottom to top, one braille dot per title.
    static func moodMap(_ points: [MoodPoint], width: Int) -> [StatsLine] {
        let columns = max(10, min(width - 2, 48)), rows = max(4, columns / 4)
        var canvas = BrailleCanvas(columns: columns, rows: rows)
        for point in points { canvas.plot(x: (point.valence + 1) / 2, y: (1 - point.energy) / 2) }
        var lines = [StatsLine.text("excited ↑".padding(toLength: columns, withPad: " ", startingAt: 0))]
        for row in 0..<rows {
            var text = ""
            for column in 0..<columns {
                if canvas.isSet(column: column, row: row) {
                    text.append(canvas.character(column: column, row: row))
                } else if row == rows / 2 && column == columns / 2 {
                    text.append("┼")
                } else if row == rows / 2 {
                    text.append("┄")
                } else if column == columns / 2 {
                    text.append("┆")
                } else {
                    text.append(" ")
                }
            }
            lines.append(StatsLine(kind: .map(text), text: text))
        }
        let left = "← unpleasant", right = "pleasant →"
        lines.append(.text(left + String(repeating: " ", count: max(1, columns - left.count - right.count)) + right))
        lines.append(.text("calm ↓"))
        return lines
    }

    /// How varied the current suggestions are.
    static func suggestionLines(_ state: AppState) -> [StatsLine] {
        let items = state.suggestions.items
        var lines: [StatsLine] = [.heading("Your last suggestions · \(state.moodSetting.mood.displayName), dial \(DiversityGauge.number(state.suggestions.diversity))")]
        guard items.count > 1 else {
            lines.append(.text("None yet: press \(Keymap.keyName(Command.suggestions, in: state.keymap)) for suggestions."))
            return lines
        }
        let variety = Recommender.variety(of: items.map(\.position), in: state.library)
        let genres = Set(items.flatMap { state.library.titles[$0.position].genres.filter { !$0.isDescriptiveOnly } })
        lines.append(StatsLine(kind: .bar(label: "Variety", value: variety, figure: String(format: "%.2f", variety)), text: ""))
        let offbeat = items.filter(\.isOutsideUsual).count
        lines.append(.text("\(items.count) titles across \(genres.count) genres; \(offbeat) off-the-usual pick\(offbeat == 1 ? "" : "s")."))
        lines.append(.text("Variety is 1 − the mean likeness of every pair (genres and tones); ] raises it."))
        return lines
    }
}
