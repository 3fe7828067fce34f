import ArgumentParser

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser (the default when no subcommand is given).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let environment = try AppEnvironment(options: options)
        try TerminalApp(environment: environment).run()
    }
}
