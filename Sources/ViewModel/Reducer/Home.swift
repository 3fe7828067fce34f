import Catalog
import Recommender

/// The home screen: its rows come from a job (`HomeRowsBuilder`); here they
/// are asked for, received and moved through.
extension AppState {
    /// Asks for the rows as mood and signals are now.
    mutating func refreshHome() -> [Effect] {
        let ticket = jobTickets.next(.homeRows)
        home.waitingFor = ticket
        home.isStale = false
        let request = HomeRowsRequest(setting: moodSetting, diversity: suggestions.diversity,
                                      rewatches: suggestions.rewatches, signals: signals)
        return [.run(.homeRows(ticket: ticket, request))]
    }

    /// New rows arrived. A row keeps its place and selection when it still exists.
    mutating func receiveHomeRows(_ rows: [HomeRow], ticket: Int) {
        guard jobTickets.isNewest(ticket, of: .homeRows) else { return }
        home.waitingFor = nil
        let focusedKind = home.focusedRow?.kind
        let previous = Dictionary(zip(home.rows.map(\.kind), home.lists), uniquingKeysWith: { first, _ in first })
        home.rows = rows
        home.lists = home.rows.map { previous[$0.kind] ?? ListState() }
        home.row = focusedKind.flatMap { kind in home.rows.firstIndex { $0.kind == kind } } ?? 0
        keepHomeInBounds()
    }

    mutating func keepHomeInBounds() {
        home.row = home.rows.isEmpty ? 0 : min(max(0, home.row), home.rows.count - 1)
        let visible = Viewport.visibleItems(self, on: .home)
        for index in home.lists.indices { home.lists[index].clamp(count: home.rows[index].positions.count, visible: visible) }
    }

    mutating func moveHomeRow(by delta: Int) {
        guard !home.rows.isEmpty else { return }
        home.row = home.row.cycled(by: delta, count: home.rows.count)
        detailPaneScroll = 0
        keepHomeInBounds()
    }

    mutating func moveHomeSelection(by delta: Int? = nil, to index: Int? = nil) {
        guard home.lists.indices.contains(home.row) else { return }
        let count = home.rows[home.row].positions.count
        let visible = Viewport.visibleItems(self, on: .home)
        if let delta { home.lists[home.row].move(by: delta, count: count, visible: visible) }
        if let index { home.lists[home.row].select(index, count: count, visible: visible) }
        detailPaneScroll = 0
    }

    /// Marks what depends on the person's signals or mood for rebuilding.
    mutating func markRecommendationsStale() {
        suggestions.isStale = true
        home.isStale = true
    }
}
