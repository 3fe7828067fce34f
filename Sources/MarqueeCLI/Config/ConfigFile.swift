import Catalog
import Foundation
import TerminalUI
import TOMLKit
import ViewModel

/// The optional `config.toml`: a theme, colours per role, and key overrides.
///
///     theme = "warm"              # default, warm, monochrome
///     [colors]
///     selection = "black on yellow"
///     [keys]
///     surprise = "z"
///     watchlist = ["W", "w"]
///
/// Everything is checked; a mistake is one line naming the file, the line
/// and the setting, and the app does not start half-configured.
struct ConfigFile {
    var theme: Theme
    /// The theme the file names ("default" when it names none).
    var themeName = "default"
    var keymap: [KeyBinding<Command>]
    var overrides: Int

    static let fileName = "config.toml"

    /// `$MARQUEE_CONFIG`, else `$XDG_CONFIG_HOME/marquee/config.toml`, else `~/.config/marquee/config.toml`.
    static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = environment["MARQUEE_CONFIG"], !path.isEmpty { return URL(fileURLWithPath: path) }
        if let path = environment["XDG_CONFIG_HOME"], path.hasPrefix("/") {
            return URL(fileURLWithPath: path).appendingPathComponent("marquee/\(fileName)")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".config/marquee/\(fileName)")
    }

    /// The settings with nothing configured.
    static func standard(color: Bool) -> ConfigFile {
        ConfigFile(theme: color ? .colored : .monochrome, keymap: Keymap.main, overrides: 0)
    }

    /// Reads `url`; no file means the standard settings. Without colour
    /// (`NO_COLOR`) the theme is monochrome whatever the file says, but the
    /// file is still checked. A file named on the command line (`required`)
    /// must exist.
    static func load(_ url: URL, color: Bool, required: Bool = false) throws -> ConfigFile {
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { throw MarqueeError("\(SafeText.display(url.path)): no such settings file") }
            return standard(color: color)
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MarqueeError("\(url.path): cannot read (\(error.localizedDescription))")
        }
        return try parse(text, name: url.path, color: color)
    }

    static func parse(_ text: String, name: String, color: Bool) throws -> ConfigFile {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw MarqueeError("\(name):\(error.source.begin.line): \(error.description)")
        }
        let lines = LineFinder(text: text)
        func fail(_ section: String?, _ key: String, _ message: String) -> MarqueeError {
            let field = section.map { "\($0).\(key)" } ?? key
            return MarqueeError("\(name):\(lines.line(of: key, in: section)): \(field): \(message)")
        }

        var theme = Theme.colored, themeName = "default"
        for key in table.keys where !["theme", "colors", "keys"].contains(key) {
            throw fail(nil, key, "unknown setting (use theme, [colors] or [keys])")
        }
        if let value = table["theme"] {
            guard let name = value.string, let named = Theme.named[name] else {
                throw fail(nil, "theme", "unknown theme \(value.string.map { "'\($0)'" } ?? "value") (use \(Theme.named.keys.sorted().joined(separator: ", ")))")
            }
            theme = named
            themeName = name
        }
        if let value = table["colors"] {
            guard let colors = value.table else { throw fail(nil, "colors", "must be a table: [colors]") }
            for role in colors.keys {
                guard let path = Theme.roles[role] else {
                    throw fail("colors", role, "unknown role (use \(Theme.roles.keys.sorted().joined(separator: ", ")))")
                }
                guard let spec = colors[role]?.string, let style = Style(spec: spec) else {
                    throw fail("colors", role, "not a style: use words like \"bold\", \"cyan\", \"black on yellow\"")
                }
                theme[keyPath: path] = style
            }
        }
        var overrides: [Command: [Key]] = [:]
        if let value = table["keys"] {
            guard let keys = value.table else { throw fail(nil, "keys", "must be a table: [keys]") }
            for name in keys.keys {
                guard let command = Command.configurable[name] else {
                    throw fail("keys", name, "unknown command (see docs/keymap.md for the names)")
                }
                var spellings = keys[name]?.string.map { [$0] } ?? []
                if let list = keys[name]?.array {
                    // Every item must be a key: a number in the list is a mistake, not something to skip.
                    spellings = try list.map { item in
                        guard let spelling = item.string else {
                            throw fail("keys", name, "every key in the list must be text in quotes, like [\"z\", \"Ctrl-z\"]")
                        }
                        return spelling
                    }
                }
                guard !spellings.isEmpty else { throw fail("keys", name, "give a key (\"z\") or a list of keys ([\"z\", \"Ctrl-z\"])") }
                overrides[command] = try spellings.map { spelling in
                    guard let key = Key(name: spelling) else {
                        throw fail("keys", name, "'\(spelling)' is not a key (e.g. \"z\", \"Ctrl-d\", \"Tab\", \"PgDn\", \"Space\")")
                    }
                    return key
                }
            }
        }
        let keymap: [KeyBinding<Command>]
        do { keymap = try Keymap.main(overriding: overrides) } catch {
            // Point at the overridden command that caused the clash.
            let named = Set(overrides.keys.compactMap(\.configName))
            var culprit = named.sorted().first ?? "keys"
            if case let .clash(_, first, second) = error { culprit = named.contains(second) ? second : first }
            throw fail("keys", culprit, "\(error)")
        }
        return ConfigFile(theme: color ? theme : .monochrome, themeName: themeName, keymap: keymap, overrides: overrides.count)
    }
}

/// Finds the line a setting is on, for error messages.
private struct LineFinder {
    let text: String

    func line(of key: String, in section: String?) -> Int {
        var current: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                if section == nil && current == key { return index + 1 }
                continue
            }
            let name = line.split(separator: "=", maxSplits: 1).first?
                .trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) ?? ""
            if name == key && current == section { return index + 1 }
        }
        return 1
    }
}
