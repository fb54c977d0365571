import Foundation

/// The draws the demo execution generator needs, written out rather than taken from the
/// standard library's `random(in:using:)`, whose algorithm is not promised to stay the same
/// between Swift releases: the demo must be the same year on every toolchain.
extension SeededGenerator {
    /// An independent stream for one part of the demo (one seller's deals, one seller's
    /// week plans …), so each can be generated alone, in any order or in parallel, and still
    /// be the same as when everything is generated in one go.
    ///
    /// The seed, the subject's id and a salt are folded with the SplitMix64 finalizer, which
    /// scatters nearby inputs (seed 7 and seed 8, two ids that differ in one bit) far apart.
    static func stream(seed: UInt64, subject: UUID, salt: UInt64) -> SeededGenerator {
        let bytes = subject.uuid
        let high = [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7]
            .reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = [bytes.8, bytes.9, bytes.10, bytes.11, bytes.12, bytes.13, bytes.14, bytes.15]
            .reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        func scramble(_ value: UInt64) -> UInt64 {
            var generator = SeededGenerator(seed: value)
            return generator.next()
        }
        return SeededGenerator(seed: scramble(scramble(scramble(scramble(seed) ^ high) ^ low) ^ salt))
    }

    /// A value in `0..<bound` (Lemire's multiply-high: no modulo bias worth mentioning for
    /// the small bounds used here, and no loop).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "a draw needs at least one outcome")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in the closed range.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A value in `0 ..< 1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A value in the range, uniformly.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array.
    mutating func element<Element>(of elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An identifier drawn from the stream, laid out as a version 4 UUID like the demo
    /// organization's ids.
    mutating func identifier<Subject>() -> Identifier<Subject> {
        Identifier(nextUUID())
    }
}
