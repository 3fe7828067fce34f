/// Every intent a key can express outside text entry and the mood picker.
/// One case per row of the canonical keymap (docs/keymap.md).
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, nextPane, previousPane, first, last, pageDown, pageUp
    case open, back, search, filters, sort, clearFilters, correctMood
    case rate(Int)
    /// Half a star more or less on the selected title's rating.
    case halfStarUp, halfStarDown
    case clearRating, undo, toggleWatchlist, notForMe
    case moodPicker, suggestions, lessDiversity, moreDiversity, surprise
    /// Let titles already watched back into suggestions, or leave them out.
    case toggleRewatches
    case browse, watchlist, ratings, notForMeList, stats
    case help, quit, forceQuit
}

/// Keys inside the search line.
public enum SearchLineCommand: Hashable, Sendable {
    case accept, cancel, deleteBackward, deleteWord, deleteToStart, cursorLeft, cursorRight, cursorToStart, cursorToEnd
    case moveDown, moveUp, forceQuit
}

/// Keys inside the mood picker.
public enum MoodPickerCommand: Hashable, Sendable {
    case nextField, previousField, up, down, left, right, apply, cancel, forceQuit
}

/// Keys inside the first launch's welcome.
public enum WelcomeCommand: Hashable, Sendable {
    case down, up, rate(Int), clearRating, undo, moodPicker, close, forceQuit
}

/// Keys inside the help overlay.
public enum HelpCommand: Hashable, Sendable {
    case scrollDown, scrollUp, pageDown, pageUp, find, close, forceQuit
}

/// Keys inside the filter form.
public enum FilterFormCommand: Hashable, Sendable {
    case nextField, previousField, previousValue, nextValue, toggle, clearAll, apply, cancel, forceQuit
}

/// Keys inside the sort menu.
public enum SortMenuCommand: Hashable, Sendable {
    case down, up, apply, cancel, forceQuit
}

/// Keys inside the mood-correction overlay.
public enum CorrectionCommand: Hashable, Sendable {
    case down, up, less, more, zero, reset, save, cancel, forceQuit
}
