import FluentKit

struct CreateResultComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("result_comments")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("cycle_id", .uuid, .required, .references("assessment_cycles", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "cycle_id", "person_id", name: "result_comments_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("result_comments").delete()
    }
}
