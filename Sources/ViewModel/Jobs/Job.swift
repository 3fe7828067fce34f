import Catalog
import Recommender

/// Work slower than a frame, asked for by the reducer as a value: the
/// runtime runs it off the input loop (`Effect.run`) and reduces the answer
/// (`Action.jobDone`). Each job carries everything it reads that can change,
/// so an answer is the answer to the question as it was asked; the reducer
/// keeps it only when no newer question of the same kind was asked since.
public enum Job: Hashable, Sendable {
    /// The "For you" list.
    case suggestions(ticket: Int, Recommender.Request, UserSignals)
    /// The home screen's rows.
    case homeRows(ticket: Int, HomeRowsRequest)
    /// A detail screen's similar titles, worked out once when it opens.
    case similar(TitleID, excluding: Set<TitleID>)
    /// One title for "surprise me".
    case surprise(ticket: Int, Recommender.Request, UserSignals, seed: UInt64)

    /// Jobs of one kind answer the same question: a worker may skip a
    /// queued one that a newer of its kind overtook. Nil: never skipped.
    public var kind: Kind? {
        switch self {
        case .suggestions: .suggestions
        case .homeRows: .homeRows
        case .surprise: .surprise
        case .similar: nil
        }
    }

    /// The ticket that orders jobs of one kind.
    public var ticket: Int? {
        switch self {
        case let .suggestions(ticket, _, _), let .homeRows(ticket, _), let .surprise(ticket, _, _, _): ticket
        case .similar: nil
        }
    }

    public enum Kind: Hashable, Sendable, CaseIterable {
        case suggestions, homeRows, surprise
    }
}

/// What a job found.
public enum JobAnswer: Sendable, Equatable {
    case suggestions(ticket: Int, [Suggestion])
    case homeRows(ticket: Int, [HomeRow])
    case similar(TitleID, [SimilarTitles.Match])
    case surprise(ticket: Int, Suggestion?)
}

/// What the home rows depend on besides the catalog.
public struct HomeRowsRequest: Hashable, Sendable {
    public var setting: MoodSetting
    public var diversity: Float
    public var rewatches: Bool
    public var signals: UserSignals
}

/// The newest ticket asked for each kind of job.
struct JobTickets: Hashable, Sendable {
    private var newest: [Job.Kind: Int] = [:]

    /// A new ticket for `kind`, which makes every earlier one stale.
    mutating func next(_ kind: Job.Kind) -> Int {
        let ticket = (newest[kind] ?? 0) + 1
        newest[kind] = ticket
        return ticket
    }

    func isNewest(_ ticket: Int, of kind: Job.Kind) -> Bool { newest[kind] == ticket }
}
