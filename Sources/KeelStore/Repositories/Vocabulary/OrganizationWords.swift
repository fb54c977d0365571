import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The organization's vocabulary (``OrganizationVocabulary``): what it calls its activity
/// types, stages, job roles and markets in each language. Every signed-in page renders such
/// names, so the whole vocabulary is one read of the primary key's range per request — a few
/// dozen short rows — rather than a cache that every server process would have to invalidate.
public struct OrganizationWords: Sendable {
    static let table = "organization_words"

    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    public func vocabulary() async throws -> OrganizationVocabulary {
        let rows = try await sql.select().columns("kind", "code", "language", "name").from(Self.table)
            .where("organization_id", .equal, organizationID.rawValue).all()
        return OrganizationVocabulary(try rows.compactMap { row in
            let kind = try row.decode(column: "kind", as: String.self)
            let tag = try row.decode(column: "language", as: String.self)
            // A kind or language a later release dropped is skipped rather than failing every page.
            guard let kind = VocabularyKind(rawValue: kind), let language = Language(rawValue: tag) else { return nil }
            return VocabularyEntry(
                kind: kind, code: try row.decode(column: "code", as: String.self),
                names: [language: try row.decode(column: "name", as: String.self)])
        })
    }

    /// Replaces the vocabulary in one transaction with one audit event naming every name that
    /// changed (`activity_type meeting sv`: old → new); nothing is written when nothing changed.
    public func replace(with vocabulary: OrganizationVocabulary, by actor: Person.ID?, at date: Date) async throws {
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let words = OrganizationWords(database: database, organizationID: organizationID)
            let old = Self.flattened(try await words.vocabulary())
            let new = Self.flattened(vocabulary)
            guard old != new else { return }
            let sql = words.sql
            try await sql.delete(from: Self.table).where("organization_id", .equal, organizationID.rawValue).run()
            if !new.isEmpty {
                var insert = sql.insert(into: Self.table).columns("organization_id", "kind", "code", "language", "name", "updated_by", "updated_at")
                for (key, name) in new.sorted(by: { $0.key < $1.key }) {
                    insert = insert.values(
                        SQLBind(organizationID.rawValue), SQLBind(key.kind), SQLBind(key.code), SQLBind(key.language), SQLBind(name),
                        SQLBind(actor?.rawValue), SQLBind(date))
                }
                try await insert.run()
            }
            var changes: [String: AuditTrail.Change] = [:]
            for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
                changes["\(key.kind) \(key.code) \(key.language)"] = .init(old: old[key], new: new[key])
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "setting",
                entityID: organizationID.rawValue, action: "changed", changes: changes, at: date)
        }
    }

    struct Key: Hashable, Comparable {
        var kind: String
        var code: String
        var language: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.kind, lhs.code, lhs.language) < (rhs.kind, rhs.code, rhs.language)
        }
    }

    static func flattened(_ vocabulary: OrganizationVocabulary) -> [Key: String] {
        var names: [Key: String] = [:]
        for entry in vocabulary.entries {
            for (language, name) in entry.names {
                names[Key(kind: entry.kind.rawValue, code: entry.code, language: language.rawValue)] = name
            }
        }
        return names
    }
}
