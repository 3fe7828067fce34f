import ArgumentParser
import Catalog
import Foundation
import ViewModel

/// `marquee config check`: validate config.toml without opening the browser.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the settings file (theme, colours, keys).",
        subcommands: [ConfigCheckCommand.self])
}

struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check config.toml and say what it sets, or name the first mistake with its line.")

    @Option(name: .long, help: ArgumentHelp("Settings file to check (default: where the browser looks).", valueName: "file"))
    var config: String?

    func run() throws {
        let url = config.map { URL(fileURLWithPath: $0) } ?? ConfigFile.defaultURL()
        // A file named on the command line must exist; the default place may be empty.
        guard config != nil || FileManager.default.fileExists(atPath: url.path) else {
            print("\(SafeText.display(url.path)): no settings file; the standard theme and keys are used.")
            return
        }
        let settings = try ConfigFile.load(url, color: true, required: true)
        print("\(SafeText.display(url.path)): ok · theme \(settings.themeName) · \(settings.overrides) key override\(settings.overrides == 1 ? "" : "s")")
    }
}
