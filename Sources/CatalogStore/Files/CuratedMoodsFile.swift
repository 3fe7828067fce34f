import Catalog
import Foundation

/// A mood profile judged by a person who knows the work, with an optional
/// one-sentence logline written by the project.
public struct CuratedMood: Hashable, Sendable {
    public var profile: MoodProfile
    public var logline: String?
    /// How well regarded the work is, where the curator knows its reception.
    public var standing: Standing?
    public var madeFor: MadeFor = .everyone
    /// How the profile was judged; nil in files that do not say.
    public var method: CurationMethod?

    public init(profile: MoodProfile, logline: String? = nil, standing: Standing? = nil, madeFor: MadeFor = .everyone,
                method: CurationMethod? = nil) {
        self.profile = profile
        self.logline = logline
        self.standing = standing
        self.madeFor = madeFor
        self.method = method
    }
}

/// `catalog/moods.tsv`: hand-curated mood profiles. Columns `id`, `tones`
/// (`code=weight` pairs, weights 0.1–1), `valence` and `energy` (−1…1,
/// empty to derive them from the tones), `logline` (optional), and in the
/// current format `standing`, `audience` and `judged` (older files without
/// them still load).
public enum CuratedMoodsFile {
    public static let fileName = "moods.tsv"
    public static let columns = ["id", "tones", "valence", "energy", "logline", "standing", "audience", "judged"]
    /// The format before standing, audience and how it was judged.
    public static let shortColumns = Array(columns.prefix(5))
    static let loglineLimit = 160

    /// Parses the file; ids must be among `knownIDs`.
    public static func parse(_ data: Data, fileName: String = fileName, knownIDs: Set<TitleID>)
        -> (moods: [TitleID: CuratedMood], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: TSVFile.header(of: data) == shortColumns ? shortColumns : columns)
        var moods: [TitleID: CuratedMood] = [:]
        var ids = SideFileIDs(known: knownIDs)
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = ids.read(record.fields[0], problems: &problems)

            var tones = ToneVector()
            if record.fields[1].isEmpty { problems.add("tones", "at least one tone is needed") }
            for pair in record.fields[1].split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, let tone = Tone(code: String(parts[0])) else {
                    problems.add("tones", "'\(SafeText.display(String(pair)))' is not code=weight with a known tone")
                    continue
                }
                guard let weight = Float(parts[1]), weight > 0, weight <= 1 else {
                    problems.add("tones", "weight of \(tone.code) must be above 0 and at most 1")
                    continue
                }
                if tones[tone] != 0 { problems.add("tones", "\(tone.code) is given twice") }
                tones[tone] = weight
            }
            let valence = coordinate(record.fields[2], field: "valence", problems: &problems)
            let energy = coordinate(record.fields[3], field: "energy", problems: &problems)
            if record.fields[2].isEmpty != record.fields[3].isEmpty { problems.add("energy", "give both valence and energy, or neither") }
            let logline = String(record.fields[4])
            if !SafeText.isClean(logline) { problems.add("logline", "contains control characters") }
            if logline.count > loglineLimit { problems.add("logline", "longer than \(loglineLimit) characters") }

            var standing: Standing?
            var madeFor = MadeFor.everyone
            var method: CurationMethod?
            if record.fields.count > 5 {
                let fields = record.fields
                if !fields[5].isEmpty && fields[5] != "-" {
                    standing = Standing(rawValue: String(fields[5]))
                    if standing == nil { problems.add("standing", "'\(SafeText.display(String(fields[5])))' must be acclaimed, liked, cult, mixed, panned or -") }
                }
                if !fields[6].isEmpty && fields[6] != "-" {
                    madeFor = MadeFor(rawValue: String(fields[6])) ?? .everyone
                    if MadeFor(rawValue: String(fields[6])) == nil || madeFor == .everyone {
                        problems.add("audience", "'\(SafeText.display(String(fields[6])))' must be family, children, young-children, promo or -")
                    }
                }
                method = CurationMethod(rawValue: String(fields[7]))
                if method == nil { problems.add("judged", "'\(SafeText.display(String(fields[7])))' must be hand or ai-assisted") }
            }

            if problems.list.isEmpty {
                let point = valence.flatMap { v in energy.map { MoodPoint(valence: v, energy: $0) } }
                moods[id] = CuratedMood(
                    profile: MoodProfile(point: point ?? MoodProfile.point(for: tones), tones: tones, source: .curated),
                    logline: logline.isEmpty ? nil : logline, standing: standing, madeFor: madeFor, method: method)
            }
            diagnostics += problems.list
        }
        return (moods, diagnostics)
    }

    private static func coordinate(_ field: Substring, field name: String, problems: inout RecordProblems) -> Float? {
        guard !field.isEmpty else { return nil }
        guard let value = Float(field), (-1...1).contains(value) else {
            problems.add(name, "'\(SafeText.display(String(field)))' must be a number from -1 to 1")
            return nil
        }
        return value
    }
}

/// `catalog/ai-use.tsv`: curated disclosures of generative-AI use. Columns
/// `id`, `status` (`used` or `none`), `note` (who reported it, and when).
public enum AIUseFile {
    public static let fileName = "ai-use.tsv"
    public static let columns = ["id", "status", "note"]

    public static func parse(_ data: Data, fileName: String = fileName, knownIDs: Set<TitleID>)
        -> (disclosures: [TitleID: AIUse], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: columns)
        var disclosures: [TitleID: AIUse] = [:]
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = TitleID(String(record.fields[0]))
            if !knownIDs.contains(id) { problems.add("id", "'\(SafeText.display(id.rawValue))' is not a title of the catalog") }
            if disclosures[id] != nil { problems.add("id", "duplicate id '\(id)'") }
            let note = String(record.fields[2])
            if note.isEmpty { problems.add("note", "say who reported it and when") }
            if !SafeText.isClean(note) { problems.add("note", "contains control characters") }
            var use: AIUse?
            switch record.fields[1] {
            case "used": use = .used(note: note)
            case "none": use = AIUse.none(note: note)
            default: problems.add("status", "'\(SafeText.display(String(record.fields[1])))' must be used or none")
            }
            if problems.list.isEmpty, let use { disclosures[id] = use }
            diagnostics += problems.list
        }
        return (disclosures, diagnostics)
    }
}
