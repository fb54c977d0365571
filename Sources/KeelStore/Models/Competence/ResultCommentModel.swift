import FluentKit
import Foundation
import SalesDomain

final class ResultCommentModel: Model, @unchecked Sendable {
    static let schema = "result_comments"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "cycle_id") var cycleID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "text") var text: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var domain: ResultComment {
        ResultComment(
            cycleID: .init(cycleID), personID: .init(personID), text: text, createdAt: createdAt, updatedAt: updatedAt
        )
    }
}
