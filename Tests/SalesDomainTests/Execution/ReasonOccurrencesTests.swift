import Foundation
import Testing
@testable import SalesDomain

@Suite struct ReasonOccurrencesTests {
    typealias F = ExecutionFixture

    static func week(_ n: Int) -> ReportingPeriod { .week(F.week(2026, n)) }
    static func month(_ n: Int) -> ReportingPeriod { .month(CalendarMonth(year: 2026, month: n)!) }

    static func tallies(_ periods: [(ReportingPeriod, ReasonCode)]) -> [ScopeReasonTally] {
        periods.map { ScopeReasonTally(key: .init(period: $0.0, reasonCode: $0.1), postponements: 1) }
    }

    /// | person | no_time | forgot | months |
    /// |---|---|---|---|
    /// | A | W02, W03, W06 | — | no_time in Jan |
    /// | B | W03, W05 | W05 | — |
    /// | C | W06 | — | no_time in Feb |
    ///
    /// no_time's occurrences (period ← previous): A W02←–, W03←W02, W06←W03; B W03←–, W05←W03;
    /// C W06←–. A range counts those inside it whose previous period is before it or none:
    ///
    /// | weeks | counted occurrences | no_time givers | forgot givers |
    /// |---|---|---|---|
    /// | W02–W06 | W02←–, W03←–, W06←– | 3 (A, B, C) | 1 |
    /// | W03–W05 | W03←W02, W03←– (W05←W03 is B again) | 2 (A, B) | 1 |
    /// | W04–W05 | W05←W03 | 1 (B) | 1 |
    /// | W04–W04 | — | — | — |
    /// | W06–W06 | W06←W03, W06←– | 2 (A, C) | — |
    /// | Jan–Feb (months) | Jan←–, Feb←– | 2 (A, C) | — |
    @Test func handComputedGivers() {
        let a = ReasonOccurrences.of(Self.tallies([
            (Self.week(2), "no_time"), (Self.week(3), "no_time"), (Self.week(6), "no_time"), (Self.month(1), "no_time"),
        ]))
        let b = ReasonOccurrences.of(Self.tallies([(Self.week(3), "no_time"), (Self.week(5), "no_time"), (Self.week(5), "forgot")]))
        let c = ReasonOccurrences.of(Self.tallies([(Self.week(6), "no_time"), (Self.month(2), "no_time")]))
        #expect(a.counts == [
            ReasonOccurrence(reasonCode: "no_time", period: Self.week(2), previousPeriod: nil): 1,
            ReasonOccurrence(reasonCode: "no_time", period: Self.week(3), previousPeriod: Self.week(2)): 1,
            ReasonOccurrence(reasonCode: "no_time", period: Self.week(6), previousPeriod: Self.week(3)): 1,
            ReasonOccurrence(reasonCode: "no_time", period: Self.month(1), previousPeriod: nil): 1,
        ])
        var team = ReasonOccurrences()
        for person in [a, b, c] { team.add(person) }

        #expect(team.givers(in: Self.week(2)...Self.week(6)) == ["no_time": 3, "forgot": 1])
        #expect(team.givers(in: Self.week(3)...Self.week(5)) == ["no_time": 2, "forgot": 1])
        #expect(team.givers(in: Self.week(4)...Self.week(5)) == ["no_time": 1, "forgot": 1])
        #expect(team.givers(in: Self.week(4)...Self.week(4)) == [:])
        #expect(team.givers(in: Self.week(6)...Self.week(6)) == ["no_time": 2])
        #expect(team.givers(in: Self.month(1)...Self.month(2)) == ["no_time": 2])
    }

    /// A period without postponements (a tally whose postponement was removed) is no occurrence,
    /// and taking a person's old occurrences away leaves the group's count without them.
    @Test func emptyTalliesAndChanges() {
        var tallies = Self.tallies([(Self.week(2), "no_time"), (Self.week(4), "no_time")])
        tallies[0].postponements = 0
        let person = ReasonOccurrences.of(tallies)
        #expect(person.counts == [ReasonOccurrence(reasonCode: "no_time", period: Self.week(4), previousPeriod: nil): 1])

        let other = ReasonOccurrences.of(Self.tallies([(Self.week(3), "no_time")]))
        var group = person
        group.add(other)
        #expect(group.givers(in: Self.week(1)...Self.week(5)) == ["no_time": 2])
        group.add(other.change(to: .empty))
        #expect(group.givers(in: Self.week(1)...Self.week(5)) == ["no_time": 1])
        #expect(!group.isEmpty)
        group.add(person.change(to: .empty))
        #expect(group.isEmpty)
        #expect(group.givers(in: Self.week(1)...Self.week(5)) == [:])
    }

    /// On generated tallies of 40 people, 4 reasons and 20 weeks and 6 months, the summed
    /// occurrences give, for every range, the distinct people counted directly.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func equalsDistinctPeopleOnGeneratedTallies(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let reasons: [ReasonCode] = ["no_time", "forgot", "customer_rescheduled", "weather"]
        var talliesByPerson: [Int: [ScopeReasonTally]] = [:]
        for person in 1...40 {
            for period in (1...20).map(Self.week) + (1...6).map(Self.month) {
                for reason in reasons where Int.random(in: 0..<10, using: &random) < 2 {
                    talliesByPerson[person, default: []].append(ScopeReasonTally(
                        key: .init(period: period, reasonCode: reason), postponements: Int.random(in: 0...3, using: &random)))
                }
            }
        }
        var group = ReasonOccurrences()
        for tallies in talliesByPerson.values { group.add(ReasonOccurrences.of(tallies)) }

        func distinctPeople(in periods: ClosedRange<ReportingPeriod>) -> [ReasonCode: Int] {
            var people: [ReasonCode: Set<Int>] = [:]
            for (person, tallies) in talliesByPerson {
                for tally in tallies where tally.postponements > 0 && periods.contains(tally.period) {
                    people[tally.reasonCode, default: []].insert(person)
                }
            }
            return people.mapValues(\.count)
        }
        for first in 1...20 {
            for last in first...20 {
                let weeks = Self.week(first)...Self.week(last)
                #expect(group.givers(in: weeks) == distinctPeople(in: weeks), "weeks \(first)–\(last)")
            }
        }
        for first in 1...6 {
            for last in first...6 {
                let months = Self.month(first)...Self.month(last)
                #expect(group.givers(in: months) == distinctPeople(in: months), "months \(first)–\(last)")
            }
        }
    }
}
