import Catalog
import Recommender

extension AppState {
    public var suggestionRequest: Recommender.Request {
        Recommender.Request(setting: moodSetting, diversity: suggestions.diversity, limit: SuggestionsState.limit,
                            rewatches: suggestions.rewatches)
    }

    mutating func showSuggestions() -> [Effect] {
        if screen != .suggestions { stack = [.home, .suggestions] }
        return suggestions.isStale ? refreshSuggestions() : []
    }

    /// Asks for the list as mood, dial and signals are now; the list shown
    /// stays until the answer arrives.
    mutating func refreshSuggestions() -> [Effect] {
        let ticket = jobTickets.next(.suggestions)
        suggestions.waitingFor = ticket
        suggestions.isStale = false
        return [.run(.suggestions(ticket: ticket, suggestionRequest, signals))]
    }

    /// The list arrived; an answer to an older question is dropped.
    mutating func receiveSuggestions(_ items: [Suggestion], ticket: Int) {
        guard jobTickets.isNewest(ticket, of: .suggestions) else { return }
        suggestions.items = items
        suggestions.waitingFor = nil
        suggestions.list.select(0, count: suggestions.items.count, visible: Viewport.visibleItems(self, on: .suggestions))
    }

    mutating func changeDiversity(by delta: Float) -> [Effect] {
        let before = suggestions.diversity
        let dial = min(max(suggestions.diversity + delta, 0), 1)
        suggestions.diversity = (dial * 10).rounded() / 10
        markRecommendationsStale()
        status = .info("Diversity \(DiversityGauge.text(suggestions.diversity))")
        // Remembered like the mood: the next launch and `marquee suggest` start from it.
        let save: [Effect] = suggestions.diversity == before ? [] : [.saveDiversity(suggestions.diversity)]
        // The list and the stats of its variety follow the dial at once.
        return save + (screen == .suggestions || screen == .stats ? refreshSuggestions() : [])
    }

    /// Lets watched titles back into the list, or leaves them out again.
    mutating func toggleRewatches() -> [Effect] {
        suggestions.rewatches.toggle()
        markRecommendationsStale()
        status = .info(suggestions.rewatches ? "Rewatches on: titles you watched may come back"
                                             : "Rewatches off: titles you watched are left out")
        // Remembered like the dial: the next launch and `marquee suggest` start from it.
        return [.saveRewatches(suggestions.rewatches)]
            + (screen == .suggestions || screen == .stats ? refreshSuggestions() : [])
    }

    mutating func surprise() -> [Effect] {
        suggestions.surpriseCount &+= 1
        let ticket = jobTickets.next(.surprise)
        return [.run(.surprise(ticket: ticket, suggestionRequest, signals, seed: suggestions.surpriseCount))]
    }

    /// The surprise arrived: open it, in place of a surprise already open.
    mutating func receiveSurprise(_ pick: Suggestion?, ticket: Int) -> [Effect] {
        guard jobTickets.isNewest(ticket, of: .surprise) else { return [] }
        guard let pick else {
            status = .info("Nothing fits tonight's limits; try more time or another mood")
            return []
        }
        if case .detail = screen { stack.removeLast() }
        return pushDetail(pick.id, reason: "surprise · " + pick.reason)
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
