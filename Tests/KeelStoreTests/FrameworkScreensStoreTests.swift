import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The frameworks screens' one query each — the list and one version — answered for every
    /// role: everyone in the organization reads every version, drafts included; only leadership
    /// may change them.
    @Suite struct FrameworkScreensStoreTests {
        typealias S = CompetenceScenario

        /// The demo's five kinds of viewer, a leader of one market among them, and whether each
        /// may change frameworks.
        static func viewers(_ s: CompetenceScenario) throws -> [(role: String, policy: AccessPolicy, mayChange: Bool)] {
            var marketLeader = s.demo.logins.leader
            marketLeader.leaderMarketIDs = [try #require(s.demo.people.compactMap(\.marketID).first)]
            return [
                ("seller", s.policy(of: s.seller), false), ("manager", s.policy(of: s.manager), false),
                ("market leader", s.policy(of: marketLeader), true), ("leader", s.policy(of: s.demo.logins.leader), true),
                ("admin", s.policy(of: s.demo.logins.admin), true),
            ]
        }

        /// The scenario, whose framework is published as version 1, with version 2 as a draft.
        static func publishedAndDraft(on database: any Database) async throws -> (CompetenceScenario, CompetencyFramework) {
            let s = try await S.make(on: database)
            return (s, try await s.store.newDraft(from: s.framework.reference, actor: s.demo.logins.admin.id, at: S.date(1)))
        }

        @Test(arguments: StoreBackend.available)
        func everyRoleListsEveryVersionNewestFirstAndOnlyLeadershipMayChangeThem(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let (s, draft) = try await Self.publishedAndDraft(on: database)

                for (role, policy, mayChange) in try Self.viewers(s) {
                    // MUT
                    let list = try await s.store.frameworkList(for: policy)

                    // validate
                    #expect(list.versions.map(\.reference) == [draft.reference, s.framework.reference], "\(role)")
                    #expect(list.versions.map(\.status) == [.draft, .published], "\(role)")
                    #expect(list.mayChange == mayChange, "\(role)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func eachVersionKnowsTheNewestOneForEveryRole(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let (s, draft) = try await Self.publishedAndDraft(on: database)

                for (role, policy, mayChange) in try Self.viewers(s) {
                    // MUT
                    let published = try await s.store.frameworkVersion(s.framework.reference, for: policy)
                    let newest = try await s.store.frameworkVersion(draft.reference, for: policy)

                    // validate
                    #expect(published.framework == s.framework, "\(role)")
                    #expect(published.newerVersion?.reference == draft.reference, "\(role): the draft is where a change goes")
                    #expect(newest.framework == draft, "\(role)")
                    #expect(newest.newerVersion == nil, "\(role)")
                    #expect(published.mayChange == mayChange && newest.mayChange == mayChange, "\(role)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func aVersionTheOrganizationDoesNotHaveIsNotFound(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let admin = s.policy(of: s.demo.logins.admin)
                let missing = AccessRefused(.notFound, entity: "framework", field: "version")
                let elsewhere = CompetenceStore(database: database, organizationID: .init(UUID()))

                // MUT, validate
                await #expect(throws: missing) {
                    try await s.store.frameworkVersion(FrameworkVersionReference(frameworkID: s.framework.id, version: 2), for: admin)
                }
                await #expect(throws: missing) { try await elsewhere.frameworkVersion(s.framework.reference, for: admin) }
                #expect(try await elsewhere.frameworkList(for: admin).versions.isEmpty, "another organization's frameworks are not listed")
            }
        }
    }
}
