import ArgumentParser
import Foundation

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
        // A broken config stops the app before the screen is taken over, so its one-line error is readable.
        let settings = try ConfigFile.load(config.map { URL(fileURLWithPath: $0) } ?? ConfigFile.defaultURL(),
                                           color: TerminalApp.wantsColor(ProcessInfo.processInfo.environment),
                                           required: config != nil)
        try TerminalApp.requireTerminal(ProcessInfo.processInfo.environment)
        let environment = try AppEnvironment(options: options)
        try TerminalApp(environment: environment, config: settings).run()
    }
}
