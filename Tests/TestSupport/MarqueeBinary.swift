import Foundation

/// The built `marquee` executable, run as a separate process.
public enum MarqueeBinary {
    /// Beside the test runner in the build folder (SwiftPM builds it because
    /// the end-to-end target depends on it).
    public static var url: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        // On Linux the runner is `<build>/MarqueePackageTests.xctest`; elsewhere it may sit inside a bundle.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("marquee")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/marquee")
    }

    /// Bytes handed from the thread that reads stderr (read after `wait`).
    private final class DataBox: @unchecked Sendable { var data = Data() }

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `marquee` with `arguments` and waits for it.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, stderr on its own thread: a child
        // that fills one pipe while the other is read would otherwise stall.
        let stderrBox = DataBox()
        let stderrRead = DispatchGroup()
        stderrRead.enter()
        DispatchQueue.global().async {
            stderrBox.data = err.fileHandleForReading.readDataToEndOfFile()
            stderrRead.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrRead.wait()
        let stderr = stderrBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
