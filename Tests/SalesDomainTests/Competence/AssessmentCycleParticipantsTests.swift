import Testing
@testable import SalesDomain

@Suite struct AssessmentCycleParticipantsTests {
    @Test func aCycleAssessesTheActivePeopleInSellingRoles() {
        // setup
        var people: [Person] = []
        for (n, role) in [JobRole.accountExecutive, .salesManager, .salesDevelopmentRepresentative, .headOfSales, .keyAccountManager].enumerated() {
            var person = Fixture.person(n + 1, team: 3)
            person.jobRole = role
            people.append(person)
        }
        people[4].isActive = false
        // MUT
        let participants = AssessmentCycle.defaultParticipants(among: people)
        // validate: the manager and the head of sales are not assessed here, nor the deactivated KAM
        #expect(participants == [Fixture.personID(1), Fixture.personID(3)])
    }
}
