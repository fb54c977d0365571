import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A person's competence results: in a cycle, with their own comment, and the trend across
/// closed cycles. Anyone who may see the person reads them — except the person themselves while
/// the cycle runs, so that nobody adjusts a rating to what they saw (409 until it closes).
enum ResultsAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "cycles", ":cycleID", "results", ":personID", access: .signedIn(.readOwnRecords), use: show)
        competence.on(.PUT, "cycles", ":cycleID", "results", ":personID", "comment", access: .signedIn(.readOwnRecords), use: comment)
        competence.on(.GET, "people", ":personID", "competence-trends", access: .signedIn(.readOwnRecords), use: trends)
    }

    /// The results page's store query (``CompetenceStore/personResults(cycle:person:for:)``): 404
    /// for a person out of reach, 409 for one's own results while the cycle is open.
    @Sendable
    static func show(_ request: Request) async throws -> PersonResultsResource {
        PersonResultsResource(try await request.competence.personResults(
            cycle: try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle"),
            person: try request.id("personID", as: Person.ID.self, entity: "person"),
            for: try await request.policy()))
    }

    /// Only the person assessed comments on their result (``AccessPolicy/commentOnResults(of:)``),
    /// and only once the cycle has closed.
    @Sendable
    static func comment(_ request: Request) async throws -> PersonResultsResource.Comment {
        let cycle = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let body = try request.content.decode(ResultCommentRequest.self)
        return .init(try await request.competence.commentOnResults(
            cycle: cycle, person: person, text: body.text, for: try await request.policy(), at: request.now))
    }

    /// The trend the results page shows (``CompetenceStore/trends(of:for:)``).
    @Sendable
    static func trends(_ request: Request) async throws -> CompetenceTrendsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        return CompetenceTrendsResource(personID: person, trends: try await request.competence.trends(of: person, for: try await request.policy()))
    }
}
