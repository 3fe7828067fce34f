import ArgumentParser
import Catalog
import Foundation
import TerminalUI
import ViewModel

/// The full-screen app: read a key, reduce, carry out effects, draw.
final class TerminalApp {
    private var state: AppState
    private let effects: EffectRunner
    private var renderer: Renderer
    private let environmentVariables: [String: String]
    /// Shown in the status line at launch (a damaged file that was ignored).
    private let warnings: [String]

    /// How long to wait for a key when nothing else is going on, and while a
    /// search is running (its answer is picked up between polls).
    static let idlePoll: Int32 = 100
    static let busyPoll: Int32 = 10

    init(environment: AppEnvironment, config: ConfigFile,
         environmentVariables: [String: String] = ProcessInfo.processInfo.environment) throws {
        state = AppState(library: environment.library, community: environment.community, signals: try environment.signals(),
                         moodSetting: try environment.moodSetting(), diversity: try environment.diversity(), today: CalendarDate.today(), keymap: config.keymap,
                         welcome: try environment.user.isFirstLaunch(), rewatches: try environment.rewatches(),
                         imports: try environment.user.importSummaries())
        let worker = QueryWorker(query: environment.query, user: environment.user, rows: environment.library.oneRowPerWork)
        effects = EffectRunner(user: environment.user, worker: worker)
        renderer = Renderer(theme: config.theme)
        self.environmentVariables = environmentVariables
        warnings = environment.warnings
    }

    /// `NO_COLOR` (any non-empty value) turns colour off, as no-color.org asks.
    static func wantsColor(_ environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Fails with a one-line reason when there is no screen to take over: not
    /// a terminal, or one that cannot move the cursor (TERM=dumb). Checked
    /// before any slow work, so the answer comes at once.
    static func requireTerminal(_ environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw MarqueeError("the browser needs a terminal; in scripts use `marquee search`, `show`, `rate` or `suggest`")
        }
        if let reason = CursesTerminal.unusableReason(term: environment["TERM"]) { throw MarqueeError(reason) }
    }

    /// Runs on a terminal already in full-screen mode (it showed the start's
    /// progress), and leaves it.
    func run(on terminal: CursesTerminal) throws {
        defer { terminal.stop() }
        renderer.theme = renderer.theme.adapted(color: terminal.hasColor, unicode: terminal.hasUnicode)
        dispatch(.resize(width: terminal.width, height: terminal.height))
        for warning in warnings { dispatch(.effectFailed(warning)) }
        terminal.draw(renderer.render(state))
        while state.isRunning {
            let event = terminal.nextEvent(timeoutMilliseconds: effects.worker.isBusy ? Self.busyPoll : Self.idlePoll)
            var changed = false
            switch event {
            case let .key(key)?:
                dispatch(.key(key))
                changed = true
            case let .resize(width, height)?:
                dispatch(.resize(width: width, height: height))
                changed = true
            case let .mouse(event)?:
                dispatch(.mouse(event))
                changed = true
            case let .quitSignal(number)?:
                // Put the terminal back first, then exit as a shell reports a
                // process ended by that signal (143 for TERM, 129 HUP, 130 INT).
                terminal.stop()
                throw ExitCode(128 + number)
            case nil:
                break
            }
            let answers = effects.arrivedAnswers()
            for answer in answers { dispatch(answer) }
            if state.isRunning && (changed || !answers.isEmpty) { terminal.draw(renderer.render(state)) }
        }
    }

    /// Reduces an action and every action its effects answer with.
    private func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.reduce(next) { queue += effects.perform(effect) }
        }
    }
}
