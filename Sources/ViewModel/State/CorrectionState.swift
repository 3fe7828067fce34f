import Catalog

/// The mood-correction overlay: the person's own tone weights for a title.
public struct CorrectionState: Hashable, Sendable {
    public var id: TitleID
    public var tones: ToneVector
    public var selected = 0
    /// The profile before any change, and where it came from.
    public var original: MoodProfile

    public init(id: TitleID, profile: MoodProfile) {
        self.id = id
        self.tones = profile.tones
        self.original = profile
    }

    public var selectedTone: Tone { Tone.allCases[selected] }
}
