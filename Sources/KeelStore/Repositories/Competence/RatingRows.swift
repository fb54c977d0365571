import Foundation
import SalesDomain
import SQLKit

/// Ratings read as plain SQL rows, column by column, where a read takes thousands of them:
/// Fluent's model decoding (reflection over every property of every row) was most of a
/// leniency-adjusted heatmap's time.
enum RatingRows {
    static let columns = [
        "id", "cycle_id", "rater_id", "ratee_id", "competency_id", "source", "level", "evidence", "updated_at", "submitted_at",
    ]

    /// The ratings a query on ``RatingModel/schema`` selects; ratings from a source this version
    /// of Keel does not know are skipped, as ``RatingModel/domain`` skips them.
    static func all(_ query: SQLSelectBuilder) async throws -> [Rating] {
        var uuids = RepeatedUUIDs()
        var ratings: [Rating] = []
        for row in try await query.columns(columns.map { SQLColumn($0, table: RatingModel.schema) }).all() {
            guard let source = RatingSource(rawValue: try row.decode(column: "source", as: String.self)) else { continue }
            ratings.append(Rating(
                id: .init(try row.decode(column: "id", as: UUID.self)),
                cycleID: .init(try uuids.decode(column: "cycle_id", of: row)),
                raterID: .init(try uuids.decode(column: "rater_id", of: row)),
                rateeID: .init(try uuids.decode(column: "ratee_id", of: row)),
                competencyID: .init(try uuids.decode(column: "competency_id", of: row)),
                source: source, level: try row.decode(column: "level", as: Int.self),
                evidence: try row.decode(column: "evidence", as: String.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self),
                submittedAt: try row.decode(column: "submitted_at", as: Date?.self)))
        }
        return ratings
    }
}
