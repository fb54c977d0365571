import Foundation
@testable import KeelStore
import Synchronization
import Testing

@Suite("Kept wide screens: decided at most once per maximum age, shared meanwhile, refreshed behind the older answer")
struct KeptScreensTests {
    final class Clock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_780_000_000))
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
        func read() -> Date { now.withLock { $0 } }
    }

    /// Counts decisions, and answers each with its number.
    final class Decider: Sendable {
        let count = Mutex(0)
        func decide(_ date: Date) async throws -> Int { count.withLock { $0 += 1; return $0 } }
        var decisions: Int { count.withLock { $0 } }
    }

    static func screens(_ clock: Clock, maxAge: TimeInterval = 600, capacity: Int = 32) -> KeptScreens {
        KeptScreens(maxAge: maxAge, minimumSellers: 1, capacity: capacity, clock: { clock.read() })
    }

    @Test("The first request decides; another within the maximum age gets that answer and when it was decided")
    func sharedWithinMaxAge() async throws {
        let clock = Clock()
        let screens = Self.screens(clock)
        let decider = Decider()
        let first = try await screens.answer("org-1 a") { try await decider.decide($0) }
        clock.advance(599)
        let second = try await screens.answer("org-1 a") { try await decider.decide($0) }
        #expect(first.value == 1 && second.value == 1)
        #expect(second.decidedAt == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(decider.decisions == 1)
    }

    @Test("Past the maximum age the older answer is returned at once while a fresh one is decided, with the time it is decided at")
    func refreshedBehind() async throws {
        let clock = Clock()
        let screens = Self.screens(clock)
        let decider = Decider()
        _ = try await screens.answer("org-1 a") { try await decider.decide($0) }
        clock.advance(600)
        let stale = try await screens.answer("org-1 a") { try await decider.decide($0) }
        #expect(stale.value == 1)
        var fresh = stale
        for _ in 0..<200 where fresh.value == 1 {
            try await Task.sleep(for: .milliseconds(10))
            fresh = try await screens.answer("org-1 a") { try await decider.decide($0) }
        }
        #expect(fresh.value == 2)
        #expect(fresh.decidedAt == Date(timeIntervalSince1970: 1_780_000_600))
        #expect(decider.decisions == 2, "one refresh, however many requests came while it ran")
    }

    @Test("Requests that arrive while the first decision runs wait for it: ten requests, one decision")
    func singleFlight() async throws {
        let screens = Self.screens(Clock())
        let decider = Decider()
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try await screens.answer("org-1 a") { date in
                        try await Task.sleep(for: .milliseconds(50))
                        return try await decider.decide(date)
                    }.value
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(values == Array(repeating: 1, count: 10))
        #expect(decider.decisions == 1)
    }

    struct Refused: Error {}

    @Test("A failed decision is reported and not kept; the next request decides again")
    func failureNotKept() async throws {
        let screens = Self.screens(Clock())
        await #expect(throws: Refused.self) {
            _ = try await screens.answer("org-1 a") { _ -> Int in throw Refused() }
        }
        let decider = Decider()
        #expect(try await screens.answer("org-1 a") { try await decider.decide($0) }.value == 1)
    }

    @Test("An organization's answers are forgotten together, others' kept; the oldest go first beyond the capacity")
    func forgetAndCapacity() async throws {
        let clock = Clock()
        let screens = Self.screens(clock, capacity: 2)
        let decider = Decider()
        _ = try await screens.answer("org-1 a") { try await decider.decide($0) }
        _ = try await screens.answer("org-2 a") { try await decider.decide($0) }
        await screens.forget(organization: "org-1")
        clock.advance(1)
        #expect(try await screens.answer("org-1 a") { try await decider.decide($0) }.value == 3, "decided again")
        #expect(try await screens.answer("org-2 a") { try await decider.decide($0) }.value == 2, "still kept")

        clock.advance(1)
        _ = try await screens.answer("org-3 a") { try await decider.decide($0) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(try await screens.answer("org-2 a") { try await decider.decide($0) }.value == 5, "the oldest, org-2's, made room for org-3's")
        #expect(try await screens.answer("org-3 a") { try await decider.decide($0) }.value == 4)
    }
}
