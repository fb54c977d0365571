import Foundation
import Testing
@testable import SalesDomain

/// The frameworks screens' rules: the order versions are listed in, which version is the one to
/// go on from, and who may change frameworks and read the import history.
@Suite struct FrameworkScreensTests {
    typealias C = CompetenceFixture
    let hierarchy = TeamHierarchy(Fixture.teams)
    let seller = Fixture.person(10, team: 3)
    let manager = Fixture.person(20, role: .manager, team: 2)
    let norwayLeader = Fixture.person(31, role: .leader, team: 5, market: Fixture.norway, leads: [Fixture.norway])
    let admin = Fixture.person(40, role: .admin, team: 1, market: nil)

    func policy(_ person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy) }

    static var first: CompetencyFramework { C.framework(publishedAt: Fixture.monday, version: 1) }
    static var second: CompetencyFramework { C.framework(publishedAt: Fixture.monday, version: 2) }
    static var draft: CompetencyFramework { C.framework(version: 3) }
    static var other: CompetencyFramework {
        var other = C.framework(version: 1)
        other.id = .init(C.uuid(30, 2))
        other.key = "aaa-\(other.key)"
        return other
    }

    @Test func versionsAreListedByKeyEachFrameworksNewestFirst() {
        let list = FrameworkList(versions: [Self.first, Self.draft, Self.other, Self.second], for: policy(seller))
        #expect(list.versions.map(\.key) == [Self.other.key, Self.first.key, Self.first.key, Self.first.key])
        #expect(list.versions.map(\.version) == [1, 3, 2, 1])
    }

    @Test func onlyTheNewestVersionHasNoNewerOne() {
        let older = FrameworkVersionScreen(framework: Self.first, newest: Self.draft, for: policy(seller))
        let newest = FrameworkVersionScreen(framework: Self.draft, newest: Self.draft, for: policy(seller))
        // Read a moment apart, a newest older than the version itself is that version.
        let raced = FrameworkVersionScreen(framework: Self.second, newest: Self.first, for: policy(seller))
        #expect(older.newerVersion == Self.draft)
        #expect(newest.newerVersion == nil)
        #expect(raced.newerVersion == nil && raced.newest == Self.second)
    }

    @Test func leadershipChangesFrameworksAndReadsEveryImport() {
        for (person, leads) in [(seller, false), (manager, false), (norwayLeader, true), (admin, true)] {
            let policy = policy(person)
            #expect(policy.canChangeFrameworks == leads, "\(person.accessRole)")
            #expect(FrameworkList(versions: [], for: policy).mayChange == leads)
            #expect(policy.readImportHistory == (leads ? .allowed : .forbidden), "\(person.accessRole): a market leader too")
        }
    }
}
