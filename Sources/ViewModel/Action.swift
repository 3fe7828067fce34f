import Catalog
import Recommender

/// Everything that can happen to the app: keys from the person, answers
/// from effects, the terminal changing size.
public enum Action: Sendable {
    /// The runtime started: ask for what the first screen shows.
    case launched
    case key(Key)
    case resize(width: Int, height: Int)
    /// A click, double click or wheel turn at a cell of the screen.
    case mouse(MouseEvent)
    /// The answer to `Effect.query`: matching library positions in order, and
    /// how many matched when the list was cut short.
    /// `closest`: no title matched the words as typed; these are the nearest.
    /// `about`: found by what the titles are about, not by their names.
    case queryResults(TitleQuery, positions: [Int], matched: MatchCount? = nil, closest: Bool = false, about: Bool = false)
    /// An effect could not be carried out; shown in the status bar.
    case effectFailed(String)
    /// What is really stored, after a save failed.
    case signalsReloaded(UserSignals)
    /// The answer to `Effect.run`.
    case jobDone(JobAnswer)
}

/// Work the reducer asks the runtime to do; it never does I/O itself.
public enum Effect: Hashable, Sendable {
    /// Words, filters and order for the browse list.
    case query(TitleQuery)
    /// Work slower than a frame (suggestions, home rows, similar titles).
    case run(Job)
    case saveRating(TitleID, Rating?)
    case saveWatchlist(TitleID, Bool)
    case saveHidden(TitleID, Bool)
    case saveMood(MoodSetting)
    /// The diversity dial, remembered like the mood.
    case saveDiversity(Float)
    /// Whether watched titles may be suggested again, remembered like the dial.
    case saveRewatches(Bool)
    /// The person's own tones for a title; nil forgets them.
    case saveCorrection(TitleID, ToneVector?)
    /// The welcome was seen and closed: never show it again.
    case saveWelcomeSeen
    case quit
}
