/// Counts as people read them.
public enum NumberText {
    /// 1204 → "1,204", grouped by hand: a locale must not turn it into
    /// "1.204" or "1 204" in output scripts read.
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var groups = ""
        while digits.count > 3 {
            groups = "," + digits.suffix(3) + groups
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + groups
    }
}
