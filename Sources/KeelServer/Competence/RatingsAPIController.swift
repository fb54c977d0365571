import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/competence/cycles/{cycleID}/ratings`: the signed-in person's own ratings — a
/// self-assessment, a manager's rating of a report, a peer's rating. Who may rate whom as what
/// is the store's rule (``CompetenceStore/saveRating(_:submit:at:)``); nobody reads another
/// rater's drafts, and the audit trail of a rating is for its rater and for leaders.
enum RatingsAPIController {
    static func register(on competence: any RoutesBuilder) {
        let ratings = competence.grouped("cycles", ":cycleID", "ratings")
        ratings.on(.GET, access: .signedIn(.readOwnRecords), use: list)
        ratings.on(.PUT, access: .signedIn(.readOwnRecords), use: save)
        ratings.on(.POST, ":ratingID", "submit", access: .signedIn(.readOwnRecords), use: submit)
        ratings.on(.GET, ":ratingID", "history", access: .signedIn(.readOwnRecords), use: history)
        competence.on(.GET, "cycles", ":cycleID", "people", ":personID", "references", access: .signedIn(.readOwnRecords), use: references)
    }

    /// What the signed-in rater sees beside the scale when rating the person in the path: the
    /// rating page's store query (``Request/ratingForm()``), so the API shows exactly what the
    /// page shows (``RatingReference``) and refuses whom the page refuses (404: not theirs to rate).
    @Sendable
    static func references(_ request: Request) async throws -> RatingReferencesResource {
        RatingReferencesResource(try await request.ratingForm())
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<RatingResource> {
        let cycle = try await request.assessmentCycle()
        let ratings = try await request.competence.ratings(in: cycle.id, by: try request.signedIn.person.id)
        return ListResource(items: ratings.map(RatingResource.init), total: ratings.count)
    }

    @Sendable
    static func save(_ request: Request) async throws -> RatingResource {
        let cycle = try await request.assessmentCycle()
        let body = try request.content.decode(RatingRequest.self)
        let input = body.input(cycle: cycle.id, rater: try request.signedIn.person.id)
        return RatingResource(try await request.competence.saveRating(input, submit: body.submit, at: request.now))
    }

    @Sendable
    static func submit(_ request: Request) async throws -> RatingResource {
        let rating = try await ownRating(request)
        return RatingResource(try await request.competence.submitRating(rating.id, by: rating.raterID, at: request.now))
    }

    /// The rater sees their own rating's history; leaders and admins any rating of a person they
    /// may see (``AccessPolicy/readHistory(of:ratee:)``). Anyone else gets 404, as if the rating
    /// did not exist.
    @Sendable
    static func history(_ request: Request) async throws -> RatingHistoryResource {
        let cycle = try await request.assessmentCycle()
        let id = try request.id("ratingID", as: Rating.ID.self, entity: "rating")
        return RatingHistoryResource(ratingID: id, entries: try await request.competence.ratingHistory(id, in: cycle.id, for: try await request.policy()))
    }

    private static func ownRating(_ request: Request) async throws -> Rating {
        let cycle = try await request.assessmentCycle()
        let id = try request.id("ratingID", as: Rating.ID.self, entity: "rating")
        guard let rating = try await request.competence.rating(id), rating.cycleID == cycle.id,
              rating.raterID == (try request.signedIn.person.id)
        else { throw APIError.notFound(field: "ratingID") }
        return rating
    }
}
