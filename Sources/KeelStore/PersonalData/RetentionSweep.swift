import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Applies an organization's ``SalesDomain/RetentionPolicy`` by ``ErasureRegister``: texts
/// older than the period are emptied (with the audit values that repeat them) in one
/// transaction, and each person who left long enough ago is erased as ``PersonErasure`` erases,
/// one transaction per person. Running it again changes nothing; each run that changed
/// something is recorded in the audit log with its counts.
public struct RetentionSweep: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public struct Outcome: Hashable, Sendable {
        /// Rows emptied per column of the register (`ratings.evidence`), and `audit_events`.
        public var texts: [String: Int] = [:]
        public var erasedPeople: [Person.ID] = []

        public var isEmpty: Bool { texts.isEmpty && erasedPeople.isEmpty }
    }

    /// Applies the organization's stored policy as of `date`; `actor` is the admin who asked,
    /// `nil` for the server's schedule and `keel retention apply`.
    public func apply(at date: Date, actor: Person.ID?) async throws -> Outcome {
        let settings = OrganizationSettings(database: database, organizationID: organizationID)
        let policy = try await settings.retentionPolicy()
        guard !policy.keepsEverything else { return Outcome() }
        let calendar = try await settings.calendar()
        var outcome = Outcome()
        if let cutoff = policy.leaverCutoff(asOf: date, calendar: calendar) {
            for person in try await leavers(before: cutoff) {
                _ = try await database.writeTransaction { database in
                    try await PersonErasure.erase(person, actor: actor, on: database, at: date)
                }
                outcome.erasedPeople.append(person.id)
            }
        }
        if let cutoff = policy.textCutoff(asOf: date, calendar: calendar) {
            outcome.texts = try await database.writeTransaction { database in
                try await eraseTexts(before: cutoff, on: database, actor: actor, at: date)
            }
        }
        return outcome
    }

    /// People deactivated before `cutoff` and not erased yet.
    func leavers(before cutoff: Date) async throws -> [Person] {
        try await PersonModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$isActive == false).filter(\.$deactivatedAt < cutoff)
            .filter(\.$email !~ "@\(ErasedIdentity.emailDomain)")
            .all().map { $0.domain(leaderMarketIDs: []) }
    }

    func eraseTexts(before cutoff: Date, on database: any Database, actor: Person.ID?, at date: Date) async throws -> [String: Int] {
        let sql = database as! any SQLDatabase
        var rows: [String: Int] = [:]
        for rule in ErasureRegister.rules {
            guard let column = rule.column, let written = rule.written, rule.method != .replaceMentions else { continue }
            let empty: SQLQueryString = rule.method == .null ? "\(ident: column) IS NOT NULL" : "\(ident: column) <> \(bind: "")"
            let condition: SQLQueryString = """
                organization_id = \(bind: organizationID.rawValue) AND \(written.condition("<", SQLBind(cutoff))) AND \(empty)
                """
            let count = try await PersonErasure.count(rule.table, where: condition, on: sql)
            guard count > 0 else { continue }
            rows[rule.name] = count
            try await sql.raw(rule.statement(where: condition, identity: nil)).run()
        }
        let events = try await AuditRedaction.eraseTexts(before: cutoff, organizationID: organizationID, on: database)
        if events > 0 { rows["audit_events"] = events }
        if !rows.isEmpty {
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: AuditKind.retention.rawValue,
                entityID: organizationID.rawValue, action: "applied",
                changes: rows.mapValues { .init(old: nil, new: String($0)) }.merging(
                    ["textsBefore": .init(old: nil, new: ISO8601DateFormatter().string(from: cutoff))]) { old, _ in old },
                at: date)
        }
        return rows
    }
}
