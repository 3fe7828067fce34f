import Catalog
import Recommender
import Foundation

/// Ratings, watchlist and "not for me": each change updates the state the
/// screen shows, records how to undo it, and asks the runtime to save it
/// before the next frame is drawn.
extension AppState {
    static let undoLimit = 100

    mutating func rateSelected(_ rating: Rating?) -> [Effect] {
        guard let title = selectedTitle else { return [] }
        return rate(title, rating)
    }

    mutating func rate(_ title: Title, _ rating: Rating?) -> [Effect] {
        let previous = signals.ratings[title.id]
        guard previous != rating else { return [] }
        // Rated means seen: a watchlisted title leaves the watchlist, and one undo restores both.
        let offWatchlist = rating != nil && signals.watchlist.contains(title.id)
        pushUndo(.rating(title.id, previous: previous, offWatchlist: offWatchlist))
        var effects = setRating(rating, for: title)
        if offWatchlist {
            signals.watchlist.remove(title.id)
            effects.append(.saveWatchlist(title.id, false))
            let name = SafeText.display(title.name)
            status = .info("Rated \(name) \(rating?.starText ?? "") · off your watchlist · u undoes both")
        }
        // The ratings list re-sorts; the selection follows the title that moved.
        if screen == .ratings, let position = library.position(of: title.id), let index = ratedItems.firstIndex(of: position) {
            ratingsList.select(index, count: ratedItems.count, visible: Viewport.visibleItems(self))
        }
        return effects
    }

    /// Half a star up or down from the current rating: `3` then `>` is ★★★½.
    /// Up from unrated is ½; down stops at ½ (`0` clears).
    mutating func nudgeRating(by delta: Double) -> [Effect] {
        guard let title = selectedTitle else { return [] }
        let name = SafeText.display(title.name)
        guard let current = signals.ratings[title.id]?.stars ?? (delta > 0 ? 0 : nil) else {
            status = .info("\(name) has no rating to lower")
            return []
        }
        guard let rating = Rating(stars: min(max(current + delta, 0.5), 5)), rating.stars != current else {
            status = .info(delta > 0 ? "\(name) already has all five stars" : "½ star is the lowest; 0 clears the rating")
            return []
        }
        return rateSelected(rating)
    }

    mutating func changeRatingsOrder() {
        ratingsOrder = ratingsOrder.cycled(by: 1)
        ratingsList.select(0, count: ratedItems.count, visible: Viewport.visibleItems(self))
        status = .info("Ratings \(ratingsOrder.displayName)")
    }

    private mutating func setRating(_ rating: Rating?, for title: Title) -> [Effect] {
        signals.ratings[title.id] = rating
        signals.ratedOn[title.id] = rating == nil ? nil : today
        // The reducer has no clock: a rating set now is newer than every one
        // known, which is all "newest first" needs; the database keeps the real moment.
        signals.ratedAt[title.id] = rating == nil ? nil : (signals.ratedAt.values.max() ?? .distantPast).addingTimeInterval(0.001)
        markRecommendationsStale()
        let name = SafeText.display(title.name)
        status = .info(rating.map { "Rated \(name) \($0.starText) · u undoes" } ?? "Cleared your rating of \(name) · u undoes")
        return [.saveRating(title.id, rating)]
    }

    mutating func toggleWatchlist() -> [Effect] {
        guard let title = selectedTitle else { return [] }
        let wasOn = signals.watchlist.contains(title.id)
        pushUndo(.watchlist(title.id, previous: wasOn))
        return setWatchlist(!wasOn, for: title)
    }

    private mutating func setWatchlist(_ on: Bool, for title: Title) -> [Effect] {
        if on { signals.watchlist.insert(title.id) } else { signals.watchlist.remove(title.id) }
        markRecommendationsStale()
        let name = SafeText.display(title.name)
        status = .info(on ? "Added \(name) to your watchlist" : "Removed \(name) from your watchlist")
        return [.saveWatchlist(title.id, on)]
    }

    mutating func hideSelected() -> [Effect] {
        guard let title = selectedTitle else { return [] }
        let wasHidden = signals.hidden.contains(title.id)
        var removed: RemovedSuggestion?
        if !wasHidden, screen == .suggestions, suggestions.items.indices.contains(suggestions.list.selection) {
            let index = suggestions.list.selection
            removed = RemovedSuggestion(index: index, suggestion: suggestions.items.remove(at: index))
        }
        pushUndo(.hidden(title.id, previous: wasHidden, removedSuggestion: removed))
        if wasHidden { signals.hidden.remove(title.id) } else { signals.hidden.insert(title.id) }
        home.isStale = true
        if screen != .suggestions { suggestions.isStale = true }
        let name = SafeText.display(title.name)
        status = .info(wasHidden ? "\(name) may be suggested again" : "Not for you: \(name) is hidden from suggestions · u undoes")
        return [.saveHidden(title.id, !wasHidden)]
    }

    mutating func undo() -> [Effect] {
        guard let entry = undoStack.popLast() else {
            status = .info("Nothing to undo")
            return []
        }
        switch entry {
        case let .rating(id, previous, offWatchlist):
            guard let title = library.title(id) else { return [] }
            var effects = setRating(previous, for: title)
            if offWatchlist {
                signals.watchlist.insert(id)
                effects.append(.saveWatchlist(id, true))
            }
            status = .info("Undone: \(SafeText.display(title.name)) \(previous.map { "back to \($0.starText)" } ?? "unrated again")"
                           + (offWatchlist ? " and back on your watchlist" : ""))
            return effects
        case let .watchlist(id, previous):
            guard let title = library.title(id) else { return [] }
            let effects = setWatchlist(previous, for: title)
            let name = SafeText.display(title.name)
            status = .info("Undone: \(name) is \(previous ? "on" : "off") your watchlist again")
            return effects
        case let .hidden(id, previous, removed):
            if previous { signals.hidden.insert(id) } else { signals.hidden.remove(id) }
            if let removed {
                suggestions.items.insert(removed.suggestion, at: min(removed.index, suggestions.items.count))
                if screen == .suggestions {
                    suggestions.list.select(removed.index, count: suggestions.items.count,
                                            visible: Viewport.visibleItems(self, on: .suggestions))
                }
            } else {
                markRecommendationsStale()
            }
            // Name the state restored: undoing an unhide hides the title again.
            let name = library.title(id).map { SafeText.display($0.name) } ?? id.rawValue
            status = .info("Undone: \(name) \(previous ? "is hidden from suggestions again" : "may be suggested again")")
            return [.saveHidden(id, previous)]
        }
    }

    private mutating func pushUndo(_ entry: UndoEntry) {
        undoStack.append(entry)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    }
}
