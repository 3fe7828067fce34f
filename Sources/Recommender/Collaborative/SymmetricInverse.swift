import CLinearAlgebra
import Dispatch
import Foundation

/// The inverse of a symmetric positive definite matrix through its Cholesky
/// factor: A = L Lᵀ, W = L⁻¹, A⁻¹ = Wᵀ W. The kernels are C (see
/// `Sources/CLinearAlgebra`); this side cuts the rows into bands and runs the
/// bands of each step on every core.
enum SymmetricInverse {
    /// Rows handled together; each earlier row is read once per block.
    static let blockRows = 32
    /// Rows of the result per task of the last step.
    static let gramRows = 16

    /// Inverts the row-major `n × n` matrix, or returns nil when it is not
    /// positive definite.
    static func inverse(of matrix: [Double], size n: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Double]? {
        precondition(matrix.count == n * n)
        guard n > 0 else { return [] }
        var factor = matrix
        let threads = max(1, threads)
        let succeeded = factor.withUnsafeMutableBufferPointer { buffer -> Bool in
            let a = SharedPointer(buffer.baseAddress!)
            var scratch = [Double](repeating: 0, count: blockRows * n)
            for blockStart in stride(from: 0, to: n, by: blockRows) {
                let blockEnd = min(blockStart + blockRows, n)
                forEachBand(blockStart..<blockEnd, threads: threads) { band in
                    marquee_cholesky_band(a.pointer, n, blockStart, band.lowerBound, band.upperBound)
                }
                if marquee_cholesky_block(a.pointer, n, blockStart, blockEnd) != 0 { return false }
            }
            scratch.withUnsafeMutableBufferPointer { scratchBuffer in
                let sums = SharedPointer(scratchBuffer.baseAddress!)
                for blockStart in stride(from: 0, to: n, by: blockRows) {
                    let blockEnd = min(blockStart + blockRows, n)
                    forEachBand(blockStart..<blockEnd, threads: threads) { band in
                        marquee_invert_lower_band(a.pointer, n, blockStart, band.lowerBound, band.upperBound, sums.pointer)
                    }
                    marquee_invert_lower_block(a.pointer, n, blockStart, blockEnd, sums.pointer)
                }
            }
            return true
        }
        guard succeeded else { return nil }
        var inverse = [Double](repeating: 0, count: n * n)
        factor.withUnsafeBufferPointer { lower in
            inverse.withUnsafeMutableBufferPointer { result in
                let w = SharedPointer(UnsafeMutablePointer(mutating: lower.baseAddress!))
                let p = SharedPointer(result.baseAddress!)
                let tasks = (n + gramRows - 1) / gramRows
                DispatchQueue.concurrentPerform(iterations: tasks) { task in
                    let start = task * gramRows
                    marquee_gram_of_lower_rows(w.pointer, n, start, min(start + gramRows, n), p.pointer)
                }
            }
        }
        return inverse
    }

    /// Splits `rows` into one band per thread and runs them together.
    private static func forEachBand(_ rows: Range<Int>, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let bands = min(threads, rows.count)
        guard bands > 1 else { return body(rows) }
        let size = (rows.count + bands - 1) / bands
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            let start = rows.lowerBound + band * size
            let end = min(start + size, rows.upperBound)
            if start < end { body(start..<end) }
        }
    }
}

/// A raw pointer handed to worker threads that write disjoint rows.
private struct SharedPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}
