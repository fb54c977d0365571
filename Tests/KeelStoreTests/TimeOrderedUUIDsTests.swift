import Foundation
@testable import KeelStore
import Testing

/// Imported rows get ids that increase in the order they are made (so they append to the
/// primary-key index) and are well-formed version 7 UUIDs.
@Suite struct TimeOrderedUUIDsTests {
    @Test func increaseWithinAndAcrossMillisecondsAsBytesAndAsText() {
        // A clock that stands still for 2,000 ids at a time, then moves on by a millisecond.
        final class Clock: @unchecked Sendable { var calls = 0 }
        let clock = Clock()
        var ids = TimeOrderedUUIDs {
            clock.calls += 1
            return Date(timeIntervalSince1970: 1_767_571_200 + Double(clock.calls / 2_000) / 1_000)
        }
        let made = (0..<10_000).map { _ in ids.next() }
        func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }
        #expect(zip(made, made.dropFirst()).allSatisfy { bytes($0).lexicographicallyPrecedes(bytes($1)) })
        #expect(zip(made, made.dropFirst()).allSatisfy { $0.uuidString < $1.uuidString })
        #expect(made.allSatisfy { bytes($0)[6] >> 4 == 7 && bytes($0)[8] >> 6 == 0b10 })
        // The first 48 bits are the clock's milliseconds.
        let milliseconds = bytes(made[0]).prefix(6).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(milliseconds == 1_767_571_200_000)
    }

    /// Bulk inserts write ids as text themselves; it must be the text SQLiteKit writes.
    @Test func idsAreWrittenAsFoundationWritesThem() {
        var ids = TimeOrderedUUIDs()
        for id in (0..<1_000).map({ _ in UUID() }) + [ids.next(), UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))] {
            #expect(id.text == id.uuidString)
        }
    }
}
