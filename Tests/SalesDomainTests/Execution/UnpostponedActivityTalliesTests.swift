import Foundation
import Testing
@testable import SalesDomain

@Suite struct UnpostponedActivityTalliesTests {
    /// The fast sum must be the general definition with no postponements, for a whole
    /// generated year (done early, on time, late and never).
    @Test func equalTheDefinitionWithoutPostponements() {
        let execution = DemoExecutionFixture.execution
        let calendar = DemoExecutionFixture.spec.calendar
        var sum = UnpostponedActivityTallies(calendar: calendar)
        for activity in execution.activities { sum.add(activity) }
        #expect(sum.tallies == WeeklyActivityTally.tallies(activities: execution.activities, postponements: [], calendar: calendar))
        let byPerson = sum.byPerson
        let seller = execution.activities[0].ownerID
        #expect(WeeklyActivityTally.merged(byPerson[seller] ?? []) == WeeklyActivityTally.tallies(
            activities: execution.activities.filter { $0.ownerID == seller }, postponements: [], calendar: calendar))
    }
}
