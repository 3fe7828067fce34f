/// A mistake in how a command was called that only Marquee can see (an
/// unknown mood, a number out of range): one line, and exit status 64
/// (EX_USAGE) like the parser's own errors. Failures use `MarqueeError` (1).
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
