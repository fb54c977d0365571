import FluentKit
import SQLKit

struct CreateTeamMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("team_memberships")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("team_id", .uuid, .required, .references("teams", "id"))
            .field("valid_from", .datetime, .required)
            .field("valid_until", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "team_memberships_by_person")
            .on("team_memberships").column("person_id").column("valid_from").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("team_memberships").delete()
    }
}
