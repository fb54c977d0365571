import Foundation
@testable import SalesDomain

/// One demo organization and its generated year, made once and shared by the demo execution
/// tests (generating and tallying a year takes a moment in a debug build).
///
/// 120 sellers in about 15 teams; the year is 2025-W02 (Mon 6 Jan 2025) through 2026-W01.
enum DemoExecutionFixture {
    static let spec = DemoExecutionSpec(seed: 42, firstWeek: ISOWeek(year: 2025, week: 2)!, calendar: .stockholm)
    static let organization = DemoOrganizationGenerator.generate(
        DemoOrganizationSpec(sellers: 120, seed: 7, createdAt: ExecutionFixture.date(2025, 1, 2)))
    static let generator = DemoExecutionGenerator(organization, spec: spec)
    static let execution = generator.generateAll()
    static let tallies = WeeklyActivityTally.tallies(
        activities: execution.activities, postponements: execution.postponements, calendar: spec.calendar)
    static let histories = DealHistory.histories(deals: execution.deals, transitions: execution.transitions)
    static let teamByPerson: [Person.ID: Team.ID] = Dictionary(
        uniqueKeysWithValues: organization.people.compactMap { person in person.teamID.map { (person.id, $0) } })
    static let sellerIDs = Set(organization.people.filter(\.jobRole.isSellingRole).map(\.id))
    static let obstacle = execution.patterns.structuralObstacle!
}
