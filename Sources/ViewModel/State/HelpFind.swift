/// `/` inside the help: the words typed so far, and whether keys still type.
public struct HelpFind: Hashable, Sendable {
    public var query = ""
    public var isEditing = false

    public init() {}

    public var isActive: Bool { isEditing || !query.isEmpty }
}
