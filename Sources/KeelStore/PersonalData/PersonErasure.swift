import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Erases a person (GDPR article 17) by ``ErasureRegister``: their name and e-mail become a
/// pseudonym, the texts they wrote or that are about them are emptied, their sessions, tokens
/// and calendar links go, and so does every value of the audit events about them — all in one
/// transaction, so nothing is ever half-erased. Their numbers stay, for the aggregates of the
/// people they worked with. The erasure itself is recorded: by whom, when, and how many rows of
/// each column, never the values.
public struct PersonErasure: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public struct Outcome: Hashable, Sendable {
        public var personID: Person.ID
        public var pseudonym: String
        /// Rows changed per column of the register (`ratings.evidence`), and `audit_events`.
        public var rows: [String: Int]
    }

    /// `policy` is the signed-in admin's; `nil` is the command line or the retention sweep,
    /// recorded without an actor.
    public func erase(_ id: Person.ID, for policy: AccessPolicy?, at date: Date) async throws -> Outcome {
        guard policy.map({ $0.viewer.organizationID == organizationID }) ?? true,
              let person = try await Directory(database: database, organizationID: organizationID).person(id)
        else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        let decision = policy?.erase(person) ?? .allowed
        guard decision == .allowed else {
            if decision == .forbidden, person.id == policy?.viewer.personID {
                throw FieldError(field: "personID", code: .conflict, .cannotEraseYourself)
            }
            throw AccessRefused(decision, entity: "person", field: "personID")
        }
        guard !ErasedIdentity.isErased(email: person.email) else {
            throw FieldError(field: "personID", code: .conflict, .personAlreadyErased)
        }
        return try await database.writeTransaction { database in
            try await Self.erase(person, actor: policy?.viewer.personID, on: database, at: date)
        }
    }

    static func erase(_ person: Person, actor: Person.ID?, on database: any Database, at date: Date) async throws -> Outcome {
        let sql = database as! any SQLDatabase
        let identity = ErasedIdentity(person.id)
        var rows: [String: Int] = [:]
        // Every name and e-mail they had, from the log, before the log loses them: someone's
        // note may name them as they were called then.
        let names = try await AuditRedaction.namesAndEmails(of: person, on: database)
        let events = try await AuditRedaction.erase(person, names: names, as: identity, on: database)
        // Like every other count, only what changed: a person nothing was logged about has no row.
        if events > 0 { rows["audit_events"] = events }
        for rule in ErasureRegister.rules {
            var count = 0
            if !rule.rowsOf.isEmpty {
                let matching = rule.rowsOf.map { $0.condition(equalTo: SQLBind(person.id.rawValue)) }
                let condition = SQLQueryString("(") + matching.joined(separator: " OR ") + ")"
                count = try await Self.count(rule.table, where: condition, on: sql)
                if count > 0 { try await sql.raw(rule.statement(where: condition, identity: identity)).run() }
            }
            if rule.method.isText, let column = rule.column {
                count += try await Self.replaceMentions(of: names, in: person.organizationID, as: identity, in: rule.table, column, on: sql)
            }
            if count > 0 { rows[rule.name] = count }
        }
        try await sql.raw("""
            UPDATE people SET is_active = \(bind: false), deactivated_at = COALESCE(deactivated_at, \(bind: date)) \
            WHERE id = \(bind: person.id.rawValue)
            """).run()
        try await sql.raw("DELETE FROM login_throttles WHERE id = \(bind: "account:\(person.email)")").run()
        try await AuditTrail.record(
            on: database, organizationID: person.organizationID, actor: actor, entity: AuditKind.person.rawValue,
            entityID: person.id.rawValue, subject: person.id, action: "erased",
            changes: rows.mapValues { .init(old: nil, new: String($0)) }, at: date)
        return Outcome(personID: person.id, pseudonym: identity.name, rows: rows)
    }

    static func count(_ table: String, where condition: SQLQueryString, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE \(condition)").first(decoding: RowCount.self)?.n ?? 0
    }

    /// Someone else's text that names the person — a manager's note "as Anna said" — keeps its
    /// words but gets the pseudonym for the name and the e-mail.
    static func replaceMentions(
        of names: [String], in organization: Organization.ID, as identity: ErasedIdentity, in table: String, _ column: String,
        on sql: any SQLDatabase
    ) async throws -> Int {
        var count = 0
        for mention in names {
            let replacement = mention.contains("@") ? identity.email : identity.name
            let condition: SQLQueryString = """
                organization_id = \(bind: organization.rawValue) AND \(ident: column) LIKE \(bind: "%\(mention)%")
                """
            let found = try await Self.count(table, where: condition, on: sql)
            guard found > 0 else { continue }
            count += found
            try await sql.raw("""
                UPDATE \(ident: table) SET \(ident: column) = REPLACE(\(ident: column), \(bind: mention), \(bind: replacement)) \
                WHERE \(condition)
                """).run()
        }
        return count
    }

    struct RowCount: Decodable {
        var n: Int
    }
}

extension ErasureRule {
    /// The statement that erases the rule's column in the rows `condition` selects; `identity`
    /// is the erased person's, `nil` for the retention sweep, which touches texts only.
    func statement(where condition: SQLQueryString, identity: ErasedIdentity?) -> SQLQueryString {
        guard let column else { return "DELETE FROM \(ident: table) WHERE \(condition)" }
        let value: SQLQueryString = switch method {
        case .pseudonym: "\(bind: identity!.name)"
        case .pseudonymEmail: "\(bind: identity!.email)"
        case .pseudonymSearchKey: "\(bind: "\(identity!.name) \(identity!.email)".lowercased())"
        case .blank: "\(bind: "")"
        case .null, .deleteRow: "NULL"
        case .replaceMentions: "\(ident: column)"
        }
        return "UPDATE \(ident: table) SET \(ident: column) = \(value) WHERE \(condition)"
    }
}

extension ErasureRule.Link {
    /// `seller_id = $1`, or through a referred row: `item_id IN (SELECT id FROM coaching_action_items WHERE seller_id = $1)`.
    func condition(_ comparison: String, _ value: any SQLExpression) -> SQLQueryString {
        switch self {
        case .column(let column):
            "\(ident: column) \(unsafeRaw: comparison) \(value)"
        case .through(let column, let table, let link):
            "\(ident: column) IN (SELECT id FROM \(ident: table) WHERE \(link.condition(comparison, value)))"
        }
    }

    func condition(equalTo value: any SQLExpression) -> SQLQueryString {
        condition("=", value)
    }
}
