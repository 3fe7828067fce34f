/// A one-line message in the status bar until the next key.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}
