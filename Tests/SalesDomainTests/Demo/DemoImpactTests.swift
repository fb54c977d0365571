import Foundation
import Testing
@testable import SalesDomain

@Suite("Demo: the planted impact — detected for the prospecting cohort, not for the null cohort — found by the estimator from the data alone")
struct DemoImpactTests {
    typealias D = DemoExecutionFixture

    static let cohorts = D.execution.patterns.impactCohorts!
    static let people = Dictionary(uniqueKeysWithValues: D.organization.people.map { ($0.id, $0) })

    /// The cohort's coaching interventions on `competency` from the cohorts' start, estimated against
    /// comparable sellers from the generated year's weekly tallies of `types`.
    func estimate(_ cohort: [Person.ID], types: Set<ActivityType>) -> ImpactEstimate {
        let calendar = D.spec.calendar
        let target = Intervention.Target.activityType("cohort")
        let interventions = cohort.map { Intervention(sellerID: $0, channel: .coaching, target: target, startedAt: Self.cohorts.since) }
        let windows = ImpactWindows(
            startWeek: calendar.week(containing: Self.cohorts.since), weeks: 8, thisWeek: ISOWeek(year: 2026, week: 2)!)
        let sellers = D.organization.people.filter { $0.jobRole.isSellingRole && $0.isActive }
        let comparison = ImpactComparisonGroup.choose(
            treated: cohort.compactMap { Self.people[$0] }.map(ImpactComparisonGroup.Candidate.init),
            candidates: sellers.map(ImpactComparisonGroup.Candidate.init), interventions: interventions, target: target,
            span: windows.span, calendar: calendar)
        var sums: [Person.ID: [ISOWeek: (Double, Double)]] = [:]
        for tally in D.tallies where types.contains(tally.key.activityType) && windows.span.contains(tally.key.week) {
            let old = sums[tally.key.personID, default: [:]][tally.key.week] ?? (0, 0)
            sums[tally.key.personID, default: [:]][tally.key.week] = (old.0 + Double(tally.doneByPlannedWeek), old.1 + Double(tally.plannedActivities))
        }
        let rows = sums.flatMap { seller, weeks in
            weeks.map { ImpactSellerWeek(sellerID: seller, week: $0.key, numerator: $0.value.0, denominator: $0.value.1) }
        }
        return ImpactEstimator().estimate(
            target: target, kpi: ImpactKPI(kind: .onTime, family: .behaviour, activityTypes: Array(types)),
            treated: cohort.map { ($0, windows) }, comparison: comparison, comparisonWindows: windows, weeks: rows)
    }

    @Test("Two cohorts of ten account executives in several markets, starting 9 weeks before the end")
    func cohorts() {
        let cohorts = Self.cohorts
        #expect(cohorts.effective.count == DemoImpactCohorts.size && cohorts.null.count == DemoImpactCohorts.size)
        #expect(Set(cohorts.effective).isDisjoint(with: cohorts.null))
        for cohort in [cohorts.effective, cohorts.null] {
            #expect(cohort.allSatisfy { Self.people[$0]?.jobRole == .accountExecutive })
            #expect(Set(cohort.compactMap { Self.people[$0]?.marketID }).count >= 2)
        }
        #expect(D.spec.calendar.week(containing: cohorts.since) == ISOWeek(year: 2025, week: 45))
        #expect(Set(cohorts.effective + cohorts.null).isDisjoint(with: D.execution.patterns.prospectingDroppers))
    }

    @Test("The prospecting cohort's on-time prospecting area rises by about the planted 8 points; the interval excludes zero")
    func effective() {
        let estimate = estimate(Self.cohorts.effective, types: DemoImpactCohorts.activityTypes)
        guard case .estimate(let effect, let lower, _) = estimate.result else { Issue.record("\(estimate.result)"); return }
        #expect(estimate.treated.count == DemoImpactCohorts.size && estimate.comparison.count >= 10)
        #expect(lower > 0, "interval excludes zero")
        #expect(abs(effect - DemoImpactCohorts.expectedLift) < 0.04, "effect \(effect)")
    }

    @Test("The null cohort's needs-analysis execution does not move: the interval covers zero")
    func null() {
        let types = Set(DiagnosisSignalMap.nordicB2B.signals(for: DemoImpactCohorts.nullAreaKey).activityTypes)
        let estimate = estimate(Self.cohorts.null, types: types)
        guard case .estimate(_, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        #expect(lower < 0 && upper > 0, "interval \(lower)…\(upper) covers zero")
    }
}
