import Foundation

/// Generates a span of execution history (by default a year) for an organization's sellers:
/// accounts, deals with their stage history, planned activities, and the postponements of
/// those that were moved or dropped — the same for the same organization and spec on every run.
///
/// Every seller gets their own random streams, derived from the spec's seed and the seller's
/// id (``SeededGenerator/stream(seed:subject:salt:)``), so one seller's year does not depend on
/// anyone else's. That is what lets a store generate 10,000 sellers batch by batch
/// (``execution(for:)``), or in parallel, without ever holding ten million activities, and still
/// get exactly what ``generateAll()`` gives for a small organization.
///
/// Only active people with a selling job role (``JobRole/isSellingRole``) get a year; the
/// manager of their team (a person with the manager access role in the same team) reviews some
/// of their postponements. The deliberate patterns, and who shows them, are in ``patterns``;
/// how activities and deals are made is described on the planners they use.
public struct DemoExecutionGenerator: Sendable {
    public let spec: DemoExecutionSpec
    public let organizationID: Organization.ID
    /// In the order the people were given.
    public let sellers: [DemoSeller]
    public let patterns: DemoExecutionPatterns
    let timeline: DemoTimeline
    let obstacleStartDay: Int?

    /// The structural obstacle begins two fifths into the span (week 20 of 52), late enough for
    /// the team's won deals to set a normal bar for the stage first.
    static let obstacleStartFraction = 0.4

    public init(organization: Organization, markets: [Market], teams: [Team], people: [Person], spec: DemoExecutionSpec) {
        self.spec = spec
        self.organizationID = organization.id
        let timeline = DemoTimeline(spec: spec)
        self.timeline = timeline
        let obstacleWeek = timeline.weeks > 0 ? Int(Double(timeline.weeks) * Self.obstacleStartFraction) : nil

        let marketCodes = Dictionary(markets.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        let teamNames = Dictionary(teams.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var managerByTeam: [Team.ID: Person.ID] = [:]
        for person in people where person.accessRole == .manager && person.isActive {
            if let team = person.teamID, managerByTeam[team] == nil { managerByTeam[team] = person.id }
        }
        let sellingPeople = people.filter { $0.jobRole.isSellingRole && $0.isActive }
        var sellingTeams: [Team.ID] = []
        var seenTeams: Set<Team.ID> = []
        for person in sellingPeople {
            if let team = person.teamID, seenTeams.insert(team).inserted { sellingTeams.append(team) }
        }

        // Enterprise customers are the ones whose legal review queues for months; any team but
        // the first will do when no team is named so. The first selling team is kept for
        // pattern 1, so the demo's seller login (its first seller) shows it.
        let obstacleTeam = sellingTeams.count >= 2 && obstacleWeek != nil
            ? sellingTeams.dropFirst().first { teamNames[$0]?.contains("Enterprise") == true } ?? sellingTeams.last
            : nil
        var droppers: Set<Person.ID> = []
        for (index, team) in sellingTeams.filter({ $0 != obstacleTeam }).enumerated() where index % 4 == 0 {
            if let dropper = sellingPeople.first(where: { $0.teamID == team && $0.jobRole != .keyAccountManager }) {
                droppers.insert(dropper.id)
            }
        }

        // Pattern 3 in a team that shows neither of the others.
        let coachedWeeks = 16
        let coachedFromDay = timeline.weeks >= 20 ? (timeline.weeks - coachedWeeks) * 7 : nil
        let coached = coachedFromDay == nil ? nil : sellingTeams
            .filter { team in team != obstacleTeam && !sellingPeople.contains { droppers.contains($0.id) && $0.teamID == team } }
            .first
            .flatMap { team in sellingPeople.first { $0.teamID == team && $0.jobRole != .keyAccountManager } }

        // The impact cohorts, 9 weeks before the end: an 8-week window on each side of the start.
        let impactWeek = timeline.weeks >= 20 ? timeline.weeks - 9 : nil
        let impactCohorts = impactWeek.flatMap { week in
            DemoImpactCohorts.choose(
                eligible: sellingPeople.filter { person in
                    person.jobRole == .accountExecutive && person.teamID.map { !sellingTeams.prefix(4).contains($0) } ?? false
                        && person.teamID != obstacleTeam && !droppers.contains(person.id) && person.id != coached?.id
                },
                since: timeline.weekStart(week))
        }
        let effectiveCohort = Set(impactCohorts?.effective ?? [])

        sellers = sellingPeople.map { person in
            DemoSeller(
                personID: person.id, teamID: person.teamID, jobRole: person.jobRole,
                marketCode: person.marketID.flatMap { marketCodes[$0] },
                managerID: person.teamID.flatMap { managerByTeam[$0] }.flatMap { $0 == person.id ? nil : $0 },
                dropsProspectingUnderLoad: droppers.contains(person.id),
                facesStructuralObstacle: person.teamID != nil && person.teamID == obstacleTeam,
                prospectingCoachedFromDay: person.id == coached?.id ? coachedFromDay : nil,
                prospectingAreaOnTimeFromDay: effectiveCohort.contains(person.id) ? impactWeek.map { $0 * 7 } : nil)
        }
        obstacleStartDay = obstacleTeam == nil ? nil : obstacleWeek.map { $0 * 7 }
        patterns = DemoExecutionPatterns(
            prospectingDroppers: sellers.filter(\.dropsProspectingUnderLoad).map(\.personID),
            structuralObstacle: obstacleTeam.flatMap { team in
                obstacleWeek.map { week in
                    DemoStructuralObstacle(
                        teamID: team, stage: DealPipeline.standard.stages[DealPipeline.standard.stages.count - 1],
                        reasonCode: DemoReasons.waitingForCustomer, since: timeline.weekStart(week))
                }
            },
            coachedSeller: coached.flatMap { person in
                coachedFromDay.map { DemoCoachedSeller(personID: person.id, activityType: .prospecting, since: timeline.weekStart($0 / 7)) }
            },
            impactCohorts: impactCohorts)
    }

    /// For an organization made by ``DemoOrganizationGenerator``.
    public init(_ demo: DemoOrganization, spec: DemoExecutionSpec) {
        self.init(organization: demo.organization, markets: demo.markets, teams: demo.teams, people: demo.people, spec: spec)
    }

    /// Everything at once, for small organizations and tests.
    public static func generate(for demo: DemoOrganization, spec: DemoExecutionSpec) -> DemoExecution {
        DemoExecutionGenerator(demo, spec: spec).generateAll()
    }

    /// Every seller's year, one after the other, in ``sellers`` order.
    public func generateAll() -> DemoExecution {
        var execution = DemoExecution(spec: spec, sellers: sellers, patterns: patterns)
        for seller in sellers {
            execution.append(self.execution(for: seller))
        }
        return execution
    }

    /// One seller's year: their accounts, deals, stage transitions, activities and postponements.
    /// Pass a seller from ``sellers``; the result does not depend on which others were generated.
    public func execution(for seller: DemoSeller) -> DemoSellerExecution {
        var deals = DemoDealPlanner(
            seller: seller, organizationID: organizationID, timeline: timeline, obstacleStartDay: obstacleStartDay,
            random: .stream(seed: spec.seed, subject: seller.personID.rawValue, salt: 1))
        let book = deals.makeBook()
        var activities = DemoActivityPlanner(
            seller: seller, timeline: timeline, book: book, capacityHours: spec.capacityHours,
            random: .stream(seed: spec.seed, subject: seller.personID.rawValue, salt: 2))
        activities.planYear()
        return DemoSellerExecution(
            sellerID: seller.personID, accounts: book.accounts, deals: book.deals, transitions: book.transitions,
            activities: activities.activities, postponements: activities.postponements)
    }
}
