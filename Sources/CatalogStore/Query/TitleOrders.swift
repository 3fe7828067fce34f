import Foundation

/// Every title in each fixed order (newest additions first, A–Z, newest
/// year first, shortest first), worked out once per order on first use. A
/// list of many titles is then put in order by walking the whole order and
/// keeping its members: no comparisons, the same result as sorting, since
/// every order breaks ties by the A–Z rank and ranks are all different.
final class TitleOrders: @unchecked Sendable {
    enum Key: Hashable, CaseIterable {
        case added, title, year, runtime
    }

    private let lock = NSLock()
    private var orders: [Key: [Int32]] = [:]
    private let make: (Key) -> [Int32]

    init(make: @escaping (Key) -> [Int32]) {
        self.make = make
    }

    /// Every position in `key` order.
    func order(_ key: Key) -> [Int32] {
        lock.withLock {
            if let order = orders[key] { return order }
            let order = make(key)
            orders[key] = order
            return order
        }
    }

    /// `positions` in `key` order, by walking the whole order.
    func arrange(_ positions: [Int], by key: Key, count: Int) -> [Int] {
        var members = [Bool](repeating: false, count: count)
        for position in positions { members[position] = true }
        var arranged: [Int] = []
        arranged.reserveCapacity(positions.count)
        for position in order(key) where members[Int(position)] { arranged.append(Int(position)) }
        return arranged
    }

    /// Walking a whole order beats sorting once a list holds more than about
    /// one title in this many (n log n comparisons against one pass over n).
    static let walkShare = 16
}
