/// The first launch's welcome: how do you feel (the mood picker, `m`), and a
/// few well-known titles to rate so suggestions have a taste to start from.
public struct WelcomeState: Hashable, Sendable {
    /// Library positions of the titles offered for rating (`WellKnownTitles`).
    public var picks: [Int]
    public var list = ListState()

    public init(picks: [Int]) {
        self.picks = picks
    }

    public var selectedPosition: Int? {
        picks.indices.contains(list.selection) ? picks[list.selection] : nil
    }

    /// How many titles are offered.
    public static let count = 8

    /// What the welcome offers a person who has a history elsewhere: the
    /// command for each service's export, and what that export is.
    public static let importCommands: [(command: String, what: String)] = [
        ("marquee import letterboxd PATH", "Letterboxd export: the .zip or folder"),
        ("marquee import imdb-ratings FILE", "IMDb \"Your ratings\" ratings.csv"),
        ("marquee import netflix-history FILE", "Netflix viewing activity CSV"),
        ("marquee import trakt DIR", "Trakt export folder"),
    ]
}
