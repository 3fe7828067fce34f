/// Small horizontal gauges drawn with block characters.
enum Bars {
    /// A bar of `width` cells showing `value` in 0…1 with eighth-cell precision.
    static func spans(value: Float, width: Int, theme: Theme) -> StyledLine {
        guard width > 0 else { return [] }
        let clamped = min(max(value, 0), 1)
        let eighths = Int((clamped * Float(width * 8)).rounded())
        let full = eighths / 8
        let partial = eighths % 8
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var filled = String(repeating: "█", count: full)
        if partial > 0 { filled += partials[partial] }
        let empty = String(repeating: "·", count: max(0, width - full - (partial > 0 ? 1 : 0)))
        return [Span(filled, theme.bar), Span(empty, theme.barEmpty)]
    }
}
