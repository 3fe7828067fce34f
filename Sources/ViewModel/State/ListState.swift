/// Selection and scroll position of a list; both always within bounds.
public struct ListState: Hashable, Sendable {
    public private(set) var selection: Int = 0
    /// First visible row.
    public private(set) var offset: Int = 0

    public init(selection: Int = 0) {
        self.selection = max(0, selection)
    }

    /// Moves by `delta` rows (negative is up), stopping at the ends.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selection + delta, count: count, visible: visible)
    }

    public mutating func select(_ index: Int, count: Int, visible: Int) {
        selection = index
        clamp(count: count, visible: visible)
    }

    /// Keeps selection inside the list and the selection on screen.
    public mutating func clamp(count: Int, visible: Int) {
        guard count > 0 else {
            selection = 0
            offset = 0
            return
        }
        let visible = max(1, visible)
        selection = min(max(selection, 0), count - 1)
        if selection < offset { offset = selection }
        if selection >= offset + visible { offset = selection - visible + 1 }
        offset = min(max(0, offset), max(0, count - visible))
    }
}
