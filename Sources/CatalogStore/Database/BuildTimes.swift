import Foundation

/// With `MARQUEE_BUILD_TIMES` set, the index build prints when each of its
/// steps ended (ms since it started) on stderr: its threads overlap, so
/// their ends say more than a profile of the whole build.
enum BuildTimes {
    static let enabled = ProcessInfo.processInfo.environment["MARQUEE_BUILD_TIMES"] != nil
    private static let start = DispatchTime.now().uptimeNanoseconds

    static func mark(_ step: String) {
        guard enabled else { return }
        let first = start, now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("index build: \(step) at \((now - first) / 1_000_000) ms\n".utf8))
    }
}
