import Foundation
@testable import Runtime
import TestSupport
import Testing

/// `MARQUEE_LAUNCH_TIMES=FILE` adds one line per launch, and nothing is written without it.
@Suite struct LaunchTimesTests {
    @Test func eachFirstFrameAddsALineWithTheWallClock() throws {
        let folder = TemporaryDirectory()
        let file = folder.url.appendingPathComponent("times")
        let before = Date().timeIntervalSince1970
        LaunchTimes.mark("first-frame", environment: ["MARQUEE_LAUNCH_TIMES": file.path])
        LaunchTimes.mark("first-frame", environment: ["MARQUEE_LAUNCH_TIMES": file.path])
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let nanoseconds = try #require(lines.first.flatMap { Double($0.dropFirst("first-frame ".count)) })
        #expect(lines.allSatisfy { $0.hasPrefix("first-frame ") })
        #expect(abs(nanoseconds / 1e9 - before) < 60)
    }

    @Test func nothingIsWrittenOrQuitUnlessAsked() throws {
        let folder = TemporaryDirectory()
        LaunchTimes.mark("first-frame", environment: [:])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(!LaunchTimes.quitsAfterFirstFrame(environment: [:]))
        #expect(LaunchTimes.quitsAfterFirstFrame(environment: ["MARQUEE_LAUNCH_TIMES_QUIT": "1"]))
    }
}
