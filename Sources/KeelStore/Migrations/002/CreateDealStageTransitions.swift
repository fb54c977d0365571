import FluentKit
import SQLKit

struct CreateDealStageTransitions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("deal_stage_transitions")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("deal_id", .uuid, .required, .references("deals", "id"))
            .field("stage", .string, .required)
            .field("entered_at", .datetime, .required)
            .field("import_run_id", .uuid, .references("import_runs", "id"))
            .create()
        try await (database as! any SQLDatabase).create(index: "deal_stage_transitions_by_deal")
            .on("deal_stage_transitions").column("deal_id").column("entered_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deal_stage_transitions").delete()
    }
}
