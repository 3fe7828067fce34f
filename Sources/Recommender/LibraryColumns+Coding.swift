import Catalog
import Foundation

/// `LibraryColumns` as bytes, for the catalog index to keep between launches.
///
/// Little-endian, floats as their exact bits, so a decoded library scores
/// exactly as the one that was encoded. Layout: "MQLC", format, title count,
/// feature count; per title its profile (source, valence, energy, a mask of
/// the tone lanes that are not zero, then those weights); per title its
/// audience; per feature its name (length, UTF-8), then per feature its
/// class (a person's features are told by it); per title its features
/// (count, numbers, weights); the positions newest first.
extension LibraryColumns {
    /// Bump when the layout changes or what the columns hold changes meaning.
    public static let format: UInt32 = 4
    private static let magic: [UInt8] = Array("MQLC".utf8)

    public func encoded() -> [UInt8] {
        var out = ByteWriter()
        out.bytes.reserveCapacity(profiles.count * 40 + features.reduce(0) { $0 + 2 + $1.indices.count * 8 } + featureNames.count * 24)
        out.bytes += Self.magic
        out.put(Self.format)
        out.put(UInt32(profiles.count))
        out.put(UInt32(featureNames.count))
        for profile in profiles {
            out.put(UInt8(ProfileSource.allCases.firstIndex(of: profile.source)!))
            out.put(profile.point.valence.bitPattern)
            out.put(profile.point.energy.bitPattern)
            let lanes = profile.tones.storage
            var mask: UInt16 = 0
            for lane in 0..<lanes.scalarCount where lanes[lane] != 0 { mask |= 1 << UInt16(lane) }
            out.put(mask)
            for lane in 0..<lanes.scalarCount where lanes[lane] != 0 { out.put(lanes[lane].bitPattern) }
        }
        for audience in madeFor { out.put(UInt8(MadeFor.allCases.firstIndex(of: audience)!)) }
        for name in featureNames {
            let utf8 = Array(name.utf8)
            out.put(UInt32(utf8.count))
            out.bytes += utf8
        }
        out.bytes += featureClasses
        for vector in features {
            out.put(UInt16(vector.indices.count))
            for number in vector.indices { out.put(UInt32(bitPattern: number)) }
            for weight in vector.weights { out.put(weight.bitPattern) }
        }
        for position in newestFirst { out.put(UInt32(bitPattern: position)) }
        return out.bytes
    }

    /// The columns `encoded()` wrote for `titleCount` titles; nil when the
    /// bytes are of another format, another catalog size, or damaged.
    public init?(decoding bytes: some ContiguousBytes, titleCount: Int) {
        let decoded: LibraryColumns?? = bytes.withUnsafeBytes { buffer in
            var input = ByteReader(buffer)
            guard input.take(Self.magic.count).map(Array.init) == Self.magic, input.read(UInt32.self) == Self.format,
                  let count = input.read(UInt32.self).map(Int.init), count == titleCount,
                  let featureCount = input.read(UInt32.self).map(Int.init) else { return nil }
            let sources = ProfileSource.allCases, audiences = MadeFor.allCases
            var profiles: [MoodProfile] = []
            profiles.reserveCapacity(count)
            for _ in 0..<count {
                guard let source = input.read(UInt8.self).map(Int.init), source < sources.count,
                      let valence = input.read(UInt32.self), let energy = input.read(UInt32.self),
                      let mask = input.read(UInt16.self) else { return nil }
                var lanes = SIMD16<Float>.zero
                for lane in 0..<lanes.scalarCount where mask & (1 << UInt16(lane)) != 0 {
                    guard let weight = input.read(UInt32.self) else { return nil }
                    lanes[lane] = Float(bitPattern: weight)
                }
                profiles.append(MoodProfile(point: MoodPoint(valence: Float(bitPattern: valence), energy: Float(bitPattern: energy)),
                                            tones: ToneVector(storage: lanes), source: sources[source]))
            }
            guard let audienceCodes = input.take(count), audienceCodes.allSatisfy({ Int($0) < audiences.count }) else { return nil }
            let madeFor = audienceCodes.map { audiences[Int($0)] }
            var names: [String] = []
            names.reserveCapacity(featureCount)
            for _ in 0..<featureCount {
                guard let length = input.read(UInt32.self), let utf8 = input.take(Int(length)) else { return nil }
                names.append(String(decoding: utf8, as: UTF8.self))
            }
            guard let classes = input.take(featureCount) else { return nil }
            var features: [FeatureVector] = []
            features.reserveCapacity(count)
            for _ in 0..<count {
                guard let length = input.read(UInt16.self).map(Int.init),
                      let numbers = input.take(length * 4), let weights = input.take(length * 4) else { return nil }
                let indices = (0..<length).map { Int32(bitPattern: numbers.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self).littleEndian) }
                guard indices.allSatisfy({ $0 >= 0 && Int($0) < featureCount }) else { return nil }
                features.append(FeatureVector(indices: indices, weights: (0..<length).map {
                    Float(bitPattern: weights.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self).littleEndian)
                }))
            }
            // The browse order: every position once.
            guard let orderBytes = input.take(count * 4), input.isAtEnd else { return nil }
            var seen = [Bool](repeating: false, count: count)
            var newestFirst: [Int32] = []
            newestFirst.reserveCapacity(count)
            for k in 0..<count {
                let position = Int32(bitPattern: orderBytes.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self).littleEndian)
                guard position >= 0, Int(position) < count, !seen[Int(position)] else { return nil }
                seen[Int(position)] = true
                newestFirst.append(position)
            }
            return LibraryColumns(profiles: profiles, madeFor: madeFor, features: features, featureNames: names,
                                  featureClasses: Array(classes), newestFirst: newestFirst)
        }
        guard let decoded = decoded ?? nil else { return nil }
        self = decoded
    }
}

/// Appends fixed-width integers, little-endian.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func put<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Reads what `ByteWriter` wrote, answering nil past the end.
private struct ByteReader {
    private let buffer: UnsafeRawBufferPointer
    private var offset = 0

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    var isAtEnd: Bool { offset == buffer.count }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
        guard count >= 0, buffer.count - offset >= count else { return nil }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + count])
    }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type) -> Value? {
        take(MemoryLayout<Value>.size).map { Value(littleEndian: $0.loadUnaligned(as: Value.self)) }
    }
}
