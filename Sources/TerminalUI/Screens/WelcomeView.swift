import Catalog
import ViewModel

/// The first launch: what Marquee starts from, the mood key, and a few
/// well-known titles to rate. It covers the whole body (nothing to read
/// underneath yet).
enum WelcomeView {
    static func draw(_ welcome: WelcomeState, state: AppState, in body: Rect, into frame: inout Frame, theme: Theme) {
        let key = { (command: WelcomeCommand) in Keymap.keyName(command, in: Keymap.welcome) }
        let inner = Box.draw(body, in: &frame.grid, title: "Welcome to Marquee", focused: true, theme: theme)
        guard inner.width > 2, inner.height > 0 else { return }
        let width = inner.width - 2
        var intro: [StyledLine] = [
            [Span("Suggestions start from how you feel tonight and what you like.", theme.text)],
            [],
            [Span(" \(key(.moodPicker)) ", theme.keyHint), Span(" say how you feel: the mood picker", theme.text)],
            [],
            [Span("Rate a few titles you know (", theme.text), Span("\(key(.rate(1)))-\(key(.rate(5)))", theme.keyHint),
             Span("), so suggestions learn your taste:", theme.text)],
        ]
        let introRows = Viewport.welcomeIntroRows(height: state.height)
        if introRows < intro.count { intro.removeAll { $0.isEmpty } }
        for (row, line) in intro.enumerated() where row < min(introRows, inner.height) {
            frame.grid.put(line, x: inner.x + 1, y: inner.y + row, maxWidth: width)
        }
        let top = inner.y + introRows
        drawImportCommands(state: state, in: inner, theme: theme, into: &frame)
        let visible = min(Viewport.welcomeRows(height: state.height), inner.maxY - top)
        guard visible > 0 else { return }
        if welcome.picks.isEmpty {
            frame.grid.put("(the catalog names no well-regarded titles yet: browse with Esc)", x: inner.x + 1, y: top,
                           style: theme.dim, maxWidth: width)
            return
        }
        let start = min(max(0, welcome.list.offset), max(0, welcome.picks.count - visible))
        for row in 0..<visible {
            let index = start + row
            guard index < welcome.picks.count else { break }
            let selected = index == welcome.list.selection
            TitleRow.draw(state.library.titles[welcome.picks[index]], state: state, x: inner.x, y: top + row, width: inner.width,
                          selected: selected, focused: true, into: &frame.grid, theme: theme)
            if selected { frame.cursor = (inner.x, top + row) }
        }
    }

    /// "Or import your history" and one command per service, at the foot
    /// of the box, when the terminal is tall enough to keep the titles too.
    static func drawImportCommands(state: AppState, in inner: Rect, theme: Theme, into frame: inout Frame) {
        let rows = Viewport.welcomeImportRows(height: state.height)
        guard rows > 0, inner.height >= rows else { return }
        let commands = WelcomeState.importCommands
        let commandWidth = (commands.map(\.command.count).max() ?? 0) + 2
        var y = inner.maxY - commands.count - 1
        frame.grid.put("Or import your history from another service (quit, then in a shell):", x: inner.x + 1, y: y,
                       style: theme.text, maxWidth: inner.width - 2)
        for (command, what) in commands {
            y += 1
            let padded = command.padding(toLength: commandWidth, withPad: " ", startingAt: 0)
            frame.grid.put([Span("  " + padded, theme.strong), Span(what, theme.dim)], x: inner.x + 1, y: y, maxWidth: inner.width - 2)
        }
    }
}
