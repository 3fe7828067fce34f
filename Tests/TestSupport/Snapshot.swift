import Foundation

/// Text snapshots kept in a `Snapshots/` folder beside the test file.
///
/// A missing snapshot is written and reported as a failure, so every new
/// snapshot is looked at once; `RECORD_SNAPSHOTS=1` rewrites them all.
public enum Snapshot {
    public enum Outcome: Equatable {
        case matched
        case recorded(path: String)
        case mismatched(expected: String, actual: String, path: String)
    }

    public static func compare(_ actual: String, named name: String, testFile: String = #filePath) -> Outcome {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if record || existing == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
            return record && existing != nil && existing == actual + "\n" ? .matched : .recorded(path: url.path)
        }
        if existing == actual + "\n" { return .matched }
        return .mismatched(expected: existing ?? "", actual: actual + "\n", path: url.path)
    }
}
