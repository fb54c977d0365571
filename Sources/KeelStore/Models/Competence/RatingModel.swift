import FluentKit
import Foundation
import SalesDomain

final class RatingModel: Model, @unchecked Sendable {
    static let schema = "ratings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "cycle_id") var cycleID: UUID
    @Field(key: "rater_id") var raterID: UUID
    @Field(key: "ratee_id") var rateeID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "source") var source: String
    @Field(key: "level") var level: Int
    @Field(key: "evidence") var evidence: String
    @Field(key: "status") var status: String
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "submitted_at") var submittedAt: Date?

    init() {}

    init(_ rating: Rating, organizationID: Organization.ID) {
        id = rating.id.rawValue
        self.organizationID = organizationID.rawValue
        cycleID = rating.cycleID.rawValue
        raterID = rating.raterID.rawValue
        rateeID = rating.rateeID.rawValue
        competencyID = rating.competencyID.rawValue
        source = rating.source.rawValue
        apply(rating)
    }

    /// Takes what a rater may change: level, evidence and submission.
    func apply(_ rating: Rating) {
        level = rating.level
        evidence = rating.evidence
        status = rating.status.rawValue
        updatedAt = rating.updatedAt
        submittedAt = rating.submittedAt
    }

    /// `nil` for a source this version of Keel does not know.
    var domain: Rating? {
        guard let source = RatingSource(rawValue: source) else { return nil }
        return Rating(
            id: .init(id!), cycleID: .init(cycleID), raterID: .init(raterID), rateeID: .init(rateeID),
            competencyID: .init(competencyID), source: source, level: level, evidence: evidence,
            updatedAt: updatedAt, submittedAt: submittedAt
        )
    }
}
