import Catalog
import Foundation

/// The reviewer panel's folder (`catalog/panel/`): `panel.tsv` (the first
/// judges' lines), `personas.tsv`, and optionally `second-judge.tsv` (a
/// re-judged sample, same columns as the panel) and `floors.tsv`. Formats in
/// docs/moods.md ("The reviewer panel").
public enum PanelFiles {
    public static let panelFileName = "panel.tsv"
    public static let personasFileName = "personas.tsv"
    public static let secondJudgeFileName = "second-judge.tsv"
    public static let floorsFileName = "floors.tsv"

    public static let judgementColumns = ["id", "title", "year", "suits", "with-kids", "flags", "basis", "judge"]
    public static let personaColumns = ["persona", "company", "id", "stars"]
    public static let floorColumns = ["row", "floor"]

    /// Reads the folder; every problem of every file is reported as
    /// `file:line: field: message` and refuses the panel.
    public static func load(directory: URL, knownIDs: Set<TitleID>) throws -> ReviewerPanel {
        func read(_ name: String, required: Bool) throws -> Data? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if required { throw StoreError.unreadableFile(path: url.path, reason: "no such file (the reviewer panel is needed)") }
                return nil
            }
            do { return try Data(contentsOf: url) } catch {
                throw StoreError.unreadableFile(path: url.path, reason: "cannot read (\(error.localizedDescription))")
            }
        }
        var diagnostics: [Diagnostic] = []
        let first = parseJudgements(try read(panelFileName, required: true)!, fileName: panelFileName, knownIDs: knownIDs)
        diagnostics += first.diagnostics
        let personas = parsePersonas(try read(personasFileName, required: true)!, knownIDs: knownIDs)
        diagnostics += personas.diagnostics
        var second: [TitleID: PanelJudgement] = [:]
        if let data = try read(secondJudgeFileName, required: false) {
            let parsed = parseJudgements(data, fileName: secondJudgeFileName, knownIDs: knownIDs)
            second = parsed.judgements
            diagnostics += parsed.diagnostics
        }
        var floors: [String: Double] = [:]
        if let data = try read(floorsFileName, required: false) {
            let parsed = parseFloors(data)
            floors = parsed.floors
            diagnostics += parsed.diagnostics
        }
        guard diagnostics.isEmpty else { throw StoreError.invalidCatalog(diagnostics) }
        return ReviewerPanel(judgements: first.judgements, personas: personas.personas, secondOpinions: second, floors: floors)
    }

    /// Parses judgement lines (`panel.tsv` or `second-judge.tsv`).
    public static func parseJudgements(_ data: Data, fileName: String, knownIDs: Set<TitleID>)
        -> (judgements: [TitleID: PanelJudgement], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: judgementColumns)
        var judgements: [TitleID: PanelJudgement] = [:]
        var ids = SideFileIDs(known: knownIDs)
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let id = ids.read(record.fields[0], problems: &problems)
            let suits = moods(record.fields[3], field: "suits", problems: &problems)
            let withKids = moods(record.fields[4], field: "with-kids", problems: &problems)
            var judgement = PanelJudgement(id: id, suits: suits, withKids: withKids)
            for flag in list(record.fields[5]) {
                switch flag {
                case "kids": judgement.madeForYoungChildren = true
                case "promo": judgement.promotional = true
                case "uplifting": judgement.uplifting = true
                case let flag where flag.hasPrefix("version="):
                    let original = TitleID(String(flag.dropFirst("version=".count)))
                    if !knownIDs.contains(original) || original == id {
                        problems.add("flags", "'\(SafeText.display(flag))' must name another title of the catalog")
                    }
                    judgement.versionOf = original
                default:
                    problems.add("flags", "'\(SafeText.display(flag))' is not kids, promo, uplifting or version=ID")
                }
            }
            if let basis = PanelJudgement.Basis(rawValue: String(record.fields[6])) {
                judgement.basis = basis
            } else {
                problems.add("basis", "'\(SafeText.display(String(record.fields[6])))' must be known or read")
            }
            judgement.judge = String(record.fields[7])
            if judgement.judge.isEmpty || !SafeText.isClean(judgement.judge) { problems.add("judge", "a judge code is needed") }
            if problems.list.isEmpty { judgements[id] = judgement }
            diagnostics += problems.list
        }
        return (judgements, diagnostics)
    }

    /// Parses `personas.tsv`: one rating per line, grouped by persona.
    public static func parsePersonas(_ data: Data, fileName: String = personasFileName, knownIDs: Set<TitleID>)
        -> (personas: [PanelPersona], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: personaColumns)
        var personas: [PanelPersona] = []
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            let name = String(record.fields[0])
            if name.isEmpty || !SafeText.isClean(name) { problems.add("persona", "a name is needed") }
            let audience = Audience(rawValue: String(record.fields[1]))
            if audience == nil { problems.add("company", "'\(SafeText.display(String(record.fields[1])))' must be alone, partner, friends or kids") }
            let id = TitleID(String(record.fields[2]))
            if !knownIDs.contains(id) { problems.add("id", "'\(SafeText.display(id.rawValue))' is not a title of the catalog") }
            let rating = Double(record.fields[3]).flatMap(Rating.init(stars:))
            if rating == nil { problems.add("stars", "'\(SafeText.display(String(record.fields[3])))' must be 0.5 to 5 in half steps") }
            if let index = personas.firstIndex(where: { $0.name == name }), let audience, personas[index].audience != audience {
                problems.add("company", "\(name) is watching \(personas[index].audience.rawValue) on an earlier line")
            }
            if problems.list.isEmpty, let audience, let rating {
                if let index = personas.firstIndex(where: { $0.name == name }) {
                    personas[index].ratings[id] = rating
                } else {
                    personas.append(PanelPersona(name: name, audience: audience, ratings: [id: rating]))
                }
            }
            diagnostics += problems.list
        }
        return (personas, diagnostics)
    }

    /// Parses `floors.tsv`: row name and the lowest figure accepted today.
    public static func parseFloors(_ data: Data, fileName: String = floorsFileName)
        -> (floors: [String: Double], diagnostics: [Diagnostic]) {
        let file = TSVFile(data, fileName: fileName, columns: floorColumns)
        var floors: [String: Double] = [:]
        var diagnostics = file.diagnostics
        for record in file.records {
            var problems = RecordProblems(file: fileName, line: record.line)
            guard let value = Double(record.fields[1]), (0...1).contains(value) else {
                problems.add("floor", "'\(SafeText.display(String(record.fields[1])))' must be a number from 0 to 1")
                diagnostics += problems.list
                continue
            }
            floors[String(record.fields[0])] = value
        }
        return (floors, diagnostics)
    }

    private static func list(_ field: Substring) -> [String] {
        field == "-" || field.isEmpty ? [] : field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func moods(_ field: Substring, field name: String, problems: inout RecordProblems) -> Set<NamedMood> {
        var result: Set<NamedMood> = []
        for item in list(field) {
            if let mood = NamedMood(rawValue: String(item)) {
                result.insert(mood)
            } else {
                problems.add(name, "'\(SafeText.display(item))' is not a named mood")
            }
        }
        return result
    }
}
