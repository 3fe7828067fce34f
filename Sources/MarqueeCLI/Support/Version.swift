/// Marquee's version, the one place it is written: `marquee --version`
/// prints it. Raise it with each release.
enum MarqueeVersion {
    static let current = "0.1.0"
}
