import ArgumentParser
import Foundation

/// A mistake in how a command was called that only Marquee can see (an
/// unknown mood, a number out of range): one line, and exit status 64
/// (EX_USAGE) like the parser's own errors. Failures use `MarqueeError` (1).
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension MarqueeCommand {
    /// `ParsableCommand.main()`, except that a `UsageError` exits 64: the
    /// parser gives every error type it does not know exit status 1.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("Error: \(error.description)\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
