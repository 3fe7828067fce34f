import ArgumentParser
import Foundation
import Runtime
import TerminalUI

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser (the default when no subcommand is given).")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(
        "Settings file (default: $MARQUEE_CONFIG, else $XDG_CONFIG_HOME/marquee/config.toml, else ~/.config/marquee/config.toml).",
        valueName: "file"))
    var config: String?

    func run() throws {
        LaunchTimes.mark("command")
        // A broken config stops the app before the screen is taken over, so its one-line error is readable.
        let settings = try ConfigFile.load(config.map { URL(fileURLWithPath: $0) } ?? ConfigFile.defaultURL(),
                                           color: TerminalApp.wantsColor(ProcessInfo.processInfo.environment),
                                           required: config != nil)
        let variables = ProcessInfo.processInfo.environment
        try TerminalApp.requireTerminal(variables)
        // The screen is taken before the catalog is opened, so the seconds of
        // a first start's index build show their progress instead of nothing.
        let terminal = CursesTerminal(wantsColor: TerminalApp.wantsColor(variables))
        defer { terminal.stop() }
        let theme = settings.theme.adapted(color: terminal.hasColor, unicode: terminal.hasUnicode)
        var lastDrawn = Date.distantPast
        let environment = try AppEnvironment(options: options) { step in
            // A quit signal during a long start ends it at once.
            if let signal = terminal.takeQuitSignal() {
                terminal.stop()
                Foundation.exit(128 + signal)
            }
            let (message, fraction) = AppEnvironment.describe(step)
            if case .building(.writing) = step, Date().timeIntervalSince(lastDrawn) < 0.05 { return }
            lastDrawn = Date()
            terminal.draw(LoadingView.frame(width: terminal.width, height: terminal.height, message: message,
                                            fraction: fraction, theme: theme))
        }
        LaunchTimes.mark("loaded")
        // The process ends with the browser: freeing every title one by one
        // (seconds at a million) would only keep the person waiting, so the
        // library is never released. The databases still close as usual.
        _ = Unmanaged.passRetained(environment.library)
        try TerminalApp.run(on: terminal, environment: environment, config: settings)
    }
}
