import Foundation

/// How many failed sign-ins a key (an account or a network address) may have before it is
/// locked out for a while. Counting per account stops guessing one password; counting per
/// address stops spraying one password over many accounts.
public struct LoginThrottlePolicy: Hashable, Sendable {
    public var maximumFailures: Int
    public var window: TimeInterval
    public var lockout: TimeInterval

    public init(maximumFailures: Int, window: TimeInterval, lockout: TimeInterval) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
    }

    public static let perAccount = LoginThrottlePolicy(maximumFailures: 5, window: 15 * 60, lockout: 15 * 60)
    public static let perAddress = LoginThrottlePolicy(maximumFailures: 30, window: 15 * 60, lockout: 15 * 60)

    /// When the key may try again, or `nil` when it may try now.
    public func retryAfter(_ state: LoginThrottleState?, now: Date) -> Date? {
        guard let lockedUntil = state?.lockedUntil, lockedUntil > now else { return nil }
        return lockedUntil
    }

    /// Whether a sign-in attempt may be evaluated at `now`, and the state that counts it.
    ///
    /// An attempt is counted before its password is checked, so however many arrive at once,
    /// at most ``maximumFailures`` are evaluated in a window: the one that reaches the maximum
    /// locks the key as it is let through. A sign-in that succeeds is given back afterwards.
    public func admitting(_ state: LoginThrottleState?, now: Date) -> Admission {
        if let retryAfter = retryAfter(state, now: now) { return .refused(retryAfter: retryAfter) }
        return .admitted(counted: recordingFailure(state, now: now))
    }

    public enum Admission: Hashable, Sendable {
        case admitted(counted: LoginThrottleState)
        case refused(retryAfter: Date)
    }

    /// The state after one more failure at `now`: failures older than the window are forgotten,
    /// and reaching the maximum locks the key for `lockout`.
    public func recordingFailure(_ state: LoginThrottleState?, now: Date) -> LoginThrottleState {
        var next = state ?? LoginThrottleState(failures: 0, windowStart: now, lockedUntil: nil)
        if now.timeIntervalSince(next.windowStart) > window {
            next = LoginThrottleState(failures: 0, windowStart: now, lockedUntil: nil)
        }
        next.failures += 1
        if next.failures >= maximumFailures {
            next.lockedUntil = now.addingTimeInterval(lockout)
            next.failures = 0
            next.windowStart = now
        }
        return next
    }
}

/// The stored count of recent failed sign-ins for one key.
public struct LoginThrottleState: Hashable, Sendable {
    public var failures: Int
    public var windowStart: Date
    public var lockedUntil: Date?

    public init(failures: Int, windowStart: Date, lockedUntil: Date?) {
        self.failures = failures
        self.windowStart = windowStart
        self.lockedUntil = lockedUntil
    }
}
