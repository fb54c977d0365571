import FluentKit
import SQLKit

/// A person's calendar feed holds the sessions they coach and the next steps they own; without
/// an index on the coach and the owner each fetch read the organization's sessions of 90 days
/// and every open next step (180 ms at 250,000 sessions, fetched by calendar clients all day).
struct CreateCoachingByCoachAndOwnerIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "coaching_sessions_by_coach").on("coaching_sessions")
            .column("organization_id").column("coach_id").column("scheduled_at").run()
        try await sql.create(index: "coaching_action_items_by_owner").on("coaching_action_items")
            .column("organization_id").column("owner_id").column("status").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "coaching_sessions_by_coach").run()
        try await sql.drop(index: "coaching_action_items_by_owner").run()
    }
}
