extension String {
    /// Right-aligns text in a column of `width` characters (table output).
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
