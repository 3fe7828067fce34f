import Catalog
import Foundation

/// Progress of long work (the first index build, an import, an evaluation)
/// as one line on stderr that rewrites itself — only when stderr is a
/// terminal and the output is not JSON, so pipes, scripts and `--json` see
/// nothing of it.
final class ProgressLine {
    private let write: ((String) -> Void)?
    private var shown = false
    private var lastUpdate = Date.distantPast
    private let started = Date()

    /// `write` nil: a silent progress line.
    init(write: ((String) -> Void)?) {
        self.write = write
    }

    static var silent: ProgressLine { ProgressLine(write: nil) }

    /// On stderr when it is a terminal and `json` is false. Every command
    /// may build the index first, so `--json` among the arguments also
    /// silences it for commands that do not pass `json`.
    static func standardError(json: Bool = false, arguments: [String] = CommandLine.arguments) -> ProgressLine {
        guard !json, !arguments.contains("--json"), isatty(STDERR_FILENO) == 1 else { return .silent }
        return ProgressLine { FileHandle.standardError.write(Data($0.utf8)) }
    }

    var isEnabled: Bool { write != nil }

    /// Seconds since this progress line was made.
    var elapsed: TimeInterval { Date().timeIntervalSince(started) }

    /// Shows `message` in place of the previous one; `fraction` (0…1) adds a
    /// bar and a percentage. Updates closer than a tenth of a second apart are skipped
    /// unless `force`d (a new step).
    func update(_ message: String, fraction: Double? = nil, force: Bool = true) {
        guard let write else { return }
        let now = Date()
        if !force, now.timeIntervalSince(lastUpdate) < 0.1 { return }
        lastUpdate = now
        write("\r\u{1B}[K" + SafeText.display(message) + (fraction.map(Self.bar) ?? ""))
        shown = true
    }

    /// " [#########...........]  45%": ASCII, so it reads the same in any locale.
    static func bar(_ fraction: Double) -> String {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * 20).rounded(.down))
        let percent = String(Int((clamped * 100).rounded()))
        return " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "] "
            + String(repeating: " ", count: 3 - percent.count) + percent + "%"
    }

    /// Clears the line; `summary`, when given, stays as a line of its own.
    func finish(_ summary: String? = nil) {
        guard let write else { return }
        if shown { write("\r\u{1B}[K") }
        shown = false
        if let summary { write(SafeText.display(summary) + "\n") }
    }
}
