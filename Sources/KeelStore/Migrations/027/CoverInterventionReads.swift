import FluentKit
import SQLKit

/// Interventions are each seller's first completed session per focus and first repetition per
/// competency. One estimate reads those on its target, a list those of the viewer's sellers, the
/// refresh every one; without these indexes each read went through every session and repetition
/// of the organization row by row (160 and 260 ms of one estimate's 450 at 10,000 sellers).
/// Each index holds every column the reads ask for, by target and by seller, so SQLite answers
/// from the index alone whichever of the two a read filters on.
struct CoverInterventionReads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "coaching_sessions_by_focus").on("coaching_sessions")
            .column("organization_id").column("focus_kind").column("focus_reference").column("status")
            .column("seller_id").column("scheduled_at").run()
        try await sql.create(index: "coaching_sessions_by_seller_and_focus").on("coaching_sessions")
            .column("organization_id").column("seller_id").column("status").column("focus_kind")
            .column("focus_reference").column("scheduled_at").run()
        try await sql.create(index: "practice_reps_by_competency").on("practice_reps")
            .column("organization_id").column("competency_id").column("person_id").column("done_at").run()
        try await sql.create(index: "practice_reps_by_person_and_competency").on("practice_reps")
            .column("organization_id").column("person_id").column("competency_id").column("done_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in [
            "coaching_sessions_by_focus", "coaching_sessions_by_seller_and_focus", "practice_reps_by_competency",
            "practice_reps_by_person_and_competency",
        ] {
            try await sql.drop(index: index).run()
        }
    }
}
