import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator whose sequence depends only on
/// the seed, so that a demo organization is the same on every machine and every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// A UUID drawn from the generator (version 4 layout), so generated ids are reproducible too.
    public mutating func nextUUIDBytes() -> (UInt64, UInt64) {
        let high = (next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return (high, low)
    }

    public mutating func nextUUID() -> UUID {
        let (high, low) = nextUUIDBytes()
        let h = withUnsafeBytes(of: high.bigEndian, Array.init)
        let l = withUnsafeBytes(of: low.bigEndian, Array.init)
        return UUID(uuid: (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7]))
    }
}
