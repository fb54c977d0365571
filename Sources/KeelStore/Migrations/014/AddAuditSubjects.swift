import FluentKit
import SQLKit

/// The person an audit event concerns (the rated person of a rating, the owner of an activity,
/// the account of a sign-in), so the audit log can be read per person; and the log by time,
/// which its page and exports read newest first.
struct AddAuditSubjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events").field("subject_id", .uuid).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_events_by_time").on("audit_events").column("organization_id").column("occurred_at").run()
        try await sql.create(index: "audit_events_by_subject").on("audit_events").column("organization_id").column("subject_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "audit_events_by_subject").run()
        try await sql.drop(index: "audit_events_by_time").run()
        try await database.schema("audit_events").deleteField("subject_id").update()
    }
}
