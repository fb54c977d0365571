import FluentKit
import Foundation
import KeelImport
@testable import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// The audit log records sign-ins, tokens, password changes, imports, settings and exports
    /// besides data changes, and answers the page's filters for admins only.
    @Suite struct AuditLogStoreTests {
        static func policy(_ person: Person) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy([]))
        }

        /// A person's history names the teams, markets and people its values hold by id, as they
        /// are called today; an id of a record that no longer exists is left unnamed.
        @Test(arguments: StoreBackend.available)
        func aPersonsHistoryNamesTeamsMarketsAndPeople(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 6)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let organization = demo.organization.id
                let (seller, admin) = (demo.logins.seller, demo.logins.admin)
                let directory = Directory(database: database, organizationID: organization)
                let newMarket = try #require(demo.markets.first { $0.id != seller.marketID })
                let newTeam = try #require(demo.teams.first { $0.id != seller.teamID && $0.isActive })
                let gone = Team.ID(UUID())
                let accounts = Accounts(database: database)
                try await accounts.createSession(idHash: "kept", for: seller, csrfToken: "c", at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(3600))
                try await accounts.createSession(idHash: "ended", for: seller, csrfToken: "c", at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(3600))

                // MUT
                _ = try await directory.updatePerson(seller.id, with: PersonDraft(
                    name: seller.name, email: seller.email, jobRole: seller.jobRole, accessRole: seller.accessRole,
                    teamID: newTeam.id, marketID: newMarket.id, leaderMarketIDs: seller.leaderMarketIDs), actor: admin.id, at: StoreFixture.now)
                try await AuditTrail.record(
                    on: database, organizationID: organization, actor: admin.id, entity: "person", entityID: seller.id.rawValue,
                    action: "moved", changes: ["teamID": .init(old: newTeam.id.description, new: gone.description)],
                    at: StoreFixture.now.addingTimeInterval(60))
                try await accounts.setPasswordHash("$2b$12$hash", for: seller.id, actor: seller.id, keepingSession: "kept",
                                                   at: StoreFixture.now.addingTimeInterval(120))
                try await accounts.recordSignIn(seller, succeeded: true, email: seller.email, channel: "web", address: nil,
                                                at: StoreFixture.now.addingTimeInterval(180))
                let report = try await directory.personReport(seller.id, for: Self.policy(admin))
                let refused = try await directory.personReport(seller.id, for: Self.policy(seller))

                // validate: the record's changes and the password set, not the sign-in; names for ids
                let history = try #require(report.audit)
                #expect(history.events.map(\.kind) == ["password", "person", "person"])
                #expect(history.events.last?.actorID == admin.id && history.names.people[admin.id] == admin.name)
                #expect(history.names.markets[newMarket.id] == newMarket)
                #expect(history.names.teams[newTeam.id] == newTeam.name)
                if let old = seller.teamID { #expect(history.names.teams[old] != nil) }
                #expect(history.names.teams[gone] == nil, "a team that no longer exists has no name")
                #expect(refused.audit == nil, "a seller does not read their own record's history")
                // validate: the person's own change kept the session it was made in
                #expect(try await accounts.session(idHash: "kept", now: StoreFixture.now.addingTimeInterval(130)) != nil)
                #expect(try await accounts.session(idHash: "ended", now: StoreFixture.now.addingTimeInterval(130)) == nil)
                #expect(history.events.first?.changes["sessionsEnded"]?.new == "1")
            }
        }

        @Test(arguments: StoreBackend.available)
        func securityEventsAreRecordedWithoutSecretsAndFilteredForAdmins(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 6)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let organization = demo.organization.id
                let (seller, admin) = (demo.logins.seller, demo.logins.admin)
                let accounts = Accounts(database: database)
                let day = { (n: Double) in StoreFixture.now.addingTimeInterval(n * 86_400) }

                // MUT: one of each kind of event, on successive days.
                try await accounts.recordSignIn(seller, succeeded: false, email: seller.email, channel: "web", address: "192.0.2.7", at: day(1))
                try await accounts.recordSignIn(seller, succeeded: true, email: seller.email, channel: "api", address: "192.0.2.7", at: day(1.001))
                try await accounts.createToken(hash: "token-hash-secret", for: seller, label: "laptop", actor: seller.id, at: day(2),
                                               expiresAt: day(30))
                try await accounts.revokeToken(hash: "token-hash-secret", at: day(3))
                try await accounts.revokeToken(hash: "token-hash-secret", at: day(3))
                try await accounts.setPasswordHash("$2b$12$new-password-hash", for: seller.id, actor: nil, at: day(4))
                try await OrganizationSettings(database: database, organizationID: organization)
                    .setStallPolicy(StallPolicy(percentile: 0.8, minimumWonDeals: 6), by: admin.id, at: day(5))
                let products = try RecordStream.products(CSVReader(string: "product,series,sales_price\nGTX Basic,GTX,550\n"),
                                                         mapping: BuiltInMappings.named("maven-crm-products")!)
                _ = try await CRMImport(database: database, organizationID: organization)
                    .importProducts(products, options: .init(fileName: "products.csv", mapping: "maven-crm-products", asOf: day(6), actor: admin.id))
                let log = AuditLog(database: database, organizationID: organization)
                _ = try await log.export(AuditQuery(kind: .signIn), for: Self.policy(admin), format: "csv", at: day(7))

                // validate: each kind, with who and about whom
                let all = try await log.report(AuditQuery(limit: 100), for: Self.policy(admin))
                let kinds = all.events.map { "\($0.kind) \($0.action)" }
                #expect(Set(kinds).isSuperset(of: [
                    "sign_in failed", "sign_in succeeded", "api_token created", "api_token revoked", "password changed",
                    "setting changed", "import imported", "export audit_log",
                ]), "\(kinds)")
                #expect(kinds.filter { $0 == "api_token revoked" }.count == 1)
                let failed = try #require(all.events.first { $0.action == "failed" })
                #expect(failed.actorID == nil && failed.subjectID == seller.id)
                #expect(failed.changes["email"]?.new == seller.email && failed.changes["address"]?.new == "192.0.2.7")
                let imported = try #require(all.events.first { $0.kind == "import" })
                #expect(imported.changes["file"]?.new == "products.csv" && imported.changes["rows"]?.new == "1")
                #expect(imported.actorID == admin.id)
                let run = try #require(try await CRMImport(database: database, organizationID: organization).recentRuns().first)
                #expect(run.importedByName == admin.name && run.mapping == "maven-crm-products", "who imported, read by name for page and API")
                let password = try #require(all.events.first { $0.kind == "password" })
                #expect(password.changes["tokensRevoked"]?.new == "0")
                let setting = try #require(all.events.first { $0.kind == "setting" })
                #expect(setting.changes["stall-policy"]?.new?.contains("0.8") == true)
                // No secret is stored in the log.
                let stored = try await (database as! any SQLDatabase).raw("SELECT changes FROM audit_events").all()
                    .map { try $0.decode(column: "changes", as: String.self) }.joined()
                #expect(!stored.contains("token-hash-secret") && !stored.contains("new-password-hash"))

                // validate: the filters, the total and the window
                let signIns = try await log.report(AuditQuery(kind: .signIn), for: Self.policy(admin))
                #expect(signIns.total == 2 && signIns.events.map(\.action) == ["succeeded", "failed"])
                let aboutSeller = try await log.report(AuditQuery(person: seller.id, limit: 2), for: Self.policy(admin))
                #expect(aboutSeller.total == 5 && aboutSeller.events.count == 2)
                #expect(aboutSeller.people[seller.id]?.name == seller.name)
                let secondPage = try await log.report(AuditQuery(person: seller.id, limit: 2, offset: 4), for: Self.policy(admin))
                #expect(secondPage.events.map(\.action) == ["failed"])
                let byAdmin = try await log.report(AuditQuery(actor: admin.id), for: Self.policy(admin))
                #expect(Set(byAdmin.events.map(\.kind)) == ["setting", "import", "export"])
                let period = try await log.report(AuditQuery(from: day(2), before: day(4)), for: Self.policy(admin))
                #expect(period.events.map(\.action) == ["revoked", "created"])

                // validate: only admins read it
                for reader in [seller, demo.logins.manager, demo.logins.leader] {
                    await #expect(throws: AccessRefused.self) { try await log.report(AuditQuery(), for: Self.policy(reader)) }
                }
            }
        }
    }
}
