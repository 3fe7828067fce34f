import Foundation

// marquee-bench: measures the store, the recommender and the renderer at
// several catalog sizes, each size in its own process so that memory
// figures do not mix. Run it from a release build:
//
//     swift run -c release marquee-bench [--sizes 10000,100000,1000000] [--work DIR] [--json]
//     swift run -c release marquee-bench history-import [--rows 100000] [--work DIR]
//     swift run -c release marquee-bench compare [--sizes embedded,1000000] [--work DIR] [--runs 5] [--marquee PATH] [--json]
//     swift run -c release marquee-bench typos [--sizes embedded,1000000] [--work DIR] [--count 300]
//
// `compare` runs the real `marquee` beside `fzf --filter` and `sqlite3`
// (when installed) on the same titles and prints ratios (SideBySide.swift).
//
// It prints figures; it asserts nothing (targets are judged by people,
// against docs/performance.md).

let arguments = Array(CommandLine.arguments.dropFirst())

/// The usage, from the comment above; `--help` must not start a run of many minutes.
let usage = """
    usage: marquee-bench [--sizes 10000,100000,1000000] [--work DIR] [--json]
           marquee-bench history-import [--rows 100000] [--work DIR]
           marquee-bench compare [--sizes embedded,1000000] [--work DIR] [--runs 5] [--marquee PATH] [--json]
           marquee-bench typos [--sizes embedded,1000000] [--work DIR] [--count 300]
    environment: MARQUEE_BENCH_SLOW=MS, MARQUEE_BENCH_LIBRARY_REPEAT=N, MARQUEE_BENCH_RECOMMEND_REPEAT=N,
                 MARQUEE_BENCH_RECOMMEND_OUT=FILE, MARQUEE_BENCH_RECOMMEND_ONLY=N, MARQUEE_BENCH_SEARCH_REPEAT=N,
                 MARQUEE_BENCH_SEARCH_TEXT=a,b, MARQUEE_BENCH_LAUNCH_ONLY=N (see docs/performance.md)
    """
let known: Set<String> = ["history-import", "compare", "typos", "--sizes", "--work", "--json", "--rows", "--runs",
                          "--marquee", "--count", "--child"]
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
// Every word is a known command or option, or the value after an option.
for (index, argument) in arguments.enumerated() where !known.contains(argument) {
    let follows = index > 0 && arguments[index - 1].hasPrefix("--") && arguments[index - 1] != "--json"
    if !follows {
        FileHandle.standardError.write(Data("marquee-bench: unknown argument '\(argument)'\n\(usage)\n".utf8))
        exit(64)
    }
}

func value(of option: String) -> String? {
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let work = URL(fileURLWithPath: value(of: "--work") ?? FileManager.default.temporaryDirectory.appendingPathComponent("marquee-bench").path)

if arguments.first == "history-import" {
    try HistoryImportBenchmark.run(rows: value(of: "--rows").flatMap(Int.init) ?? 100_000, work: work)
    exit(0)
}

if arguments.first == "typos" {
    for size in (value(of: "--sizes") ?? "embedded,1000000").split(separator: ",") {
        print(try TypoBenchmark.run(size: String(size), work: work, count: value(of: "--count").flatMap(Int.init) ?? 300))
    }
    exit(0)
}

if arguments.first == "compare" {
    let sizes = (value(of: "--sizes") ?? "embedded,1000000").split(separator: ",").map(String.init)
    let results = try SideBySide.run(sizes: sizes, work: work, runs: value(of: "--runs").flatMap(Int.init) ?? 5)
    if arguments.contains("--json") {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(results), as: UTF8.self))
    } else {
        print(SideBySide.text(results))
    }
    exit(0)
}

if let size = value(of: "--child").flatMap(Int.init) {
    let result = try Measurement.run(size: size, work: work)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
    exit(0)
}

let sizes = (value(of: "--sizes") ?? "10000,100000,1000000").split(separator: ",").compactMap { Int($0) }
var results: [Measurement.Result] = []
for size in sizes {
    FileHandle.standardError.write(Data("measuring \(size) titles…\n".utf8))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    process.arguments = ["--child", String(size), "--work", work.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
          let line = String(decoding: output, as: UTF8.self).split(separator: "\n").last,
          let result = try? JSONDecoder().decode(Measurement.Result.self, from: Data(line.utf8)) else {
        FileHandle.standardError.write(Data("size \(size) failed (status \(process.terminationStatus))\n".utf8))
        exit(1)
    }
    results.append(result)
}

if arguments.contains("--json") {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(results), as: UTF8.self))
} else {
    print(Report.text(results))
}
