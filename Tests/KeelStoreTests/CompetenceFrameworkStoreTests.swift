import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// Framework versions: drafts change, published versions never do, new versions keep ids.
    @Suite struct CompetenceFrameworkStoreTests {
        typealias S = CompetenceScenario

        @Test(arguments: StoreBackend.available)
        func aPublishedVersionIsImmutableAndANewDraftKeepsTheCompetencies(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 4)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = CompetenceStore(database: database, organizationID: demo.organization.id)
                let admin = demo.logins.admin.id
                var draft = S.framework(for: demo.organization.id)

                // MUT: create, edit, publish.
                _ = try await store.createFramework(draft, actor: admin, at: S.date(0))
                draft.name = "Store test, edited"
                draft.areas[1].competencies.removeLast()
                _ = try await store.updateDraft(draft, actor: admin, at: S.date(1))
                #expect(try await store.framework(draft.reference) == draft)
                let published = try await store.publish(draft.reference, actor: admin, at: S.date(2))

                // validate
                #expect(try await store.framework(draft.reference) == published)
                #expect(published.publishedAt == S.date(2))
                var edit = published
                edit.publishedAt = nil
                edit.name = "Changed after publishing"
                try await CompetenceRatingStoreTests.expectRefused("version", .conflict, on: database) {
                    _ = try await store.updateDraft(edit, actor: admin, at: S.date(3))
                }
                try await CompetenceRatingStoreTests.expectRefused("version", .conflict, on: database) {
                    _ = try await store.publish(draft.reference, actor: admin, at: S.date(3))
                }

                let next = try await store.newDraft(from: published.reference, actor: admin, at: S.date(4))
                #expect(next.version == 2)
                #expect(next.status == .draft)
                #expect(next.competencies.map(\.id) == published.competencies.map(\.id))
                try await CompetenceRatingStoreTests.expectRefused("version", .conflict, on: database) {
                    _ = try await store.newDraft(from: published.reference, actor: admin, at: S.date(5))
                }
                #expect(try await store.latestVersion(of: draft.id) == next)
                #expect(try await store.latestVersion(of: draft.id, publishedOnly: true) == published)
                #expect(try await store.frameworkVersions().map(\.version) == [1, 2])
                let versionRow = try await (database as! any SQLDatabase).select().column("id").from("framework_versions")
                    .where("framework_id", .equal, draft.id.rawValue).where("version", .equal, 1)
                    .first(decodingColumn: "id", as: UUID.self)
                let history = try await Directory(database: database, organizationID: demo.organization.id)
                    .auditTrail(of: try #require(versionRow))
                #expect(history.map(\.action) == ["published", "updated", "created"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func aFileImportsAsANewFrameworkThenAsItsNextVersion(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo(sellers: 4)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = CompetenceStore(database: database, organizationID: demo.organization.id)
                let document = FrameworkDocument(S.framework(for: demo.organization.id, key: "imported"))

                let first = try await store.importFramework(document, actor: nil, at: S.date(0))
                #expect(first.version == 1)
                #expect(first.competencies.map(\.key) == document.areas.flatMap { $0.competencies.map(\.key) })
                try await CompetenceRatingStoreTests.expectRefused("key", .conflict, on: database) {
                    _ = try await store.importFramework(document, actor: nil, at: S.date(1))
                }
                _ = try await store.publish(first.reference, actor: nil, at: S.date(1))
                var changed = document
                changed.areas[0].competencies.removeFirst()
                let second = try await store.importFramework(changed, actor: nil, at: S.date(2))
                #expect(second.id == first.id)
                #expect(second.version == 2)
                #expect(second.competencies.map(\.id) == Array(first.competencies.map(\.id).dropFirst()))

                var broken = document
                broken.areas[0].competencies[0].levels.removeLast()
                let before = try await StoredCompetence.read(database)
                await #expect(throws: FrameworkValidationError.self) {
                    _ = try await store.importFramework(broken, actor: nil, at: S.date(3))
                }
                #expect(try await StoredCompetence.read(database) == before)
            }
        }

        @Test(arguments: StoreBackend.available)
        func keysAreUniqueEvenInADraft(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo(sellers: 4)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = CompetenceStore(database: database, organizationID: demo.organization.id)
                var twice = S.framework(for: demo.organization.id)
                twice.areas[1].competencies[0].key = twice.areas[0].competencies[0].key
                try await CompetenceRatingStoreTests.expectRefused("areas[1].competencies[0].key", .duplicate, on: database) {
                    _ = try await store.createFramework(twice, actor: nil, at: S.date(0))
                }
                _ = try await store.createFramework(S.framework(for: demo.organization.id), actor: nil, at: S.date(0))
                var sameKey = S.framework(for: demo.organization.id)
                sameKey.id = .init(UUID())
                try await CompetenceRatingStoreTests.expectRefused("key", .duplicate, on: database) {
                    _ = try await store.createFramework(sameKey, actor: nil, at: S.date(0))
                }
            }
        }

        /// A screen's parts share one read of the frameworks within a ``ReadMemo``; outside one,
        /// every read is the database's.
        @Test(arguments: StoreBackend.available)
        func aReadMemoKeepsWhatOneScreenReadAndNothingOutsideIt(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 4)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = CompetenceStore(database: database, organizationID: demo.organization.id)
                let draft = S.framework(for: demo.organization.id)

                // MUT: read, write behind the memo's back, read again — inside a memo and without one
                let (first, second, unknown) = try await ReadMemo.$current.withValue(ReadMemo()) {
                    let first = try await store.frameworkVersions()
                    let unknown = try await store.framework(draft.reference)
                    _ = try await store.createFramework(draft, actor: nil, at: S.date(0))
                    return (first, try await store.frameworkVersions(), unknown)
                }
                let found = try await ReadMemo.$current.withValue(ReadMemo()) { try await store.framework(draft.reference) }

                // validate: the memo answered the second read; the database has the new draft
                #expect(second == first)
                #expect(try await store.frameworkVersions().count == first.count + 1)
                #expect(try await store.framework(draft.reference) == draft)
                #expect(unknown == nil, "a version not there yet is kept as none")
                #expect(found == draft, "a memo that has read nothing yet reads the database, not a kept none")
            }
        }
    }
}
