/// EASE (Steck, 2019): a linear item-to-item model learned in closed form.
/// With G = XᵀX + λI over who liked what and P = G⁻¹, the weights are
/// B[i][j] = −P[i][j] / P[j][j] (zero diagonal), and a person's score for j
/// is the sum of B[i][j] over the items i they liked — so each liked item's
/// share of a score is known exactly, which is what explanations name.
///
/// Only items liked by at least `minimumLikers` people take part; the rest
/// score zero. The inverse costs about n³ steps for n such items.
public struct EASERanker: ItemRanker {
    public let name = "ease"
    /// Item number → row of the model, or −1 when the item takes no part.
    let rowOfItem: [Int32]
    /// The items that take part, in row order.
    let items: [Int32]
    /// Row-major `items.count²` weights.
    let weights: [Float]
    public let itemCount: Int

    public static let defaultLambda = 100.0

    public init?(histories: [UserHistory], itemCount: Int, lambda: Double = defaultLambda, minimumLikers: Int = 1) {
        var likers = [Int](repeating: 0, count: itemCount)
        for history in histories { for item in history.positives { likers[Int(item)] += 1 } }
        var rowOfItem = [Int32](repeating: -1, count: itemCount)
        var items: [Int32] = []
        for item in 0..<itemCount where likers[item] >= max(1, minimumLikers) {
            rowOfItem[item] = Int32(items.count)
            items.append(Int32(item))
        }
        let n = items.count
        var gram = [Double](repeating: 0, count: n * n)
        for history in histories {
            let rows = history.positives.map { Int(rowOfItem[Int($0)]) }.filter { $0 >= 0 }
            for a in rows { for b in rows { gram[a * n + b] += 1 } }
        }
        for row in 0..<n { gram[row * n + row] += lambda }
        guard let inverse = SymmetricInverse.inverse(of: gram, size: n) else { return nil }
        var weights = [Float](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where j != i {
                weights[i * n + j] = Float(-inverse[i * n + j] / inverse[j * n + j])
            }
        }
        self.rowOfItem = rowOfItem
        self.items = items
        self.weights = weights
        self.itemCount = itemCount
    }

    /// How much liking `source` adds to `target`'s score (0 when either takes no part).
    public func weight(from source: Int32, to target: Int32) -> Float {
        let i = rowOfItem[Int(source)], j = rowOfItem[Int(target)]
        guard i >= 0, j >= 0 else { return 0 }
        return weights[Int(i) * items.count + Int(j)]
    }

    public func scores(for history: UserHistory) -> [Float] {
        let n = items.count
        var rowSums = [Float](repeating: 0, count: n)
        for liked in history.positives {
            let row = Int(rowOfItem[Int(liked)])
            guard row >= 0 else { continue }
            weights.withUnsafeBufferPointer { w in
                for j in 0..<n { rowSums[j] += w[row * n + j] }
            }
        }
        var scores = [Float](repeating: 0, count: itemCount)
        for (row, item) in items.enumerated() { scores[Int(item)] = rowSums[row] }
        return scores
    }
}
