import Catalog
import Recommender

extension AppState {
    public var suggestionRequest: Recommender.Request {
        Recommender.Request(setting: moodSetting, diversity: suggestions.diversity, limit: SuggestionsState.limit,
                            rewatches: suggestions.rewatches)
    }

    mutating func showSuggestions() {
        if screen != .suggestions { stack = [.home, .suggestions] }
        if suggestions.isStale { refreshSuggestions() }
    }

    /// Recomputes the list (pure: the recommender only reads the library).
    mutating func refreshSuggestions() {
        suggestions.items = Recommender(library: library, community: community).suggest(suggestionRequest, signals: signals)
        suggestions.isStale = false
        suggestions.list.select(0, count: suggestions.items.count, visible: Viewport.visibleItems(self, on: .suggestions))
    }

    mutating func changeDiversity(by delta: Float) -> [Effect] {
        let before = suggestions.diversity
        let dial = min(max(suggestions.diversity + delta, 0), 1)
        suggestions.diversity = (dial * 10).rounded() / 10
        markRecommendationsStale()
        // The list and the stats of its variety follow the dial at once.
        if screen == .suggestions || screen == .stats { refreshSuggestions() }
        status = .info("Diversity \(DiversityGauge.text(suggestions.diversity))")
        // Remembered like the mood: the next launch and `marquee suggest` start from it.
        return suggestions.diversity == before ? [] : [.saveDiversity(suggestions.diversity)]
    }

    /// Lets watched titles back into the list, or leaves them out again.
    mutating func toggleRewatches() -> [Effect] {
        suggestions.rewatches.toggle()
        markRecommendationsStale()
        if screen == .suggestions || screen == .stats { refreshSuggestions() }
        status = .info(suggestions.rewatches ? "Rewatches on: titles you watched may come back"
                                             : "Rewatches off: titles you watched are left out")
        // Remembered like the dial: the next launch and `marquee suggest` start from it.
        return [.saveRewatches(suggestions.rewatches)]
    }

    mutating func surprise() {
        suggestions.surpriseCount &+= 1
        let pick = Recommender(library: library, community: community)
            .surprise(suggestionRequest, signals: signals, seed: suggestions.surpriseCount)
        guard let pick else {
            status = .info("Nothing fits tonight's limits; try more time or another mood")
            return
        }
        if case .detail = screen { stack.removeLast() }
        pushDetail(pick.id, reason: "surprise · " + pick.reason)
    }
}

/// The diversity dial as a small gauge: "▰▰▰▱▱▱▱▱▱▱ 0.3".
public enum DiversityGauge {
    public static func text(_ value: Float) -> String {
        let filled = Int((value * 10).rounded())
        return String(repeating: "▰", count: filled) + String(repeating: "▱", count: 10 - filled)
            + " " + number(value)
    }

    /// "0.3"
    public static func number(_ value: Float) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
