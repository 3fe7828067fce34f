import Catalog
import ViewModel

/// Top line: app name, where you are, and tonight's mood.
enum HeaderView {
    static func draw(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let mood = "mood " + state.moodSetting.summary
        let moodWidth = DisplayWidth.of(mood)
        let crumbs = state.stack.map(\.title).joined(separator: " › ")
        var x = 1
        x += grid.put("Marquee", x: x, y: 0, style: theme.headerAccent)
        x += 2
        let roomForCrumbs = state.width - x - 1
        let showMood = roomForCrumbs - DisplayWidth.of(crumbs) >= min(moodWidth, 24) + 2
        let crumbsWidth = showMood ? min(DisplayWidth.of(crumbs), roomForCrumbs) : roomForCrumbs
        x += grid.put(crumbs, x: x, y: 0, style: theme.header, maxWidth: crumbsWidth)
        if showMood {
            let room = state.width - x - 3
            let width = min(moodWidth, room)
            grid.put(mood, x: state.width - 1 - width, y: 0, style: theme.accent, maxWidth: width)
        }
    }
}
