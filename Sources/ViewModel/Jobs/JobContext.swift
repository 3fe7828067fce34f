import Catalog
import Recommender

/// What every job reads and nothing changes: the catalog, the community's
/// links and the browse order. The runtime takes it from the state once.
public struct JobContext: Sendable {
    public let library: Library
    public let community: CommunityLinks
    public let browseOrder: [Int]

    public init(library: Library, community: CommunityLinks, browseOrder: [Int]) {
        self.library = library
        self.community = community
        self.browseOrder = browseOrder
    }
}

extension Job {
    /// Carries the job out. Pure: reads only the context and the job's own values.
    public func run(in context: JobContext) -> JobAnswer {
        let library = context.library, community = context.community
        switch self {
        case let .suggestions(ticket, request, signals):
            return .suggestions(ticket: ticket, Recommender(library: library, community: community).suggest(request, signals: signals))
        case let .homeRows(ticket, request):
            return .homeRows(ticket: ticket, HomeRowsBuilder(context: context, request: request).rows())
        case let .similar(id, excluding):
            guard let position = library.position(of: id) else { return .similar(id, []) }
            let matches = SimilarTitles(library: library, community: community)
                .similar(to: position, limit: AppState.similarTitlesShown, excluding: excluding)
            return .similar(id, matches)
        case let .surprise(ticket, request, signals, seed):
            return .surprise(ticket: ticket, Recommender(library: library, community: community)
                .surprise(request, signals: signals, seed: seed))
        }
    }
}

extension AppState {
    /// What the runtime's jobs read.
    public var jobContext: JobContext { JobContext(library: library, community: community, browseOrder: browseOrder) }

    /// Reduces `action`, then runs every job it asks for here and now and
    /// reduces their answers too, until none is left: the settled state at
    /// once, for tests, benchmarks and scripts. (The runtime runs jobs on a
    /// worker instead, so keys are never kept waiting.) Returns the effects
    /// that are not jobs.
    @discardableResult
    public mutating func reduceRunningJobs(_ action: Action) -> [Effect] {
        var pending = [action], others: [Effect] = []
        let context = jobContext
        while !pending.isEmpty {
            for effect in reduce(pending.removeFirst()) {
                if case let .run(job) = effect {
                    pending.append(.jobDone(job.run(in: context)))
                } else {
                    others.append(effect)
                }
            }
        }
        return others
    }
}
