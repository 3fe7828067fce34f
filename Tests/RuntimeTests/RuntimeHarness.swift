import Catalog
import CatalogStore
import Foundation
@testable import MarqueeCLI
@testable import Runtime
import TerminalUI
import TestSupport
import Testing
import ViewModel

/// The real app, wired as `marquee browse` wires it, on a `TestBackend`: a
/// data dir of its own and the fixture catalog (Tests/Fixtures/catalog).
final class RuntimeHarness {
    let data: TemporaryDirectory
    let backend: TestBackend
    let runtime: TerminalRuntime<TestBackend>
    /// Kept open for as long as the runtime uses its stores.
    let environment: AppEnvironment

    init(width: Int = 80, height: Int = 24, data: TemporaryDirectory = TemporaryDirectory("marquee-runtime"),
         hasColor: Bool = true, hasUnicode: Bool = true) throws {
        self.data = data
        let options = try GlobalOptions.parse(["--data-dir", data.path, "--catalog", Fixtures.catalogDirectory.path])
        environment = try AppEnvironment(options: options, progress: { _ in })
        backend = TestBackend(width: width, height: height, hasColor: hasColor, hasUnicode: hasUnicode)
        runtime = try TerminalApp.runtime(on: backend, environment: environment, config: .standard(color: true),
                                          today: CalendarDate(year: 2026, month: 11, day: 30))
        runtime.start()
        runtime.settle()
    }

    var screen: String { backend.text }
    var lines: [String] { backend.text.components(separatedBy: "\n") }

    /// Sends events and lets the runtime answer them all.
    func send(_ events: TerminalEvent...) {
        for event in events { backend.send(event) }
        runtime.settle()
    }

    func press(_ keys: Key...) {
        for key in keys { backend.send(.key(key)) }
        runtime.settle()
    }

    func type(_ text: String) {
        backend.type(text)
        runtime.settle()
    }

    /// A fresh data dir opens on the welcome, which Esc closes as a person would.
    func passWelcome() {
        #expect(screen.contains("Welcome to Marquee"), "\(screen)")
        press(.escape)
        #expect(screen.contains("For your mood") && !screen.contains("Welcome to Marquee"), "\(screen)")
    }

    /// Moves down until the selected row is `name`.
    func select(_ name: String) {
        for _ in 0..<40 where !screen.contains("▸" + name) { press(.character("j")) }
        #expect(screen.contains("▸" + name), "\(screen)")
    }

    /// Searches from the home screen and moves onto `name`.
    func searchAndSelect(_ query: String, _ name: String) {
        press(.character("/"))
        type(query)
        press(.enter)
        select(name)
    }
}
