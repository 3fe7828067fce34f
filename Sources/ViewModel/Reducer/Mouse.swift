extension AppState {
    /// Lines the wheel moves per notch.
    static let wheelStep = 3

    /// Click selects, double click opens, the wheel scrolls what is under it.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        if case let .help(scroll) = overlay {
            let delta = event.kind == .wheelDown ? Self.wheelStep : event.kind == .wheelUp ? -Self.wheelStep : 0
            overlay = .help(scroll: min(max(0, scroll + delta), HelpDocument.maxScroll(height: height, lines: helpLines)))
            return []
        }
        guard overlay == nil, !search.isEditing else { return [] }
        let target = target(atX: event.x, y: event.y)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelStep : -Self.wheelStep
            if screen == .browse && target == .detailPane {
                detailPaneScroll = min(max(0, detailPaneScroll + delta), maxDetailPaneScroll)
            } else if screen == .browse {
                browseFocus = .list
                moveSelection(by: delta)
            } else {
                moveSelection(by: delta)
            }
            return []
        case .click, .doubleClick:
            guard let target else { return [] }
            let opens = event.kind == .doubleClick
            var effects: [Effect] = []
            switch target {
            case let .listItem(index):
                if screen == .browse { browseFocus = .list }
                moveSelection(to: index)
                if opens { effects = openSelected() }
            case let .homeHeading(row):
                if row != home.row { moveHomeRow(by: row - home.row) }
            case let .homeItem(row, item):
                if row != home.row { moveHomeRow(by: row - home.row) }
                moveHomeSelection(to: item)
                if opens { effects = openSelected() }
            case let .detailChoice(choice):
                guard case var .detail(context) = screen else { return [] }
                choose(choice, in: &context)
                stack[stack.count - 1] = .detail(context)
                if opens { effects = openSelected() }
            case .detailPane:
                switchPane(true)
            }
            return effects
        }
    }
}
