import Catalog
import Foundation

/// The person's history as CSV: for Letterboxd's importer, and as a plain table.
public enum HistoryCSVExport {
    /// Letterboxd's import columns: one row per dated viewing (with the
    /// title's rating), then one per rated title never logged as watched.
    /// Letterboxd takes ratings in half stars, dates as YYYY-MM-DD, Rewatch
    /// as true/false, and matches by imdbID when one is given.
    public static func letterboxd(_ history: UserHistory, title: (TitleID) -> Title?) -> String {
        var lines = ["Title,Year,Rating,WatchedDate,Rewatch,imdbID"]
        func row(_ id: TitleID, watched: CalendarDate?, rewatch: Bool) -> String? {
            guard let known = title(id) else { return nil }
            let rating = history.ratings[id].map { $0.rating.numberText } ?? ""
            return [known.name, String(known.year), rating, watched?.iso ?? "", rewatch ? "true" : "false",
                    history.imdbIDs[id] ?? ""].map(field).joined(separator: ",")
        }
        var logged = Set<TitleID>()
        for viewing in history.viewings where viewing.on != nil {
            if let line = row(viewing.title, watched: viewing.on, rewatch: viewing.rewatch) { lines.append(line) }
            logged.insert(viewing.title)
        }
        for id in history.ratings.keys.sorted() where !logged.contains(id) {
            if let line = row(id, watched: nil, rewatch: false) { lines.append(line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per title the person did anything with.
    public static func table(_ history: UserHistory, title: (TitleID) -> Title?) -> String {
        var lines = ["id,title,year,kind,stars,rated_at,rating_source,last_watched,viewings,watchlist,not_for_me,liked,imdb_id"]
        let viewings = history.viewingsByTitle
        var ids = Set(history.ratings.keys).union(viewings.keys).union(history.watchlist.keys).union(history.hidden.keys)
        ids.formUnion(history.liked.keys)
        for id in ids.sorted() {
            let known = title(id)
            let rating = history.ratings[id]
            let seen = viewings[id] ?? []
            var fields: [String] = [id.rawValue, known?.name ?? "", known.map { String($0.year) } ?? "", known?.kind.rawValue ?? ""]
            fields.append(rating.map { $0.rating.numberText } ?? "")
            fields.append(rating.map { MarqueeExport.stamp($0.at) } ?? "")
            fields.append(rating?.source?.rawValue ?? "")
            fields.append(seen.compactMap(\.on).max()?.iso ?? "")
            fields.append(seen.isEmpty ? "" : String(seen.count))
            fields.append(history.watchlist[id] != nil ? "yes" : "")
            fields.append(history.hidden[id] != nil ? "yes" : "")
            fields.append(history.liked[id] != nil ? "yes" : "")
            fields.append(history.imdbIDs[id] ?? "")
            lines.append(fields.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break; control characters dropped.
    public static func field(_ text: String) -> String {
        let clean = SafeText.display(text)
        guard clean.contains(where: { $0 == "," || $0 == "\"" }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
