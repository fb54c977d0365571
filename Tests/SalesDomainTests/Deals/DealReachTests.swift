import Foundation
import Testing
@testable import SalesDomain

@Suite struct DealReachTests {
    /// A deal is read by whoever reads its owner; anything else is not found, never forbidden.
    ///
    /// | viewer | owner in team 3 | owner in team 4 | owner in Norway | another organization's |
    /// |---|---|---|---|---|
    /// | the seller in team 3 | yes | — | — | — |
    /// | the manager of team 2 (teams 2, 3, 4) | yes | yes | — | — |
    /// | the leader of Norway | — | — | yes | — |
    /// | an admin | yes | yes | yes | — |
    @Test func aDealIsReadByWhoeverReadsItsOwner() {
        let hierarchy = TeamHierarchy(Fixture.teams)
        let sellerInTeam3 = Fixture.person(10, team: 3)
        let owners = [
            sellerInTeam3, Fixture.person(11, team: 4), Fixture.person(12, team: 5, market: Fixture.norway),
            Fixture.person(98, team: nil, organization: Fixture.otherOrganization),
        ]
        let viewers: [(Person, [Bool])] = [
            (sellerInTeam3, [true, false, false, false]),
            (Fixture.person(20, role: .manager, team: 2), [true, true, false, false]),
            (Fixture.person(30, role: .leader, team: nil, leads: [Fixture.norway]), [false, false, true, false]),
            (Fixture.person(40, role: .admin, team: nil), [true, true, true, false]),
        ]
        for (viewer, expected) in viewers {
            let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)
            #expect(owners.map(policy.canReadDeal(ownedBy:)) == expected, "\(viewer.accessRole)")
            #expect(owners.map { policy.readDeal(ownedBy: $0) } == expected.map { $0 ? .allowed : .notFound }, "\(viewer.accessRole)")
        }
    }
}
