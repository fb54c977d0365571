import Foundation
import Testing
@testable import SalesDomain

@Suite struct DemoExecutionGeneratorTests {
    typealias F = DemoExecutionFixture

    @Test func theSameSeedMakesTheSameYear() {
        // MUT
        let again = DemoExecutionGenerator.generate(for: F.organization, spec: F.spec)
        var otherSeed = F.spec
        otherSeed.seed = 43
        let other = DemoExecutionGenerator.generate(for: F.organization, spec: otherSeed)

        // validate
        #expect(again == F.execution)
        #expect(other.activities != F.execution.activities)
        #expect(other.deals != F.execution.deals)
        #expect(other.patterns == F.execution.patterns)
    }

    @Test func oneSellerAtATimeGivesWhatEverythingAtOnceGives() {
        // setup
        let generator = F.generator

        // MUT: in reverse order, as a store writing batches in any order would.
        var batches: [Person.ID: DemoSellerExecution] = [:]
        for seller in generator.sellers.reversed() {
            batches[seller.personID] = generator.execution(for: seller)
        }

        // validate
        var rebuilt = DemoExecution(spec: F.spec, sellers: generator.sellers, patterns: generator.patterns)
        for seller in generator.sellers {
            rebuilt.append(batches[seller.personID]!)
        }
        #expect(rebuilt == F.execution)
    }

    @Test func idsAreUnique() {
        let execution = F.execution
        #expect(Set(execution.activities.map(\.id)).count == execution.activities.count)
        #expect(Set(execution.postponements.map(\.id)).count == execution.postponements.count)
        #expect(Set(execution.deals.map(\.id)).count == execution.deals.count)
        #expect(Set(execution.accounts.map(\.id)).count == execution.accounts.count)
    }

    @Test func onlySellersOwnActivitiesAndDealsAndEverySellerHasAYear() {
        let execution = F.execution
        #expect(Set(execution.sellers.map(\.personID)) == F.sellerIDs)
        #expect(Set(execution.activities.map(\.ownerID)) == F.sellerIDs)
        #expect(Set(execution.deals.map(\.ownerID)) == F.sellerIDs)
        #expect(Set(execution.postponements.map(\.ownerID)).isSubset(of: F.sellerIDs))
        #expect(execution.activities.allSatisfy { $0.source == .generated })
    }

    /// About 25 activities in a working week, none in the three weeks of summer holiday, and
    /// planned hours around the 40-hour capacity with a few high-load weeks per seller.
    @Test func everySellerWeekHasARealisticPlan() {
        // setup: the plan as first made, per person and week.
        var planned: [Person.ID: [ISOWeek: Int]] = [:]
        var scheduledMinutes: [Person.ID: [ISOWeek: Int]] = [:]
        for tally in F.tallies {
            planned[tally.personID, default: [:]][tally.week, default: 0] += tally.plannedActivities
            scheduledMinutes[tally.personID, default: [:]][tally.week, default: 0] += tally.scheduledMinutes
        }
        let weeks = ISOWeek.all(in: F.spec.weekRange)
        #expect(weeks.count == 52)

        for seller in F.sellerIDs {
            let counts = weeks.map { planned[seller]?[$0] ?? 0 }
            let working = counts.filter { $0 > 0 }
            #expect(counts.count - working.count == 3, "three weeks of holiday")
            #expect(working.allSatisfy { (8...45).contains($0) }, "\(working)")
            let loads = weeks.compactMap { week in scheduledMinutes[seller]?[week].map { Double($0) / 60 / 40 } }
                .filter { $0 > 0 }
            let highLoad = loads.filter { $0 > 1.1 }.count
            #expect((2...20).contains(highLoad), "high-load weeks: \(highLoad)")
            #expect(loads.allSatisfy { (0.75...1.6).contains($0) }, "\(loads)")
        }
    }

    @Test func everyValuePassesItsOwnValidation() throws {
        let execution = F.execution
        let asOf = F.spec.endDate
        _ = try F.spec.validated()
        for activity in execution.activities {
            _ = try activity.validated(asOf: asOf)
        }
        for deal in execution.deals {
            _ = try deal.validated()
        }
        for postponement in execution.postponements {
            _ = try postponement.validated(against: .defaults)
        }
    }

    @Test func postponementReasonsComeFromTheDefaultCatalog() {
        let catalog = ReasonCatalog.defaults
        #expect(DemoReasons.allCodes.allSatisfy { catalog.reason(for: $0)?.isActive == true })
        #expect(F.execution.postponements.allSatisfy { catalog.reason(for: $0.reasonCode) != nil })
        // Both classes are used, and most of the catalog.
        let used = Set(F.execution.postponements.map(\.reasonCode))
        #expect(Set(used.compactMap(catalog.reasonClass(of:))) == [.obstacle, .excuseProne])
        #expect(used.count >= 10)
    }

    @Test func postponementsBelongToTheirActivitiesAndAreReviewedByTheTeamManager() {
        let activities = Dictionary(uniqueKeysWithValues: F.execution.activities.map { ($0.id, $0) })
        let people = Dictionary(uniqueKeysWithValues: F.organization.people.map { ($0.id, $0) })
        var reviewed = 0
        for postponement in F.execution.postponements {
            let activity = activities[postponement.activityID]
            #expect(activity?.ownerID == postponement.ownerID)
            #expect(postponement.loggedAt < F.spec.endDate)
            if postponement.isDropped { #expect(activity?.isDone == false) }
            guard let review = postponement.review else { continue }
            reviewed += 1
            let reviewer = people[review.reviewerID]
            #expect(reviewer?.accessRole == .manager)
            #expect(reviewer?.teamID == people[postponement.ownerID]?.teamID)
            #expect(review.reviewedAt >= postponement.loggedAt && review.reviewedAt < F.spec.endDate)
        }
        let share = Double(reviewed) / Double(F.execution.postponements.count)
        #expect((0.2...0.6).contains(share))
    }

    @Test func activitiesPointAtTheOwnersDealsAndAccounts() {
        let deals = Dictionary(uniqueKeysWithValues: F.execution.deals.map { ($0.id, $0) })
        let accounts = Set(F.execution.accounts.map(\.id))
        #expect(F.execution.accounts.allSatisfy { $0.organizationID == F.organization.organization.id && !$0.name.isEmpty })
        for activity in F.execution.activities {
            if let dealID = activity.dealID {
                #expect(deals[dealID]?.ownerID == activity.ownerID)
                #expect(deals[dealID]?.accountID == activity.accountID)
            }
            if let accountID = activity.accountID { #expect(accounts.contains(accountID)) }
        }
        #expect(F.execution.deals.allSatisfy { $0.accountID.map(accounts.contains) == true })
        let linked = F.execution.activities.filter { $0.dealID != nil }.count
        #expect(Double(linked) / Double(F.execution.activities.count) > 0.25)
    }

    /// Deals move through the standard pipeline one stage at a time, inside the year.
    @Test func dealsFlowThroughTheStandardPipelineInsideTheYear() {
        let pipeline = DealPipeline.standard
        let range = F.spec.dateRange
        for history in F.histories {
            let deal = history.deal
            let positions = history.transitions.map { pipeline.position(of: $0.stage) }
            #expect(positions == Array(0..<positions.count).map(Optional.some))
            #expect(history.transitions.first?.enteredAt == deal.createdAt)
            #expect(history.transitions.last?.stage == deal.stage)
            #expect(history.transitions.allSatisfy { range.contains($0.enteredAt) })
            #expect(deal.engagedAt == history.transitions.dropFirst().first?.enteredAt)
            if let closedAt = deal.closedAt {
                #expect(range.contains(closedAt))
                #expect(closedAt > history.transitions.last!.enteredAt)
            }
            if deal.outcome == .won { #expect(deal.stage == pipeline.stages.last) }
            #expect((20_000...5_000_000).contains(deal.value))
        }
    }

    @Test func winRateAndCycleTimesAreRealistic() throws {
        // MUT
        let results = DealResults.byGroup(
            deals: F.execution.deals, grouping: .wholeOrganization(F.organization.organization.id), calendar: F.spec.calendar)

        // validate
        let organization = try #require(results[F.organization.organization.id])
        let winRate = try #require(organization.winRate)
        #expect((0.25...0.35).contains(winRate), "win rate \(winRate)")
        let medianCycle = try #require(organization.medianCycleDays)
        #expect((21...120).contains(medianCycle), "median won cycle \(medianCycle) days")
        #expect(organization.won + organization.lost > F.execution.deals.count / 2)
    }

    @Test func mostPlannedWorkIsDoneInItsWeek() throws {
        // MUT
        let rates = ExecutionRateReport.byGroup(
            tallies: F.tallies, grouping: .wholeOrganization(F.organization.organization.id),
            weeks: F.spec.weekRange, asOf: F.spec.endDate, calendar: F.spec.calendar)
        let allocation = TimeAllocationReport.byGroup(
            tallies: F.tallies, rules: .defaults, grouping: .wholeOrganization(F.organization.organization.id),
            weeks: F.spec.weekRange, asOf: F.spec.endDate, calendar: F.spec.calendar)

        // validate
        let rate = try #require(rates[F.organization.organization.id]?.overall.rate)
        #expect((0.8...0.95).contains(rate), "execution rate \(rate)")
        let total = try #require(allocation[F.organization.organization.id]?.total)
        let selling = try #require(total.share(of: .selling))
        #expect((0.5...0.75).contains(selling), "selling share \(selling)")
        #expect(try #require(total.share(of: .internal)) > 0.05)
    }

    @Test func aYearEndingBeforeADateStartsFiftyTwoWeeksEarlier() {
        let spec = DemoExecutionSpec.weeks(endingBefore: ExecutionFixture.date(2026, 1, 7), seed: 1, calendar: .stockholm)
        #expect(spec.firstWeek == ISOWeek(year: 2025, week: 2))
        #expect(spec.lastWeek == ISOWeek(year: 2026, week: 1))
        #expect(spec.endDate == ExecutionFixture.date(2026, 1, 5, 0))
        #expect(spec.startDate == ExecutionFixture.date(2025, 1, 6, 0))
    }

    @Test func aSpecWithoutWeeksIsRefusedAndGeneratesNothing() {
        var spec = F.spec
        spec.weeks = 0
        #expect(throws: FieldError.self) { try spec.validated() }
        let execution = DemoExecutionGenerator.generate(for: F.organization, spec: spec)
        #expect(execution.activities.isEmpty && execution.deals.isEmpty)
    }
}
