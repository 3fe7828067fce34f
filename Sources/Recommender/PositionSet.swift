/// A set of library positions as bits: asking it is one load and a mask,
/// where asking a set of ids hashes a string. Scans over the whole catalog
/// build one per request from the person's few signals.
struct PositionSet: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    init<S: Sequence>(count: Int, _ positions: S) where S.Element == Int {
        self.init(count: count)
        for position in positions { insert(position) }
    }

    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    @inline(__always)
    func contains(_ position: Int) -> Bool {
        words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }
}
