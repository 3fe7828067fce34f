import Catalog
import CatalogStore
import TerminalUI
import ViewModel

/// The full-screen app on any `TerminalBackend`: read an event, reduce,
/// carry out effects, draw. The ncurses backend runs it for a person;
/// `TestBackend` runs it in-process for tests, on the same code path.
public final class TerminalRuntime<Backend: TerminalBackend> {
    /// Why the loop ended.
    public enum Ending: Equatable, Sendable {
        /// The reducer asked for `.quit`.
        case quit
        /// SIGTERM, SIGINT or SIGHUP: the caller exits 128 + n, as a shell
        /// reports a process ended by that signal.
        case signal(Int32)
    }

    public private(set) var state: AppState
    public let backend: Backend
    let effects: EffectRunner
    private var renderer: Renderer
    /// Shown in the status line at launch (a damaged file that was ignored).
    private let warnings: [String]
    /// Set once the loop must end; nil while it runs.
    public private(set) var ending: Ending?

    /// How long to wait for a key when nothing else is going on, and while a
    /// search is running (its answer is picked up between polls).
    public static var idlePoll: Int32 { 100 }
    public static var busyPoll: Int32 { 10 }
    /// How long a frame waits for jobs a key just asked for. Most finish
    /// well inside it, so the screen changes once; a slower one (a big
    /// catalog) is drawn when it arrives, and keys are read meanwhile.
    public static var jobGrace: Int { 12 }
    /// The first frame waits longer for the home rows, so that a launch shows them at once.
    public static var launchGrace: Int { 150 }

    /// `rows` folds versions of one work into one row (`Library.oneRowPerWork`).
    public init(backend: Backend, state: AppState, user: UserDatabase, query: CatalogQuery,
                rows: @escaping @Sendable ([Int]) -> [Int] = { $0 }, theme: Theme, warnings: [String] = []) {
        self.backend = backend
        self.state = state
        effects = EffectRunner(user: user, worker: QueryWorker(query: query, user: user, rows: rows),
                               jobs: JobWorker(context: state.jobContext))
        renderer = Renderer(theme: theme)
        self.warnings = warnings
    }

    /// Runs until the person quits or a quit signal arrives, and gives the
    /// screen back either way.
    public func run() -> Ending {
        defer { backend.stop() }
        start()
        while ending == nil { turn() }
        return ending ?? .quit
    }

    /// Sizes the state to the screen, shows the launch warnings and draws the
    /// first frame.
    public func start() {
        renderer.theme = renderer.theme.adapted(color: backend.hasColor, unicode: backend.hasUnicode)
        dispatch(.resize(width: backend.width, height: backend.height))
        for warning in warnings { dispatch(.effectFailed(warning)) }
        dispatch(.launched)
        _ = effects.jobs.waitUntilIdle(milliseconds: Self.launchGrace)
        for answer in effects.arrivedAnswers() { dispatch(answer) }
        if ending == nil { draw() }
        effects.worker.warmUp()
        LaunchTimes.mark("first-frame")
        if LaunchTimes.quitsAfterFirstFrame() { ending = .quit }
    }

    /// One pass of the loop: wait for an event (briefly while a query is out),
    /// reduce it and any answers that arrived, and draw when something changed.
    public func turn() {
        guard ending == nil else { return }
        let event = backend.nextEvent(timeoutMilliseconds: effects.isBusy ? Self.busyPoll : Self.idlePoll)
        var changed = false
        switch event {
        case let .key(key)?:
            dispatch(.key(key))
            changed = true
        case let .resize(width, height)?:
            dispatch(.resize(width: width, height: height))
            changed = true
        case let .mouse(mouse)?:
            dispatch(.mouse(mouse))
            changed = true
        case let .quitSignal(number)?:
            // The caller puts the terminal back before anything else happens.
            ending = .signal(number)
            return
        case nil:
            break
        }
        if changed && effects.jobs.isBusy { _ = effects.jobs.waitUntilIdle(milliseconds: Self.jobGrace) }
        let answers = effects.arrivedAnswers()
        for answer in answers { dispatch(answer) }
        if ending == nil && (changed || !answers.isEmpty) { draw() }
    }

    private func draw() {
        backend.draw(renderer.render(state))
    }

    /// Reduces an action and every action its effects answer with. `.quit`
    /// is the one effect the runtime keeps for itself: it ends the loop.
    private func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.reduce(next) {
                if effect == .quit {
                    ending = .quit
                } else {
                    queue += effects.perform(effect)
                }
            }
        }
    }
}

extension TerminalRuntime where Backend == TestBackend {
    /// Works through every queued event and waits for every query answer,
    /// drawing as the loop would: afterwards the backend shows what a person
    /// would see once the screen is still.
    public func settle() {
        while ending == nil {
            if backend.hasPendingEvents {
                turn()
            } else if effects.isBusy {
                effects.worker.waitUntilIdle()
                effects.jobs.waitUntilIdle()
                turn()
            } else {
                return
            }
        }
    }
}
