import FluentKit
import SQLKit

struct CreateAssessmentParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assessment_participants")
            .id()
            .field("cycle_id", .uuid, .required, .references("assessment_cycles", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "cycle_id", "person_id", name: "assessment_participants_unique")
            .create()
        try await (database as! any SQLDatabase).create(index: "assessment_participants_by_person")
            .on("assessment_participants").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assessment_participants").delete()
    }
}
