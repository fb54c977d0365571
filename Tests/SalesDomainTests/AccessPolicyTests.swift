import Foundation
import Testing
@testable import SalesDomain

@Suite struct AccessPolicyTests {
    let hierarchy = TeamHierarchy(Fixture.teams)
    let sellerInTeam3 = Fixture.person(10, team: 3)
    let sellerInTeam4 = Fixture.person(11, team: 4)
    let sellerInNorway = Fixture.person(12, team: 5, market: Fixture.norway)
    let foreigner = Fixture.person(99, role: .admin, team: nil, organization: Fixture.otherOrganization)

    func policy(_ person: Person) -> AccessPolicy {
        AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy)
    }

    @Test func aSellerSeesOnlyThemselves() {
        let policy = policy(sellerInTeam3)
        #expect(policy.scope == .ownRecordsOnly)
        #expect(policy.canRead(sellerInTeam3))
        #expect(!policy.canRead(sellerInTeam4))
        #expect(!policy.canRead(Fixture.team(3)))
        #expect(policy.read(sellerInTeam4) == .notFound)
        #expect(!policy.has(.readOthers))
    }

    @Test func aManagerSeesTheirSubtree() {
        let manager = Fixture.person(20, role: .manager, team: 2)
        let policy = policy(manager)
        #expect(policy.scope == .teams([Fixture.teamID(2), Fixture.teamID(3), Fixture.teamID(4)]))
        #expect(policy.canRead(sellerInTeam3))
        #expect(policy.canRead(sellerInTeam4))
        #expect(!policy.canRead(sellerInNorway))
        #expect(policy.canRead(Fixture.team(4)))
        #expect(!policy.canRead(Fixture.team(1)))
        #expect(!policy.has(.readOrganization))
    }

    @Test func aManagerWithoutATeamSeesOnlyThemselves() {
        #expect(policy(Fixture.person(21, role: .manager, team: nil)).scope == .ownRecordsOnly)
    }

    @Test func aLeaderSeesTheOrganizationOrTheirMarkets() {
        let everywhere = policy(Fixture.person(30, role: .leader, team: 1, market: nil))
        #expect(everywhere.scope == .organization)
        #expect(everywhere.canRead(sellerInNorway))

        let norwayOnly = policy(Fixture.person(31, role: .leader, team: 5, market: Fixture.norway, leads: [Fixture.norway]))
        #expect(norwayOnly.scope == .markets([Fixture.norway]))
        #expect(norwayOnly.canRead(sellerInNorway))
        #expect(!norwayOnly.canRead(sellerInTeam3))
        #expect(norwayOnly.canRead(Fixture.teams[4]))
        #expect(!norwayOnly.canRead(Fixture.team(2)))
        #expect(norwayOnly.has(.readOrganization))
        #expect(!norwayOnly.has(.administerDirectory))
    }

    /// Only a viewer who reads every seller may take Keel's comparison group as read without
    /// reading its people.
    @Test func onlyTheWholeOrganizationsReadersReadEverySellersImpact() {
        #expect(policy(Fixture.person(30, role: .leader, team: 1, market: nil)).readsImpactOfWholeOrganization)
        #expect(policy(Fixture.person(40, role: .admin, team: nil)).readsImpactOfWholeOrganization)
        #expect(!policy(Fixture.person(31, role: .leader, team: 5, market: Fixture.norway, leads: [Fixture.norway])).readsImpactOfWholeOrganization)
        #expect(!policy(Fixture.person(20, role: .manager, team: 2)).readsImpactOfWholeOrganization)
        #expect(!policy(sellerInTeam3).readsImpactOfWholeOrganization)
    }

    @Test func changesNeedTheAdministratorCapability() {
        let admin = policy(Fixture.person(40, role: .admin, team: nil))
        #expect(admin.change(sellerInTeam3) == .allowed)
        let manager = policy(Fixture.person(20, role: .manager, team: 2))
        #expect(manager.change(sellerInTeam3) == .forbidden)
        #expect(manager.change(sellerInNorway) == .notFound)
    }

    @Test func nobodySeesAnotherOrganization() {
        let admin = policy(Fixture.person(40, role: .admin, team: nil))
        #expect(!admin.canRead(foreigner))
        #expect(admin.read(foreigner) == .notFound)
        #expect(admin.change(foreigner) == .notFound)
        #expect(!admin.canRead(Fixture.team(7, organization: Fixture.otherOrganization)))
        #expect(policy(foreigner).read(sellerInTeam3) == .notFound)
    }

    @Test func capabilitiesFollowTheRoleLadder() {
        #expect(Capability.allCases.map(\.minimumRole) == [.seller, .manager, .leader, .leader, .leader, .admin, .admin, .admin])
    }

    @Test func aPersonsDataIsExportedByThemselfAndAdminsOnly() {
        let manager = Fixture.person(20, role: .manager, team: 2)
        let admin = Fixture.person(30, role: .admin, team: nil)
        let leader = Fixture.person(31, role: .leader, team: nil)
        #expect(policy(sellerInTeam3).export(sellerInTeam3) == .allowed)
        #expect(policy(admin).export(sellerInTeam3) == .allowed)
        #expect(policy(manager).export(sellerInTeam3) == .forbidden)
        #expect(policy(leader).export(sellerInTeam3) == .forbidden)
        #expect(policy(sellerInTeam4).export(sellerInTeam3) == .notFound)
        #expect(policy(foreigner).export(sellerInTeam3) == .notFound)
    }

    @Test func onlyAnAdminErasesAPersonAndNeverThemself() {
        let manager = Fixture.person(20, role: .manager, team: 2)
        let admin = Fixture.person(30, role: .admin, team: nil)
        let leader = Fixture.person(31, role: .leader, team: nil)
        #expect(policy(admin).erase(sellerInTeam3) == .allowed)
        #expect(policy(admin).erase(admin) == .forbidden)
        #expect(policy(leader).erase(sellerInTeam3) == .forbidden)
        #expect(policy(manager).erase(sellerInTeam3) == .forbidden)
        #expect(policy(sellerInTeam3).erase(sellerInTeam3) == .forbidden)
        #expect(policy(sellerInTeam4).erase(sellerInTeam3) == .notFound)
        #expect(policy(foreigner).erase(sellerInTeam3) == .notFound)
    }
}

/// Calibration exercises compare raters across the organization: its raters and those who read
/// the whole organization see one, a leader of some markets only those they rate in.
@Suite struct CalibrationExerciseAccessTests {
    let hierarchy = TeamHierarchy(Fixture.teams)

    func exercise(raters: [Int]) -> CalibrationExercise {
        CalibrationExercise(
            id: .init(UUID()), organizationID: Fixture.organization, name: "Calibration",
            framework: FrameworkVersionReference(frameworkID: .init(UUID()), version: 1), competencyIDs: [], targets: [],
            raterIDs: raters.map(Fixture.personID), openedAt: Fixture.monday)
    }

    @Test func ratersAndOrganizationReadersSeeAnExercise() {
        func policy(_ person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy) }
        let leader = policy(Fixture.person(1, role: .leader, team: 1, market: nil))
        let marketLeader = policy(Fixture.person(2, role: .leader, team: 1, leads: [Fixture.sweden]))
        let manager = policy(Fixture.person(3, role: .manager, team: 2))
        #expect(leader.canRead(exercise(raters: [3])))
        #expect(!marketLeader.canRead(exercise(raters: [3])))
        #expect(marketLeader.canRead(exercise(raters: [2, 3])))
        #expect(manager.canRead(exercise(raters: [3])))
        #expect(!manager.canRead(exercise(raters: [4])))
    }
}
