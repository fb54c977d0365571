import Foundation

/// Identifiers laid out as RFC 9562 version 7: 48 bits of Unix milliseconds, then version and
/// variant bits around random bits, so that rows made one after another get increasing ids.
///
/// Random (version 4) primary keys scatter a million-row import over every page of the
/// primary-key index, on SQLite and PostgreSQL alike; increasing keys append to its last page.
/// Within one millisecond the random part is incremented rather than redrawn, so the ids of
/// one generator strictly increase (RFC 9562 §6.2, method 2). Not `Sendable` on purpose: one
/// generator belongs to one writer.
struct TimeOrderedUUIDs {
    private var lastMilliseconds: UInt64 = 0
    /// The 74 bits after the timestamp, less the version and variant bits: 12 high, 62 low.
    private var high: UInt16 = 0
    private var low: UInt64 = 0
    private let clock: () -> Date

    init(clock: @escaping () -> Date = Date.init) {
        self.clock = clock
    }

    mutating func next() -> UUID {
        let now = UInt64(max(0, clock().timeIntervalSince1970 * 1000))
        if now > lastMilliseconds {
            lastMilliseconds = now
            high = UInt16.random(in: 0...0x0FFF)
            // The top bit left clear, so increments within a millisecond have room.
            low = UInt64.random(in: 0...(1 << 61 - 1))
        } else {
            low += 1
            if low >> 62 != 0 {
                low = 0
                high += 1
                if high > 0x0FFF {
                    // Four thousand carries in one millisecond can't happen in practice; borrow
                    // the next millisecond rather than break the order.
                    lastMilliseconds += 1
                    high = 0
                }
            }
        }
        let milliseconds = lastMilliseconds
        return UUID(uuid: (
            UInt8(truncatingIfNeeded: milliseconds >> 40), UInt8(truncatingIfNeeded: milliseconds >> 32),
            UInt8(truncatingIfNeeded: milliseconds >> 24), UInt8(truncatingIfNeeded: milliseconds >> 16),
            UInt8(truncatingIfNeeded: milliseconds >> 8), UInt8(truncatingIfNeeded: milliseconds),
            0x70 | UInt8(truncatingIfNeeded: high >> 8), UInt8(truncatingIfNeeded: high),
            0x80 | UInt8(truncatingIfNeeded: low >> 56), UInt8(truncatingIfNeeded: low >> 48),
            UInt8(truncatingIfNeeded: low >> 40), UInt8(truncatingIfNeeded: low >> 32),
            UInt8(truncatingIfNeeded: low >> 24), UInt8(truncatingIfNeeded: low >> 16),
            UInt8(truncatingIfNeeded: low >> 8), UInt8(truncatingIfNeeded: low)
        ))
    }
}
