/// The value that `count` elements reach or exceed: the count-th largest,
/// found by quickselect in linear time on average, so a million scores need
/// not be sorted to keep the best two thousand.
enum TopSelection {
    static func threshold(_ values: [Float], keeping count: Int) -> Float? {
        guard count > 0, values.count > count else { return nil }
        var values = values
        var low = 0, high = values.count - 1
        let target = count - 1  // index of the count-th largest in descending order
        while low < high {
            let pivot = values[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j { high = j } else if target >= i { low = i } else { break }
        }
        return values[target]
    }
}
