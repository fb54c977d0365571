import Foundation

/// Deal values are stored as whole cents (öre), so that sums stay exact in SQL on both databases.
enum Cents {
    /// The value of a stored amount, built from its digits: dividing a `Decimal` by 100 is a long
    /// division, and deals are read by the thousand (an impact estimate at 10,000 sellers reads
    /// thousands, and the division was a twentieth of it).
    static func value(_ cents: Int64) -> Decimal {
        Decimal(sign: cents < 0 ? .minus : .plus, exponent: -2, significand: Decimal(cents.magnitude))
    }

    /// The amount stored for `value`, rounded half away from zero to whole cents.
    static func of(_ value: Decimal) -> Int64 {
        var scaled = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return Int64(truncating: rounded as NSNumber)
    }
}
