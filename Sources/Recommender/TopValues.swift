/// The `capacity` largest values seen so far, as a min-heap: `floor` is the
/// smallest of them once full (−∞ before), the bar an unseen value must reach
/// to matter. Index walks stop when no unseen title can reach it.
struct TopValues {
    private var heap: [Float] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(max(0, capacity))
    }

    var floor: Float { capacity > 0 && heap.count == capacity ? heap[0] : -Float.infinity }

    mutating func insert(_ value: Float) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(value)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child] < heap[parent] else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if value > heap[0] {
            heap[0] = value
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count, heap[left] < heap[smallest] { smallest = left }
                if right < heap.count, heap[right] < heap[smallest] { smallest = right }
                guard smallest != parent else { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }
}
