import Catalog
import Foundation

/// Reads a `marquee export` document back: its entries as history rows
/// (matched by id, or by name, year and kind where the catalog lacks the
/// id) and the settings it carries. Every earlier format is accepted.
public struct MarqueeExportReader {
    /// What the document says beyond rows.
    public struct Result: Sendable {
        public var read: HistoryRead
        public var mood: MoodSetting?
        public var diversity: Float?
        public var rewatches: Bool?
    }

    public init() {}

    public func read(at url: URL, sink: HistoryRowSink = HistoryRowSink()) throws -> Result {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoreError.unreadableFile(path: url.path, reason: "cannot read the file")
        }
        let document: MarqueeExport
        do { document = try JSONDecoder().decode(MarqueeExport.self, from: data) } catch {
            throw StoreError.invalidFile(location: "\(file):1", reason: "not a Marquee export (\(Self.decodingProblem(error)))")
        }
        guard (1...MarqueeExport.currentFormat).contains(document.format) else {
            throw StoreError.invalidFile(location: "\(file):1", reason:
                "format: \(document.format) is from a newer Marquee; this one reads formats 1 to \(MarqueeExport.currentFormat)")
        }
        let lines = JSONElementLines.lines(in: data)
        var read = HistoryRead(source: .marquee, files: [file], sink: sink)
        func each(_ key: String, _ entries: [MarqueeExport.Entry]?, _ facts: (MarqueeExport.Entry, Int) throws -> [HistoryRow.Fact]) {
            for (index, entry) in (entries ?? []).enumerated() {
                let line = lines[key]?[safe: index] ?? 1
                do {
                    guard !entry.id.isEmpty else { throw problem(file, line, "id", "empty") }
                    var row = HistoryRow(file: file, line: line, name: SafeText.collapsingWhitespace(entry.title ?? entry.id),
                                         year: entry.year, kind: entry.kind.flatMap(TitleKind.init(rawValue:)), imdbID: entry.imdb,
                                         titleID: TitleID(entry.id), facts: try facts(entry, line))
                    if let source = entry.source {
                        guard let known = HistorySource(rawValue: source), known != .marquee else {
                            throw problem(file, line, "source", "'\(SafeText.display(source))' is not a service Marquee imports from")
                        }
                        row.origin = known
                    }
                    read.sink.add(row)
                } catch let failure as HistoryProblem {
                    read.problems.append(failure)
                } catch {
                    read.problems.append(problem(file, line, "", "\(error)"))
                }
            }
        }
        each("ratings", document.ratings) { entry, line in
            guard let stars = entry.stars, let rating = Rating(stars: stars) else {
                throw problem(file, line, "stars", "\(entry.stars.map { "\($0)" } ?? "missing"): not half stars from 0.5 to 5")
            }
            let at: Date?
            if let stamp = entry.ratedAt {
                guard let moment = MarqueeExport.moment(stamp) else { throw problem(file, line, "ratedAt", "'\(SafeText.display(stamp))' is not a time") }
                at = moment
            } else if let day = entry.ratedOn {
                guard let date = CalendarDate(iso: day) else { throw problem(file, line, "ratedOn", "'\(SafeText.display(day))' is not a day") }
                at = HistoryValues.moment(date)
            } else {
                at = nil
            }
            return [.rated(rating, on: at)]
        }
        each("watched", document.watched) { entry, line in
            var day: CalendarDate?
            if let on = entry.on {
                guard let date = CalendarDate(iso: on) else { throw problem(file, line, "on", "'\(SafeText.display(on))' is not a day") }
                day = date
            }
            return [.watched(on: day, rewatch: entry.rewatch ?? false)]
        }
        each("watchlist", document.watchlist) { entry, line in
            [.watchlisted(on: try Self.moment(entry.addedAt, "addedAt", file, line))]
        }
        each("notForMe", document.notForMe) { entry, line in
            [.notForMe(on: try Self.moment(entry.hiddenAt, "hiddenAt", file, line))]
        }
        each("liked", document.liked) { entry, line in
            guard entry.source != nil else { throw problem(file, line, "source", "missing: a like names the service it came from") }
            return [.liked]
        }
        each("moodCorrections", document.moodCorrections) { entry, line in
            var tones = ToneVector()
            for (code, weight) in entry.tones ?? [:] {
                guard let tone = Tone(code: code) else { throw problem(file, line, "tones", "'\(SafeText.display(code))' is not a tone") }
                guard weight.isFinite, (0...1).contains(weight) else { throw problem(file, line, "tones", "\(code) \(weight) is not from 0 to 1") }
                tones[tone] = weight
            }
            return [.corrected(tones, on: try Self.moment(entry.correctedAt, "correctedAt", file, line))]
        }
        var diversity = document.diversity
        if let value = diversity, !(value.isFinite && (0...1).contains(value)) {
            read.problems.append(problem(file, 1, "diversity", "\(value) is not from 0 to 1"))
            diversity = nil
        }
        var mood: MoodSetting?
        if let entry = document.mood {
            mood = entry.setting
            if mood == nil { read.problems.append(problem(file, 1, "mood", "'\(SafeText.display(entry.mood))' is not a mood setting Marquee knows")) }
        }
        return Result(read: read, mood: mood, diversity: diversity, rewatches: document.rewatches)
    }

    private static func moment(_ text: String?, _ field: String, _ file: String, _ line: Int) throws -> Date? {
        guard let text else { return nil }
        guard let date = MarqueeExport.moment(text) else { throw problem(file, line, field, "'\(SafeText.display(text))' is not a time") }
        return date
    }

    /// What the decoder objected to, in a few words.
    static func decodingProblem(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        default: "not JSON"
        }
    }
}

private func problem(_ file: String, _ line: Int, _ field: String, _ message: String) -> HistoryProblem {
    HistoryProblem(file: file, line: line, field: field, message: message)
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
