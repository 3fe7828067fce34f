extension AppState {
    mutating func showStats() -> [Effect] {
        stack = [.home, .stats]
        statsScroll = 0
        // "How varied your last suggestions were" needs them up to date.
        return suggestions.isStale ? refreshSuggestions() : []
    }

    /// The lines of the stats screen at the current width.
    public var statsLines: [StatsLine] { StatsDocument.lines(self, width: Viewport.statsTextWidth(width: width)) }

    var maxStatsScroll: Int {
        guard screen == .stats else { return 0 }
        return max(0, statsLines.count - Viewport.visibleItems(self, on: .stats))
    }
}
