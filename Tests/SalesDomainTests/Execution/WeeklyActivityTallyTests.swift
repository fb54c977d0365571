import Foundation
import Testing
@testable import SalesDomain

@Suite struct WeeklyActivityTallyTests {
    typealias F = ExecutionFixture
    let person = Fixture.personID(1)

    /// Four calls of one seller (minutes in brackets):
    /// - A1 [30] planned Tue 6 Jan (W02), done Wed 7 Jan (W02);
    /// - A2 [45] planned Thu 8 Jan (W02), moved to Tue 13 Jan (W03), done there;
    /// - A3 [60] planned Mon 5 Jan (W02), moved to Wed 7 Jan (same week), then dropped;
    /// - A4 [90] planned Fri 16 Jan (W03), done early on Fri 9 Jan (W02).
    var activities: [Activity] {
        [
            F.activity(1, .call, planned: F.date(2026, 1, 6), done: F.date(2026, 1, 7), minutes: 30),
            F.activity(2, .call, planned: F.date(2026, 1, 13), done: F.date(2026, 1, 13), minutes: 45),
            F.activity(3, .call, planned: F.date(2026, 1, 7), minutes: 60),
            F.activity(4, .call, planned: F.date(2026, 1, 16), done: F.date(2026, 1, 9), minutes: 90),
        ]
    }

    var postponements: [Postponement] {
        [
            F.moved(1, activity: 2, from: F.date(2026, 1, 8), to: F.date(2026, 1, 13)),
            F.moved(2, activity: 3, from: F.date(2026, 1, 5), to: F.date(2026, 1, 7)),
            F.dropped(3, activity: 3, from: F.date(2026, 1, 7), logged: F.date(2026, 1, 7, 10)),
        ]
    }

    /// | week | planned | done by planned week | scheduled | sched. min | moved out | dropped | done | done min |
    /// |---|---|---|---|---|---|---|---|---|
    /// | W02 | A1 A2 A3 = 3 | A1 = 1 | A1 A2 A3 = 3 | 30+45+60 = 135 | A2 = 1 | A3 = 1 | A1 A4 = 2 | 30+90 = 120 |
    /// | W03 | A4 = 1 | A4 (early) = 1 | A2 A4 = 2 | 45+90 = 135 | 0 | 0 | A2 = 1 | 45 |
    ///
    /// A3's move within W02 is not a move out; it is counted once in W02 and as dropped.
    @Test func handComputedWeeks() {
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: postponements, calendar: F.calendar)
        #expect(tallies == [
            WeeklyActivityTally(
                key: .init(personID: person, week: F.week(2026, 2), activityType: .call), plannedActivities: 3, doneByPlannedWeek: 1,
                scheduledActivities: 3, scheduledMinutes: 135, movedOut: 1, dropped: 1, doneActivities: 2, doneMinutes: 120),
            WeeklyActivityTally(
                key: .init(personID: person, week: F.week(2026, 3), activityType: .call), plannedActivities: 1, doneByPlannedWeek: 1,
                scheduledActivities: 2, scheduledMinutes: 135, movedOut: 0, dropped: 0, doneActivities: 1, doneMinutes: 45),
        ])
        #expect(tallies[0].pushedOut == 2)
    }

    /// Moved twice, W02 → W03 → W04, never done: planned once (W02), on the plan in three weeks,
    /// moved out of W02 and W03.
    @Test func aRepeatedlyMovedActivityIsPlannedOnceAndScheduledInEveryWeek() {
        let activity = F.activity(1, .prospecting, planned: F.date(2026, 1, 20), minutes: 120)
        let moves = [
            F.moved(1, activity: 1, from: F.date(2026, 1, 6), to: F.date(2026, 1, 13), logged: F.date(2026, 1, 6)),
            F.moved(2, activity: 1, from: F.date(2026, 1, 13), to: F.date(2026, 1, 20), logged: F.date(2026, 1, 13)),
            // Another activity's postponement must not leak in.
            F.dropped(3, activity: 2, from: F.date(2026, 1, 20)),
        ]
        let contributions = WeeklyActivityTally.contributions(of: activity, postponements: moves, calendar: F.calendar)
        #expect(contributions.map(\.week) == [F.week(2026, 2), F.week(2026, 3), F.week(2026, 4)])
        #expect(contributions.map(\.plannedActivities) == [1, 0, 0])
        #expect(contributions.map(\.scheduledActivities) == [1, 1, 1])
        #expect(contributions.map(\.scheduledMinutes) == [120, 120, 120])
        #expect(contributions.map(\.movedOut) == [1, 1, 0])
        #expect(contributions.map(\.dropped) == [0, 0, 0])
        #expect(contributions.allSatisfy { $0.doneActivities == 0 && $0.doneByPlannedWeek == 0 })
    }

    /// A1 moved out of W02 for a verified obstacle and never done; A2 the same but done late in
    /// W03 — both late, both for the obstacle; A3 moved within W02 with a verified obstacle and
    /// done on time — not late at all; A4 moved out of W02 with an accepted excuse — late, but
    /// not for an obstacle.
    @Test func lateForAVerifiedObstacleCountsInTheOriginalWeekOnly() {
        func reviewed(_ postponement: Postponement, _ verdict: ReviewVerdict) -> Postponement {
            var copy = postponement
            copy.review = PostponementReview(reviewerID: Fixture.personID(9), verdict: verdict, reviewedAt: F.date(2026, 1, 9))
            return copy
        }
        let activities = [
            F.activity(1, .call, planned: F.date(2026, 1, 13), minutes: 30),
            F.activity(2, .call, planned: F.date(2026, 1, 13), done: F.date(2026, 1, 14), minutes: 30),
            F.activity(3, .call, planned: F.date(2026, 1, 8), done: F.date(2026, 1, 8), minutes: 30),
            F.activity(4, .call, planned: F.date(2026, 1, 13), minutes: 30),
        ]
        let postponements = [
            reviewed(F.moved(1, activity: 1, from: F.date(2026, 1, 6), to: F.date(2026, 1, 13)), .verifiedObstacle),
            reviewed(F.moved(2, activity: 2, from: F.date(2026, 1, 6), to: F.date(2026, 1, 13)), .verifiedObstacle),
            reviewed(F.moved(3, activity: 3, from: F.date(2026, 1, 6), to: F.date(2026, 1, 8)), .verifiedObstacle),
            reviewed(F.moved(4, activity: 4, from: F.date(2026, 1, 6), to: F.date(2026, 1, 13)), .acceptedExcuse),
        ]
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: postponements, calendar: F.calendar)
        #expect(tallies.map(\.week) == [F.week(2026, 2), F.week(2026, 3)])
        #expect(tallies.map(\.plannedActivities) == [4, 0])
        #expect(tallies.map(\.doneByPlannedWeek) == [1, 0])
        #expect(tallies.map(\.lateForVerifiedObstacle) == [2, 0])
    }

    @Test func aStoreCanMaintainTalliesIncrementally() {
        var rollup = Dictionary(uniqueKeysWithValues: WeeklyActivityTally.tallies(
            activities: activities, postponements: postponements, calendar: F.calendar).map { ($0.key, $0) })

        // A1 turns out not to have been done: take its old contribution out, put the new one in.
        let old = activities[0]
        var new = old
        new.doneDate = nil
        for tally in WeeklyActivityTally.contributions(of: old, postponements: postponements, calendar: F.calendar) {
            rollup[tally.key]!.subtract(tally)
        }
        for tally in WeeklyActivityTally.contributions(of: new, postponements: postponements, calendar: F.calendar) {
            rollup[tally.key, default: WeeklyActivityTally(key: tally.key)].add(tally)
        }
        let rebuilt = WeeklyActivityTally.tallies(
            activities: [new] + activities.dropFirst(), postponements: postponements, calendar: F.calendar)
        #expect(rollup.values.sorted { $0.key < $1.key } == rebuilt)

        // Removing every activity's contribution empties every row.
        for activity in [new] + activities.dropFirst() {
            for tally in WeeklyActivityTally.contributions(of: activity, postponements: postponements, calendar: F.calendar) {
                rollup[tally.key]!.subtract(tally)
            }
        }
        #expect(rollup.values.allSatisfy { $0.isEmpty })
    }

    @Test func noActivitiesMakeNoTallies() {
        #expect(WeeklyActivityTally.tallies(activities: [], postponements: postponements, calendar: F.calendar).isEmpty)
    }
}
