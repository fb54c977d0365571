import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// The organization's words: stored per kind, code and language, replaced whole, audited,
    /// and kept apart from another organization's.
    @Suite struct OrganizationWordsStoreTests {
        @Test(arguments: StoreBackend.available)
        func namesAreStoredReplacedAndAudited(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let other = StoreFixture.demo(sellers: 4, seed: 9, slug: "other")
                try await Organizations(database: database).store(other, passwordHashes: [:])
                let words = OrganizationWords(database: database, organizationID: demo.organization.id)
                let leader = demo.logins.leader.id
                #expect(try await words.vocabulary() == OrganizationVocabulary())
                let first = try OrganizationVocabulary.validated([
                    VocabularyDraft(kind: "deal_stage", code: "qualification", names: ["en": "Discovery", "sv": "Behovsanalys"]),
                    VocabularyDraft(kind: "activity_type", code: "Site visit", names: ["nb": "Befaring"]),
                ])
                // MUT
                try await words.replace(with: first, by: leader, at: StoreFixture.now)
                try await words.replace(with: first, by: leader, at: StoreFixture.now)
                // validate
                let stored = try await words.vocabulary()
                #expect(stored == first)
                #expect(stored.name(.dealStage, "qualification", in: .swedish) == "Behovsanalys")
                #expect(stored.name(.dealStage, "qualification", in: .norwegianBokmal) == "Kvalifisering")
                #expect(stored.name(.activityType, "site_visit", in: .norwegianBokmal) == "Befaring")
                #expect(try await OrganizationWords(database: database, organizationID: other.organization.id).vocabulary() == OrganizationVocabulary())
                #expect(try await changes(database).count == 1, "saving the same names again writes nothing")

                // A second save replaces the whole vocabulary; a code left out is back to defaults.
                let second = try OrganizationVocabulary.validated([
                    VocabularyDraft(kind: "deal_stage", code: "qualification", names: ["sv": "Kvalificering av behov"]),
                ])
                try await words.replace(with: second, by: leader, at: StoreFixture.now.addingTimeInterval(60))
                #expect(try await words.vocabulary() == second)
                let audited = try await changes(database)
                #expect(audited.count == 2)
                let last = try #require(audited.last)
                #expect(last.contains("deal_stage qualification sv") && last.contains("Kvalificering av behov") && last.contains("Behovsanalys"))
                #expect(last.contains("activity_type site_visit nb"))
            }
        }

        @Test(arguments: StoreBackend.available)
        func theScreenListsTheCodesTheOrganizationUses(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let seller = demo.logins.seller
                _ = try await ActivityLog(database: database, organizationID: demo.organization.id).log(
                    .init(type: ActivityType("site_visit"), plannedDate: StoreFixture.now, durationMinutes: 30),
                    owner: seller.id, actor: seller.id, at: StoreFixture.now)
                let words = OrganizationWords(database: database, organizationID: demo.organization.id)
                try await words.replace(
                    with: OrganizationVocabulary([VocabularyEntry(kind: .market, code: "SE", names: [.english: "Sweden region"])]),
                    by: nil, at: StoreFixture.now)
                // MUT
                let screen = try await words.screen()
                // validate
                let visit = try #require(screen.rows.first { $0.kind == .activityType && $0.code == "site_visit" })
                #expect(visit.fallback[.swedish] == "Site visit")
                let qualification = try #require(screen.rows.first { $0.kind == .dealStage && $0.code == "qualification" })
                #expect(qualification.fallback[.norwegianBokmal] == "Kvalifisering")
                #expect(screen.rows.filter { $0.kind == .jobRole }.count == JobRole.allCases.count)
                let sweden = try #require(screen.rows.first { $0.kind == .market && $0.code == "SE" })
                #expect(sweden.given == [.english: "Sweden region"])
                #expect(sweden.fallback[.swedish] == "Sverige")
                #expect(screen.rows.filter { $0.kind == .market }.count == demo.markets.count)
            }
        }

        /// Every signed-in page reads the vocabulary: that read is a range of the primary key.
        @Test(arguments: StoreBackend.available)
        func theVocabularyIsReadFromThePrimaryKeysRange(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let organization = SQLBind(UUID())
                let query = SQLQueryString("SELECT kind, code, language, name FROM organization_words WHERE organization_id = \(organization)")
                // MUT
                let plan = try await QueryPlanStoreTests.plan(of: query, on: database, backend)
                // validate
                switch backend {
                case .sqlite: #expect(plan.contains("USING INDEX sqlite_autoindex_organization_words_1"), "\(plan)")
                case .postgres: #expect(plan.contains("organization_words_pkey"), "\(plan)")
                }
            }
        }

        /// The words' changes: storing a demo organization audits its reporting currency, another setting.
        func changes(_ database: any Database) async throws -> [String] {
            try await (database as! any SQLDatabase).select().column("changes").from("audit_events")
                .where("entity", .equal, "setting").orderBy("occurred_at").all()
                .map { try $0.decode(column: "changes", as: String.self) }
                .filter { !$0.contains("reporting-currency") }
        }
    }
}
