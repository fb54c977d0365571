import Testing
@testable import SalesDomain

@Suite struct TeamHierarchyTests {
    let hierarchy = TeamHierarchy(Fixture.teams)

    /// 1 (Nordics, 2 own) → 2 (Sweden, 3) → 3 (4), 4 (none listed); 1 → 5 (Norway, 6).
    @Test func aHeadcountCoversTheWholeSubtree() {
        let own = [Fixture.teamID(1): 2, Fixture.teamID(2): 3, Fixture.teamID(3): 4, Fixture.teamID(5): 6]
        #expect(hierarchy.headcount(of: Fixture.teamID(1), ownMembers: own) == 15)
        #expect(hierarchy.headcount(of: Fixture.teamID(2), ownMembers: own) == 7)
        #expect(hierarchy.headcount(of: Fixture.teamID(4), ownMembers: own) == 0)
    }

    @Test func subtreeContainsTheTeamAndEverythingBelowIt() {
        #expect(hierarchy.subtree(of: Fixture.teamID(2)) == [Fixture.teamID(2), Fixture.teamID(3), Fixture.teamID(4)])
        #expect(hierarchy.subtree(of: Fixture.teamID(1)).count == 5)
        #expect(hierarchy.subtree(of: Fixture.teamID(4)) == [Fixture.teamID(4)])
    }

    @Test func ancestorsRunFromParentToRoot() {
        #expect(hierarchy.ancestors(of: Fixture.teamID(3)) == [Fixture.teamID(2), Fixture.teamID(1)])
        #expect(hierarchy.ancestors(of: Fixture.teamID(1)).isEmpty)
    }

    @Test(arguments: [
        (moving: 2, under: 3, cycle: true),   // under its own child
        (moving: 1, under: 4, cycle: true),   // under a grandchild
        (moving: 2, under: 2, cycle: true),   // under itself
        (moving: 3, under: 5, cycle: false),  // across to another branch
        (moving: 5, under: 2, cycle: false),
    ])
    func cyclesAreDetected(_ example: (moving: Int, under: Int, cycle: Bool)) {
        #expect(hierarchy.wouldCreateCycle(moving: Fixture.teamID(example.moving), under: Fixture.teamID(example.under)) == example.cycle)
    }

    @Test func noParentIsNeverACycle() {
        #expect(!hierarchy.wouldCreateCycle(moving: Fixture.teamID(3), under: nil))
    }
}
