import Foundation

/// A file's lines read a few megabytes at a time, so a reader never holds
/// the whole file (a million-title `titles.tsv` is a quarter of a gigabyte).
enum FileLines {
    static let chunkSize = 4 << 20

    /// Calls `body` with each line's bytes, without the line feed, in order;
    /// a last line without a line feed counts. `body` returns false to stop.
    /// The bytes are valid only during the call. `chunkSize` is for tests.
    static func forEach(in url: URL, chunkSize: Int = FileLines.chunkSize, _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw StoreError.unreadableFile(path: url.path, reason: "cannot read file") }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        // Bytes of an unfinished line wait at the buffer's start.
        var kept = 0
        while true {
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }  // a line longer than the buffer
            let read = buffer.withUnsafeMutableBytes { bytes in
                Foundation.read(descriptor, bytes.baseAddress! + kept, bytes.count - kept)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw StoreError.unreadableFile(path: url.path, reason: "cannot read file")
            }
            let filled = kept + read
            var stop = false
            let consumed = try buffer.withUnsafeBytes { bytes -> Int in
                var start = 0
                while start < filled, let end = memchr(bytes.baseAddress! + start, 0x0A, filled - start) {
                    let endOffset = bytes.baseAddress!.distance(to: UnsafeRawPointer(end))
                    guard try body(UnsafeRawBufferPointer(rebasing: bytes[start..<endOffset])) else { stop = true; return filled }
                    start = endOffset + 1
                }
                if read == 0, start < filled {
                    stop = try !body(UnsafeRawBufferPointer(rebasing: bytes[start..<filled]))
                    return filled
                }
                return start
            }
            if stop || read == 0 { return }
            kept = filled - consumed
            if kept > 0, consumed > 0 {
                buffer.withUnsafeMutableBytes { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + consumed, kept)
                }
            }
        }
    }
}
