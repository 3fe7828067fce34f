import Catalog
import ViewModel

/// Top line: app name, where you are, and tonight's mood.
enum HeaderView {
    static func draw(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let mood = "mood " + state.moodSetting.summary
        let moodWidth = DisplayWidth.of(mood)
        var x = 1
        x += grid.put("Marquee", x: x, y: 0, style: theme.headerAccent)
        x += 2
        let roomForCrumbs = state.width - x - 1
        // The trail gives up its oldest steps before the mood gives way.
        let shortened = Breadcrumbs.text(state.stack, width: roomForCrumbs - min(moodWidth, 24) - 2)
        let crumbs = shortened ?? Breadcrumbs.steps(state.stack).joined(separator: " › ")
        let showMood = shortened != nil
        let crumbsWidth = showMood ? min(DisplayWidth.of(crumbs), roomForCrumbs) : roomForCrumbs
        x += grid.put(crumbs, x: x, y: 0, style: theme.header, maxWidth: crumbsWidth)
        if showMood {
            let room = state.width - x - 3
            let width = min(moodWidth, room)
            grid.put(mood, x: state.width - 1 - width, y: 0, style: theme.accent, maxWidth: width)
        }
    }
}
