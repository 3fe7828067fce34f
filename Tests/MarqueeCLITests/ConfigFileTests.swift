import Foundation
@testable import MarqueeCLI
import TerminalUI
import Testing
import ViewModel

/// config.toml: what it may set, and one clear line for each kind of mistake.
@Suite struct ConfigFileTests {
    func parse(_ text: String, color: Bool = true) throws -> ConfigFile {
        try ConfigFile.parse(text, name: "config.toml", color: color)
    }

    func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func themeColoursAndKeysAreApplied() throws {
        let config = try parse("""
            # evening settings
            theme = "warm"

            [colors]
            selection = "bold black on green"
            accent = "default"

            [keys]
            surprise = "z"
            watchlist = ["W", "w"]
            """)
        #expect(config.theme.paneTitle == Theme.warm.paneTitle)
        #expect(config.theme.selection == Style(foreground: .black, background: .green, bold: true))
        #expect(config.theme.accent == Style())
        #expect(Keymap.lookup(.character("z"), in: config.keymap) == .surprise)
        #expect(Keymap.lookup(.character("!"), in: config.keymap) == nil)
        #expect(Keymap.lookup(.character("w"), in: config.keymap) == .watchlist)
        #expect(config.overrides == 2)
        // The help is written from the same table.
        let help = HelpDocument.lines(main: config.keymap)
        #expect(help.contains { $0.keys == "z" && $0.text == "surprise me" })
    }

    @Test func withoutColourTheThemeIsMonochromeButTheFileIsStillChecked() throws {
        #expect(try parse("theme = \"warm\"", color: false).theme == .monochrome)
        #expect(throws: MarqueeError.self) { try ConfigFile.parse("theme = 3", name: "c", color: false) }
    }

    @Test func mistakesNameFileLineAndSetting() {
        #expect(error("theme = \"neon\"") == "config.toml:1: theme: unknown theme 'neon' (use default, monochrome, warm)")
        #expect(error("\n\n[keys]\nsurprise = \"Ctrl-\"") .hasPrefix("config.toml:4: keys.surprise: 'Ctrl-' is not a key"))
        #expect(error("[keys]\nsurprise = \"s\"").hasPrefix("config.toml:2: keys.surprise: s would be bound to both suggestions and surprise"))
        #expect(error("[keys]\nquit = \"Ctrl-c\"") == "config.toml:2: keys.quit: Ctrl-c always quits and cannot be bound")
        #expect(error("[keys]\nteleport = \"t\"").hasPrefix("config.toml:2: keys.teleport: unknown command"))
        #expect(error("[colors]\n\naccent = \"purple\"").hasPrefix("config.toml:3: colors.accent: not a style"))
        #expect(error("[colors]\nsparkle = \"red\"").hasPrefix("config.toml:2: colors.sparkle: unknown role"))
        #expect(error("colour = 1").hasPrefix("config.toml:1: colour: unknown setting"))
        #expect(error("theme = \n").hasPrefix("config.toml:1: "))
        #expect(error("[keys]\nsurprise = []").hasPrefix("config.toml:2: keys.surprise: give a key"))
        #expect(error("[keys]\nsurprise = [\"z\", 5]").hasPrefix("config.toml:2: keys.surprise: every key in the list must be text"))
        for text in ["theme = \"neon\"", "[keys]\nsurprise = \"s\""] { #expect(!error(text).contains("\n")) }
    }

    @Test func swappingTwoKeysIsAllowed() throws {
        let config = try parse("[keys]\nsuggestions = \"!\"\nsurprise = \"s\"")
        #expect(Keymap.lookup(.character("s"), in: config.keymap) == .surprise)
        #expect(Keymap.lookup(.character("!"), in: config.keymap) == .suggestions)
    }

    @Test func theFileIsFoundWhereTheXDGSpecSays() {
        #expect(ConfigFile.defaultURL(environment: ["MARQUEE_CONFIG": "/c/m.toml", "XDG_CONFIG_HOME": "/x"]).path == "/c/m.toml")
        #expect(ConfigFile.defaultURL(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path == "/x/marquee/config.toml")
        #expect(ConfigFile.defaultURL(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).path == "/h/.config/marquee/config.toml")
    }

    @Test func keyNamesRoundTripWithHowHelpSpellsThem() {
        let keys: [Key] = [.character("z"), .character(" "), .control("d"), .enter, .escape, .tab, .backTab, .up, .down,
                           .left, .right, .home, .end, .pageUp, .pageDown, .backspace, .delete]
        for key in keys { #expect(Key(name: key.description) == key, "\(key)") }
        #expect(Key(name: "Down") == .down && Key(name: "ctrl-D") == .control("d"))
        #expect(Key(name: "zz") == nil && Key(name: "") == nil && Key(name: "Ctrl-1") == nil)
    }
}
