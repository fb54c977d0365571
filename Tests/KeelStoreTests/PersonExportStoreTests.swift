import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// A person's data export holds their ratings, comments and activities, and nothing of
    /// another person's private data; read by the person themself it also leaves out what they
    /// may not see yet. Every export is audited.
    @Suite struct PersonExportStoreTests {
        static func policy(_ person: Person) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy([]))
        }

        static func text(_ export: PersonExport) throws -> String {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            return String(decoding: try encoder.encode(export), as: UTF8.self)
        }

        @Test(arguments: StoreBackend.available)
        func anExportHoldsThePersonsRecordsAndNothingOfAnothers(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let scenario = try await CompetenceScenario.make(on: database)
                let (seller, manager, colleague) = (scenario.seller, scenario.manager, scenario.colleagues[0])
                let admin = scenario.demo.logins.admin
                let store = scenario.store
                let at = CompetenceScenario.date(1)
                for (rater, ratee, source, evidence) in [
                    (seller, seller, RatingSource.selfAssessment, "SELF-EVIDENCE"), (manager, seller, .manager, "MANAGER-ON-SELLER"),
                    (colleague, seller, .peer, "PEER-ON-SELLER"), (seller, colleague, .peer, "SELLER-ON-COLLEAGUE"),
                    (manager, colleague, .manager, "MANAGER-ON-COLLEAGUE"), (colleague, colleague, .selfAssessment, "COLLEAGUE-SELF"),
                ] {
                    _ = try await store.saveRating(scenario.rating(by: rater, of: ratee, source, evidence: evidence), submit: true, at: at)
                }
                let log = ActivityLog(database: database, organizationID: scenario.organizationID)
                _ = try await log.log(.init(type: "call", plannedDate: at, durationMinutes: 30, subject: "SELLER-CALL"),
                                      owner: seller.id, actor: seller.id, at: at)
                _ = try await log.log(.init(type: "call", plannedDate: at, durationMinutes: 30, subject: "COLLEAGUE-CALL"),
                                      owner: colleague.id, actor: colleague.id, at: at)
                let data = PersonalData(database: database, organizationID: scenario.organizationID)

                // MUT: the seller's own export while the cycle runs
                let during = try await data.export(seller.id, for: Self.policy(seller), format: "json", at: CompetenceScenario.date(2))

                // validate
                #expect(during.reader == .person)
                #expect(during.competence.ratingsReceived.map(\.rating.evidence) == ["SELF-EVIDENCE"])
                #expect(during.competence.ratingsGiven.map(\.rating.evidence) == ["SELLER-ON-COLLEAGUE"])
                #expect(during.competence.ratingsGiven.first?.otherPerson == colleague.name)
                #expect(during.withheld == [.peerRatingsReceived: 1, .ratingsBeforeCycleClosed: 1, .auditEventsOfOthersRatings: 2])
                #expect(during.execution.activities.map(\.subject) == ["SELLER-CALL"])
                let duringText = try Self.text(during)
                for secret in ["MANAGER-ON-SELLER", "PEER-ON-SELLER", "MANAGER-ON-COLLEAGUE", "COLLEAGUE-SELF", "COLLEAGUE-CALL"] {
                    #expect(!duringText.contains(secret), "\(secret) is in the seller's own export")
                }

                // MUT: after the cycle closes, the seller and an admin
                _ = try await store.closeCycle(scenario.cycle.id, actor: admin.id, at: CompetenceScenario.date(3))
                _ = try await store.commentOnResults(cycle: scenario.cycle.id, by: seller.id, text: "SELLER-COMMENT", at: CompetenceScenario.date(4))
                let after = try await data.export(seller.id, for: Self.policy(seller), format: "html", at: CompetenceScenario.date(5))
                let byAdmin = try await data.export(seller.id, for: Self.policy(admin), format: "json", at: CompetenceScenario.date(5))

                // validate
                #expect(Set(after.competence.ratingsReceived.map(\.rating.evidence)) == ["SELF-EVIDENCE", "MANAGER-ON-SELLER"])
                #expect(after.competence.resultComments.map(\.text) == ["SELLER-COMMENT"])
                #expect(after.withheld[.peerRatingsReceived] == 1)
                #expect(byAdmin.reader == .administrator && byAdmin.withheld.isEmpty)
                #expect(Set(byAdmin.competence.ratingsReceived.map(\.rating.evidence)) == ["SELF-EVIDENCE", "MANAGER-ON-SELLER", "PEER-ON-SELLER"])
                #expect(byAdmin.competence.ratingsReceived.first { $0.rating.source == .peer }?.otherPerson == colleague.name)
                #expect(byAdmin.profile.person.email == seller.email)
                #expect(byAdmin.audit.contains { $0.kind == "rating" && $0.actorID == colleague.id })
                #expect(byAdmin.audit.filter { $0.kind == "export" }.count == 2, "the two exports before it are about the seller")
                let adminText = try Self.text(byAdmin)
                for secret in ["MANAGER-ON-COLLEAGUE", "COLLEAGUE-SELF", "COLLEAGUE-CALL"] {
                    #expect(!adminText.contains(secret), "\(secret) is in the seller's export")
                }

                // validate: nobody else exports the seller, and every export is in the log
                await #expect(throws: AccessRefused(.forbidden, entity: "person", field: "personID")) {
                    try await data.export(seller.id, for: Self.policy(manager), format: "json", at: CompetenceScenario.date(6))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "person", field: "personID")) {
                    try await data.export(seller.id, for: Self.policy(scenario.outsider), format: "json", at: CompetenceScenario.date(6))
                }
                let exports = try await AuditLog(database: database, organizationID: scenario.organizationID)
                    .report(AuditQuery(person: seller.id, kind: .export), for: Self.policy(admin))
                #expect(exports.total == 3)
                #expect(Set(exports.events.compactMap { $0.changes["format"]?.new }) == ["json", "html"])
            }
        }
    }
}
