import Foundation
import Testing
@testable import SalesDomain

/// Which audit values are ids of which records, found for the store to name at read time.
@Suite struct AuditNamesTests {
    @Test func theIdsOfTeamsMarketsAndPeopleAreFoundInOldAndNewValues() {
        let team = Fixture.teamID(3), otherTeam = Fixture.teamID(4), person = Fixture.personID(7)
        let event = AuditEvent(
            id: .init(UUID()), occurredAt: Fixture.monday, actorID: nil, kind: "person", entityID: UUID(), subjectID: nil, action: "moved",
            changes: [
                "teamID": .init(old: team.description, new: otherTeam.description),
                "leaderMarketIDs": .init(old: nil, new: "\(Fixture.sweden.description),\(Fixture.norway.description)"),
                "sellerID": .init(old: nil, new: person.description),
                "name": .init(old: Fixture.teamID(9).description, new: "Anna"),
                "marketID": .init(old: "not an id", new: nil),
            ])
        let found = AuditNames.references(in: [event])
        #expect(found.teams == [team, otherTeam])
        #expect(found.markets == [Fixture.sweden, Fixture.norway])
        #expect(found.people == [person])
        #expect(AuditNames.reference(of: "name") == nil, "a name that happens to look like an id is the value itself")
    }
}
