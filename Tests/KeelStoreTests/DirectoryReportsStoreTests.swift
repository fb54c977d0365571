import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The organization, team and person pages' answers, per role: each shows what the viewer may
    /// read and nothing else, and a team's headcount covers its whole subtree.
    @Suite struct DirectoryReportsStoreTests {
        @Test(arguments: StoreBackend.available)
        func eachRoleGetsItsOwnReach(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 40)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let directory = Directory(database: database, organizationID: demo.organization.id)
                let hierarchy = TeamHierarchy(demo.teams)
                let active = demo.people.filter(\.isActive)

                for (role, viewer) in demo.logins.all {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)

                    // MUT
                    let chart = try await directory.organizationReport(OrganizationQuery(), for: policy).chart

                    // validate: the chart's teams are those the viewer reads, each counting its subtree.
                    let readable = demo.teams.filter { $0.isActive && policy.canRead($0) }
                    func flattened(_ nodes: [OrganizationChart.TeamNode]) -> [OrganizationChart.TeamNode] {
                        nodes + nodes.flatMap { flattened($0.children) }
                    }
                    let shown = chart.sections.flatMap { flattened($0.teams) }
                    #expect(Set(shown.map(\.team.id)) == Set(readable.map(\.id)), "\(role)")
                    let readableIDs = Set(readable.map(\.id))
                    for node in shown {
                        let subtree = hierarchy.subtree(of: node.team.id).intersection(readableIDs)
                        #expect(node.headcount == active.filter { $0.teamID.map(subtree.contains) ?? false }.count, "\(role) \(node.team.name)")
                        #expect(node.ownMembers == active.filter { $0.teamID == node.team.id }.count)
                    }
                    // The team list and the overview API read the chart's own teams and markets.
                    #expect(Set(chart.teams.map(\.id)) == Set(readable.map(\.id)), "\(role)")
                    #expect(try await directory.teams(for: policy) == chart.teams, "\(role)")
                    let withInactive = try await directory.teams(includeInactive: true, for: policy)
                    #expect(Set(withInactive.map(\.id)) == Set(demo.teams.filter(policy.canRead).map(\.id)), "\(role)")
                    #expect(Set(chart.markets.map(\.id)) == Set(readable.compactMap(\.marketID)), "\(role)")

                    for team in demo.teams {
                        let decision = policy.read(team)
                        if decision == .allowed {
                            let report = try await directory.teamReport(team.id, for: policy, at: StoreFixture.now)
                            #expect(report.people.allSatisfy(policy.canRead), "\(role) \(team.name)")
                            #expect(report.ancestors.allSatisfy(policy.canRead))
                            // The team's own headcount (issue 13, item 6): its subtree, and those placed in it.
                            let subtree = hierarchy.subtree(of: team.id)
                            #expect(report.headcount == active.filter { $0.teamID.map(subtree.contains) ?? false }.count, "\(role) \(team.name)")
                            #expect(report.ownMembers == active.filter { $0.teamID == team.id }.count)
                        } else {
                            await #expect(throws: AccessRefused(decision, entity: "team", field: "teamID")) {
                                _ = try await directory.teamReport(team.id, for: policy, at: StoreFixture.now)
                            }
                        }
                    }
                    for person in demo.people.prefix(20) {
                        let decision = policy.read(person)
                        if decision == .allowed {
                            let report = try await directory.personReport(person.id, for: policy)
                            #expect(report.person == person)
                            #expect((report.audit != nil) == policy.has(.administerDirectory))
                            // Its links lead only where the viewer may go (issue 13): coaching for the seller
                            // and their coach, never for leadership; nothing assessed here, so no results.
                            let seller = person.accessRole == .seller
                            #expect(report.pages.diagnosis == seller && report.pages.practice == seller, "\(role) \(person.name)")
                            #expect(report.pages.coaching == (seller && policy.canReadCoaching(of: person)), "\(role) \(person.name)")
                            if role == .leader || role == .admin { #expect(!report.pages.coaching) }
                            #expect(report.pages.competenceCycle == nil)
                            #expect(report.history.first?.membership.from == demo.memberships.first { $0.personID == person.id }?.from)
                        } else {
                            await #expect(throws: AccessRefused(decision, entity: "person", field: "personID")) {
                                _ = try await directory.personReport(person.id, for: policy)
                            }
                        }
                    }
                }
            }
        }
    }
}
