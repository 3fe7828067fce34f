// zlib through ZIPFoundation's module of it: one copy of the library for zip and gzip.
import CZlib
import Foundation

/// Reads and writes gzip files through zlib, a chunk at a time, so a
/// dataset of hundreds of megabytes is never held whole.
public enum GzipFiles {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Hands `body` each line of the file at `url` (without its line break),
    /// inflating it as it goes when it is gzip (its first two bytes say so);
    /// a plain text file is read as it is.
    public static func forEachLine(of url: URL, _ body: (Substring) throws -> Void) throws {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw Failure(description: "\(url.path): cannot read the file")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        func emitLines(_ bytes: UnsafeRawBufferPointer) throws {
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                pending.append(contentsOf: bytes[start..<index])
                if pending.last == 0x0D { pending.removeLast() }
                let line = String(decoding: pending, as: UTF8.self)
                try body(line[...])
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: bytes[start..<bytes.count])
        }
        let first = try handle.read(upToCount: 1 << 20) ?? Data()
        if first.starts(with: [0x1F, 0x8B]) {
            try inflate(first: first, rest: handle, emitLines)
        } else {
            var chunk = first
            while !chunk.isEmpty {
                try chunk.withUnsafeBytes(emitLines)
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            }
        }
        if !pending.isEmpty {
            if pending.last == 0x0D { pending.removeLast() }
            try body(String(decoding: pending, as: UTF8.self)[...])
        }
    }

    private static func inflate(first: Data, rest handle: FileHandle, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        // 15 + 32: any window size, gzip or zlib header detected.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 18)
        var input = first
        var finished = false
        while !input.isEmpty && !finished {
            try input.withUnsafeMutableBytes { (inBytes: UnsafeMutableRawBufferPointer) in
                stream.next_in = inBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(inBytes.count)
                repeat {
                    let status: Int32 = output.withUnsafeMutableBytes { outBytes in
                        stream.next_out = outBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                        stream.avail_out = uInt(outBytes.count)
                        return CZlib.inflate(&stream, Z_NO_FLUSH)
                    }
                    let produced = output.count - Int(stream.avail_out)
                    if produced > 0 { try output.withUnsafeBytes { try emit(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) } }
                    if status == Z_STREAM_END {
                        // Concatenated gzip members (as `cat a.gz b.gz`) continue after a reset.
                        if stream.avail_in > 0 { inflateReset(&stream) } else { finished = true; break }
                    } else if status != Z_OK && status != Z_BUF_ERROR {
                        throw Failure(description: "not a readable gzip file (zlib error \(status))")
                    }
                } while stream.avail_in > 0 || stream.avail_out == 0
            }
            if !finished { input = try handle.read(upToCount: 1 << 20) ?? Data() }
        }
        if !finished { throw Failure(description: "the gzip file ends too soon") }
    }

    /// Writes text into a gzip file a piece at a time (`catalog synth --format imdb`, tests).
    public final class Writer {
        private var stream = z_stream()
        private let handle: FileHandle
        private var buffer: [UInt8] = []

        public init(url: URL) throws {
            FileManager.default.createFile(atPath: url.path, contents: nil)
            handle = try FileHandle(forWritingTo: url)
            // 15 + 16: a gzip header and trailer.
            guard deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw Failure(description: "cannot start zlib")
            }
        }

        public func write(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 20 { try flush(finish: false) }
        }

        public func close() throws {
            try flush(finish: true)
            deflateEnd(&stream)
            try handle.close()
        }

        private func flush(finish: Bool) throws {
            var output = [UInt8](repeating: 0, count: 1 << 18)
            try buffer.withUnsafeMutableBytes { (inBytes: UnsafeMutableRawBufferPointer) in
                stream.next_in = inBytes.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(inBytes.count)
                var status: Int32
                repeat {
                    status = output.withUnsafeMutableBytes { outBytes in
                        stream.next_out = outBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                        stream.avail_out = uInt(outBytes.count)
                        return deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    }
                    let produced = output.count - Int(stream.avail_out)
                    if produced > 0 { try handle.write(contentsOf: output[0..<produced]) }
                } while stream.avail_out == 0 || (finish && status != Z_STREAM_END)
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
