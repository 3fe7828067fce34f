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

    /// Every position in `key` order; `make` gives it the first time.
    func order(_ key: Key, make: () -> [Int]) -> [Int32] {
        lock.withLock {
            if let order = orders[key] { return order }
            let order = make().map { Int32($0) }
            orders[key] = order
            return order
        }
    }

    /// `positions` in the order `whole` lists, by walking all of it.
    static func arrange(_ positions: [Int], in whole: [Int32]) -> [Int] {
        var members = [Bool](repeating: false, count: whole.count)
        for position in positions { members[position] = true }
        var arranged: [Int] = []
        arranged.reserveCapacity(positions.count)
        for position in whole where members[Int(position)] { arranged.append(Int(position)) }
        return arranged
    }

    /// Walking a whole order beats sorting once a list holds more than about
    /// one title in this many (n log n comparisons against one pass over n).
    static let walkShare = 16
}
