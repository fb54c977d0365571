import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Who reads results when, and the assessed person's comment on them.
    @Suite struct CompetenceResultsStoreTests {
        typealias S = CompetenceScenario

        @Test(arguments: StoreBackend.available)
        func aSellerSeesTheirResultsOnlyOnceTheCycleHasClosed(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 5), submit: true, at: S.date(1))

                let early = await #expect(throws: FieldError.self) {
                    _ = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.seller))
                }
                #expect(early?.field == "cycleID")
                #expect(early?.code == .conflict)
                let whileOpen = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.manager))
                #expect(whileOpen.competencies.map(\.level) == [3])

                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                let own = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.seller))
                #expect(own.competencies.map(\.level) == [3])
                #expect(own.competencies.map(\.selfLevel) == [5])
                #expect(own.competencies.map(\.targetLevel) == [4])
                #expect(own.competencies.map(\.gap) == [-1])
                #expect(own.blindSpots.map(\.difference) == [2])
                // Fit: 3 of target 4 on the only rated competency, which carries 2 of the weight 4.
                #expect(own.fit?.fitPercent == 75)
                #expect(own.fit?.ratedWeightShare == 0.5)
                #expect(try await store.trends(of: s.seller.id).map(\.points.count) == [1])
            }
        }

        @Test(arguments: StoreBackend.available)
        func theAssessedPersonCommentsAfterTheCycleClosesAndMayEditTheComment(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store

                try await CompetenceRatingStoreTests.expectRefused("cycleID", .conflict, on: database) {
                    try await store.commentOnResults(cycle: s.cycle.id, by: s.seller.id, text: "Fair", at: S.date(5))
                }
                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                try await CompetenceRatingStoreTests.expectRefused("text", .required, on: database) {
                    try await store.commentOnResults(cycle: s.cycle.id, by: s.seller.id, text: "  ", at: S.date(11))
                }
                try await CompetenceRatingStoreTests.expectRefused("personID", .invalidValue, on: database) {
                    try await store.commentOnResults(cycle: s.cycle.id, by: s.manager.id, text: "Fine", at: S.date(11))
                }

                try await store.commentOnResults(cycle: s.cycle.id, by: s.seller.id, text: "I disagree on prospecting.", at: S.date(11))
                let edited = try await store.commentOnResults(
                    cycle: s.cycle.id, by: s.seller.id, text: "I disagree on prospecting; see my Q3 meetings.", at: S.date(12))
                #expect(edited.createdAt == S.date(11))
                #expect(edited.updatedAt == S.date(12))
                #expect(try await store.resultComment(cycle: s.cycle.id, person: s.seller.id) == edited)
                let results = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.seller))
                #expect(results.comment == edited)
                #expect(results.competencies.isEmpty)
            }
        }
    }
}
