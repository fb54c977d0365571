import Foundation
import SalesDomain

/// A person changing their own password has typed too many wrong current passwords: the
/// account's sign-in throttle is spent, and no more guesses are checked until `retryAfter`.
struct PasswordGuessesThrottled: Error {
    let retryAfter: Date
    let now: Date

    /// Whole seconds to wait, at least one.
    var seconds: Int { max(1, Int(retryAfter.timeIntervalSince(now).rounded(.up))) }

    /// The problem on the current-password field, in whole minutes as the sign-in page says it.
    var problem: FieldError {
        let minutes = max(1, Int((retryAfter.timeIntervalSince(now) / 60).rounded(.up)))
        return FieldError(field: "currentPassword", code: .invalidValue, .currentPasswordThrottled, ["minutes": String(minutes)])
    }
}
