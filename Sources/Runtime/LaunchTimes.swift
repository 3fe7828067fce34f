import Foundation

/// `MARQUEE_LAUNCH_TIMES=FILE`: when set, a launch appends a line to FILE at
/// each of its steps — "command NS" as the browse command starts, "loaded NS"
/// once the catalog and library are in memory, "state NS" once the runtime
/// is made, "first-frame NS" as the first frame is drawn — with the wall
/// clock in nanoseconds since 1970, so a script that notes the time before
/// starting the app measures what a person waits for, loading of the program
/// included (scripts/launch-times). Nothing is written otherwise.
/// `MARQUEE_LAUNCH_TIMES_QUIT=1` also quits right after the first frame, so
/// a profiler or `hyperfine` (through `script`, for a terminal) can run whole
/// launches.
public enum LaunchTimes {
    public static func mark(_ step: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = environment["MARQUEE_LAUNCH_TIMES"], !path.isEmpty else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let line = "\(step) \(Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))\n"
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { return }
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try? handle.close()
    }

    static func quitsAfterFirstFrame(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment["MARQUEE_LAUNCH_TIMES_QUIT"] == "1"
    }
}
