import Catalog
import Recommender
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// Columns that grow with the width, a mood map whose names never run into
/// each other, a picker summary that says what lift does, and a header that
/// keeps the mood however deep the detail chain.
@Suite struct LayoutTests {
    typealias Screens = ScreenSnapshotTests

    static func text(_ width: Int, _ height: Int, _ keys: [Key], signals: UserSignals = UserSignals()) -> String {
        Renderer().render(Screens.state(width: width, height: height, keys: keys, signals: signals)).grid.text
    }

    /// At 80 columns a title's name takes the room empty columns used to hold.
    @Test(arguments: [UserSignals(), Screens.rated])
    func namesAreNotCutBesideEmptyColumnsAt80(signals: UserSignals) {
        let home = Self.text(80, 24, [.down], signals: signals)
        #expect(home.contains("The Haunting of Hill House "), "\(home)")
        #expect(home.contains("Grave of the Fireflies "), "\(home)")
    }

    /// At 200 columns the genres column grows, and genres are cut whole.
    @Test func genresGrowWithTheWidth() {
        let browse = Self.text(200, 60, [.character("b")], signals: Screens.rated)
        #expect(browse.contains("Action & Adventure, Sci-Fi & Fantasy"), "\(browse)")
        #expect(browse.contains("Horror, Mystery, Sci-Fi & Fantasy"))
        let rows = browse.split(separator: "\n").filter { $0.contains("Bird Box") || $0.contains("Stranger Things") }
        #expect(rows.count == 2 && rows.allSatisfy { !$0.contains("…") }, "\(rows)")
    }

    /// Every mood's dot is on the map, and every name drawn there sits next
    /// to its own dot with a blank (not another dot or word) on its far side.
    @Test(arguments: [(60, 20), (80, 24), (120, 40), (200, 60)])
    func moodMapNamesNeverRunTogether(width: Int, height: Int) {
        let frame = Renderer().render(Screens.state(width: width, height: height, keys: [.character("m")]))
        let lines = frame.grid.lines().map { Array($0) }
        guard let top = lines.firstIndex(where: { String($0).contains("Mood map") }) else {
            Issue.record("no map\n\(frame.grid.text)")
            return
        }
        let mapLines = lines[(top + 1)...].prefix { !String($0).contains("Strategy") && !String($0).contains("‹") }
        let dots = mapLines.reduce(0) { $0 + $1.filter { $0 == "•" || $0 == "◆" }.count }
        #expect(dots == NamedMood.allCases.count, "\(width)x\(height)\n\(frame.grid.text)")
        let names = Set(NamedMood.allCases.map(\.rawValue))
        // The map box starts under its "Mood map" label.
        let label = String(lines[top]).range(of: "Mood map")!.lowerBound
        let mapX = String(lines[top])[..<label].count
        for line in mapLines {
            guard line.count > mapX, line[mapX] == "│" else { continue }
            let row = Array(line[(mapX + 1)...].prefix { $0 != "│" })
            var index = 0
            while index < row.count {
                guard row[index].isLetter else { index += 1; continue }
                var end = index
                while end < row.count, row[end].isLetter || row[end] == "-" { end += 1 }
                let word = String(row[index..<end])
                if names.contains(word) {
                    let before = index > 0 ? row[index - 1] : " ", after = end < row.count ? row[end] : " "
                    let dotBefore = before == "•" || before == "◆", dotAfter = after == "•" || after == "◆"
                    #expect(dotBefore != dotAfter, "\(width)x\(height): “\(word)” between two dots or none: \(String(row))")
                    let far = dotBefore ? (end < row.count ? row[end] : " ") : (index > 1 ? row[index - 2] : " ")
                    #expect(far != "•" && !far.isLetter, "\(width)x\(height): “\(word)” runs into something: \(String(row))")
                } else {
                    #expect(["unpleasant", "pleasant", "calm", "excited"].contains(word), "\(width)x\(height): “\(word)” in \(String(row))")
                }
                index = end
            }
        }
    }

    /// The summary under the picker says what the suggestions will aim at:
    /// with lift, a tense evening looks for lighter things and avoids the dark.
    @Test func pickerSummaryFollowsLift() {
        func summary(_ keys: [Key]) -> String {
            let lines = Self.text(120, 40, [.character("m")] + keys).split(separator: "\n")
            return String(lines.first { $0.contains("Tense") && $0.contains("wants") } ?? "")
        }
        let match = summary([]), lift = summary([.tab, .tab, .character("l")])
        #expect(match.contains("Tense: wants suspenseful"), "\(match)")
        #expect(lift.contains("Tense, lifted: wants"), "\(lift)")
        let avoided = lift.components(separatedBy: "avoids").last ?? ""
        #expect(avoided.contains("dark") || avoided.contains("scary"), "\(lift)")
        #expect(!(lift.components(separatedBy: "avoids").first ?? "").contains("suspenseful"), "\(lift)")
    }

    /// Three details deep the trail collapses and the mood stays in the header.
    @Test(arguments: [(60, 20), (80, 24)])
    func deepDetailKeepsTheMoodInTheHeader(width: Int, height: Int) {
        let header = String(Self.text(width, height, Screens.detailChain).split(separator: "\n")[0])
        #expect(header.contains("Home › Detail ×3"), "\(header)")
        #expect(header.contains("mood Tense"), "\(header)")
    }

    @Test func breadcrumbsCollapseRunsAndDropTheOldestFirst() {
        let detail = Screen.detail(DetailContext(id: "x"))
        let stack: [Screen] = [.home, .suggestions, detail, detail, detail]
        #expect(Breadcrumbs.steps(stack) == ["Home", "For you", "Detail ×3"])
        #expect(Breadcrumbs.text(stack, width: 100) == "Home › For you › Detail ×3")
        #expect(Breadcrumbs.text(stack, width: 23) == "… › For you › Detail ×3")
        #expect(Breadcrumbs.text(stack, width: 22) == "… › Detail ×3")
        #expect(Breadcrumbs.text(stack, width: 5) == nil)
    }
}
