import ArgumentParser
import Catalog
import Foundation
import Runtime
import TerminalUI
import ViewModel

/// Wiring for the full-screen app: the checks before the screen is taken,
/// and the runtime built from the opened stores and the settings.
enum TerminalApp {
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

    /// The runtime on `backend`, opened on the person's stores as they are now.
    static func runtime<Backend: TerminalBackend>(on backend: Backend, environment: AppEnvironment, config: ConfigFile,
                                                  today: CalendarDate? = .today()) throws -> TerminalRuntime<Backend> {
        let state = AppState(library: environment.library, community: environment.community, signals: try environment.signals(),
                             moodSetting: try environment.moodSetting(), diversity: try environment.diversity(), today: today,
                             keymap: config.keymap, welcome: try environment.user.isFirstLaunch(),
                             rewatches: try environment.rewatches(), imports: try environment.user.importSummaries())
        return TerminalRuntime(backend: backend, state: state, user: environment.user, query: environment.query,
                               rows: environment.library.oneRowPerWork, theme: config.theme, warnings: environment.warnings)
    }

    /// Runs on a terminal already in full-screen mode (it showed the start's
    /// progress), and leaves it; a quit signal exits 128 + n
    /// (143 for TERM, 129 HUP, 130 INT).
    static func run(on terminal: CursesTerminal, environment: AppEnvironment, config: ConfigFile) throws {
        let runtime = try runtime(on: terminal, environment: environment, config: config)
        LaunchTimes.mark("state")
        let ending = runtime.run()
        if case let .signal(number) = ending { throw ExitCode(128 + number) }
    }
}
