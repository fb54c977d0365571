import Foundation
import Testing
@testable import SalesDomain

@Suite struct LoginThrottleTests {
    let policy = LoginThrottlePolicy(maximumFailures: 3, window: 600, lockout: 900)
    let start = Fixture.monday

    @Test func theMaximumFailureLocksForTheLockout() {
        var state: LoginThrottleState?
        for minute in 0..<2 {
            state = policy.recordingFailure(state, now: start.addingTimeInterval(Double(minute) * 60))
            #expect(policy.retryAfter(state, now: start.addingTimeInterval(Double(minute) * 60)) == nil)
        }
        let third = start.addingTimeInterval(120)
        state = policy.recordingFailure(state, now: third)
        #expect(policy.retryAfter(state, now: third) == third.addingTimeInterval(900))
        #expect(policy.retryAfter(state, now: third.addingTimeInterval(899)) != nil)
        #expect(policy.retryAfter(state, now: third.addingTimeInterval(900)) == nil)
    }

    @Test func failuresOutsideTheWindowAreForgotten() {
        var state = policy.recordingFailure(nil, now: start)
        state = policy.recordingFailure(state, now: start.addingTimeInterval(60))
        state = policy.recordingFailure(state, now: start.addingTimeInterval(601 + 60))
        #expect(state.failures == 1)
        #expect(policy.retryAfter(state, now: start.addingTimeInterval(700)) == nil)
    }

    /// Each admitted attempt is counted before its password is checked; the third of three
    /// locks as it goes through, the fourth is refused until the lockout ends.
    @Test func attemptsAreCountedAsTheyAreAdmitted() {
        var state: LoginThrottleState?
        for attempt in 1...3 {
            guard case .admitted(let counted) = policy.admitting(state, now: start) else {
                Issue.record("attempt \(attempt) refused")
                return
            }
            state = counted
        }
        #expect(policy.admitting(state, now: start) == .refused(retryAfter: start.addingTimeInterval(900)))
        #expect(policy.admitting(state, now: start.addingTimeInterval(900)) != .refused(retryAfter: start.addingTimeInterval(900)))
    }
}
