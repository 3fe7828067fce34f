import Foundation

/// Running another program the way a person would, and reading what it cost:
/// wall time and peak resident memory of that one process.
enum ChildProcess {
    struct Figures: Codable {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    /// Runs `binary` to the end, its output discarded, and reads its own
    /// wall time and peak resident memory (`wait4` gives the child's usage;
    /// Foundation's Process would reap it first). `input` becomes its
    /// standard input; `quiet` also discards standard error (progress bars).
    static func measure(_ binary: URL, _ arguments: [String], input: URL? = nil, quiet: Bool = false) throws -> Figures {
        resetOwnPeak()
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        if let input { posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0) }
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot run \(binary.path)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #if os(macOS)
        let megabytes = Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #else
        let megabytes = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #endif
        return Figures(seconds: seconds, peakMegabytes: megabytes, status: (status >> 8) & 0xff)
    }

    /// On Linux a child started by posix_spawn shares this process's memory
    /// until it execs, and the kernel counts this process's high-water mark
    /// into the child's ru_maxrss: every child would measure at least this
    /// process's peak (a million titles read for fzf's list, say). Resetting
    /// the mark to the current size leaves that floor at `floorMegabytes`.
    static func resetOwnPeak() {
        #if os(Linux)
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
        #endif
    }

    /// What a process that does nothing measures as: peak figures at or
    /// below it say only that the real peak is no larger.
    static func floorMegabytes() -> Double? {
        guard let idle = which("true"), let figures = try? measure(idle, []) else { return nil }
        return figures.peakMegabytes
    }

    /// The first executable called `name` on PATH, as a shell would find it.
    static func which(_ name: String) -> URL? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// `marquee`, built beside this benchmark.
    static var marquee: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("marquee")
    }

    static func fileBytes(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
}
