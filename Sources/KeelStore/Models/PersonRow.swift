import Foundation
import SalesDomain
import SQLKit

/// A person read as plain SQL columns, for the reads every request makes (signing in by token):
/// decoding column by column skips the ORM's reflection over a model's properties, which was
/// most of the cost of a small signed-in read under load.
enum PersonRow {
    /// The person's columns of the `people` table aliased `table`, for a SELECT list.
    static func columns(of table: String) -> String {
        ["id", "organization_id", "name", "email", "job_role", "access_role", "team_id", "market_id", "language", "is_active", "deactivated_at"]
            .map { "\(table).\"\($0)\"" }.joined(separator: ", ")
    }

    /// The person in `row`, with the markets a leader is limited to.
    static func person(_ row: any SQLRow, leaderMarketIDs: [Market.ID]) throws -> Person {
        Person(
            id: .init(try row.decode(column: "id", as: UUID.self)),
            organizationID: .init(try row.decode(column: "organization_id", as: UUID.self)),
            name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            jobRole: JobRole(rawValue: try row.decode(column: "job_role", as: String.self)) ?? .accountExecutive,
            accessRole: try accessRole(row),
            teamID: try row.decode(column: "team_id", as: UUID?.self).map(Team.ID.init),
            marketID: try row.decode(column: "market_id", as: UUID?.self).map(Market.ID.init),
            leaderMarketIDs: leaderMarketIDs,
            language: try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)),
            isActive: try row.decode(column: "is_active", as: Bool.self),
            deactivatedAt: try row.decode(column: "deactivated_at", as: Date?.self)
        )
    }

    static func accessRole(_ row: any SQLRow) throws -> AccessRole {
        AccessRole(rawValue: try row.decode(column: "access_role", as: String.self)) ?? .seller
    }
}
