import Foundation
import Testing
@testable import SalesDomain

/// Who sets whose password and what a change must satisfy: every problem at once.
@Suite struct PasswordChangeTests {
    let hierarchy = TeamHierarchy(Fixture.teams)

    func policy(_ person: Person) -> AccessPolicy {
        AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy)
    }

    @Test func everyProblemOfAnOwnChangeAtOnce() {
        let problems = PasswordChange.problems(currentMatches: false, new: "short", confirmation: "shorter")
        #expect(problems.map(\.field) == ["currentPassword", "newPassword", "confirmPassword"])
        #expect(problems.map(\.problem.key) == [.currentPasswordWrong, .textTooShort, .passwordsDiffer])
    }

    @Test func aResetAsksNoCurrentPasswordAndTheAPINoConfirmation() {
        #expect(PasswordChange.problems(currentMatches: nil, new: "twelve chars", confirmation: nil).isEmpty)
        #expect(PasswordChange.problems(currentMatches: true, new: "twelve chars", confirmation: "twelve chars").isEmpty)
        #expect(PasswordChange.problems(currentMatches: nil, new: String(repeating: "x", count: 129), confirmation: nil).map(\.problem.key)
            == [.textTooLong])
    }

    @Test func ownWithTheCurrentOneAnAdminResetsOthersNobodyElse() {
        let seller = Fixture.person(10, team: 3)
        let teammate = Fixture.person(11, team: 3)
        let manager = Fixture.person(20, role: .manager, team: 2)
        let admin = Fixture.person(30, role: .admin, team: nil)
        let foreigner = Fixture.person(99, role: .admin, team: nil, organization: Fixture.otherOrganization)
        #expect(policy(seller).setPassword(of: seller) == .ownWithCurrentPassword)
        #expect(policy(admin).setPassword(of: admin) == .ownWithCurrentPassword, "an admin proves it is them too")
        #expect(policy(admin).setPassword(of: seller) == .reset)
        #expect(policy(seller).setPassword(of: teammate) == .refused(.notFound))
        #expect(policy(manager).setPassword(of: seller) == .refused(.forbidden))
        #expect(policy(foreigner).setPassword(of: seller) == .refused(.notFound))
    }
}
