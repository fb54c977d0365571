import FluentKit
import Foundation

/// One file imported: what, by whom, as of when, and what it changed.
final class ImportRunModel: Model, @unchecked Sendable {
    static let schema = "import_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "mapping") var mapping: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "as_of") var asOf: Date
    @Field(key: "rows") var rows: Int
    @Field(key: "inserted") var inserted: Int
    @Field(key: "updated") var updated: Int
    @Field(key: "unchanged") var unchanged: Int
    @Field(key: "finished_at") var finishedAt: Date

    init() {}
}
