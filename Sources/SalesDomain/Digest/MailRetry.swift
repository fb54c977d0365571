import Foundation

/// When a message that could not be delivered is tried again: 1, 5 and 30 minutes after the
/// first, second and third failures, then hourly while the message is under a day old. After
/// that it stays in the outbox as failed — never deleted — for an operator to see on the
/// outbox page and send again (`keel digest send-now`).
public enum MailRetry {
    public static let delays: [TimeInterval] = [60, 300, 1_800]
    public static let hourly: TimeInterval = 3_600
    public static let giveUpAfter: TimeInterval = 24 * 3_600

    /// The next attempt after `attempts` failed ones, or `nil` when the message is left failed.
    public static func nextAttempt(afterFailures attempts: Int, queuedAt: Date, now: Date) -> Date? {
        let delay = attempts >= 1 && attempts <= delays.count ? delays[attempts - 1] : hourly
        let next = now.addingTimeInterval(delay)
        return next.timeIntervalSince(queuedAt) > giveUpAfter ? nil : next
    }
}
