import FluentKit
import Foundation
import SalesDomain

/// The audit log's part of an erasure and of the retention sweep: the one change to stored
/// events Keel makes, since the law asks for the values to go while the log keeps that, when
/// and by whom something happened.
enum AuditRedaction {
    struct Change: Codable {
        var old: String?
        var new: String?
    }

    /// Events about the person (subject or record) lose every value; events they did lose the
    /// texts they wrote; any other event naming them gets the pseudonym instead.
    /// - Returns: how many events changed.
    static func erase(_ person: Person, names: [String], as identity: ErasedIdentity, on database: any Database) async throws -> Int {
        let id = person.id.rawValue
        let events = try await AuditEventModel.query(on: database).filter(\.$organizationID == person.organizationID.rawValue)
            .group(.or) { group in
                group.filter(\.$subjectID == id).filter(\.$entityID == id).filter(\.$actorID == id)
                // As the JSON holds them: a quote or backslash in a name is escaped there.
                for name in names { group.filter(\.$changes ~~ jsonFragment(name)) }
            }
            .all()
        return try await rewrite(events, on: database) { event, changes in
            if event.subjectID == id || event.entityID == id {
                changes = changes.mapValues { _ in Change(old: nil, new: nil) }
            } else {
                if event.actorID == id {
                    for key in changes.keys where ErasureRegister.auditTextKeys.contains(key) { changes[key] = Change() }
                }
                changes = changes.mapValues { change in
                    Change(old: change.old.map { replacing(names, in: $0, with: identity) },
                           new: change.new.map { replacing(names, in: $0, with: identity) })
                }
            }
        }
    }

    /// The person's name and e-mail now and every earlier one the log holds (a rename, a new
    /// address), longest first so that a full name is replaced before a shorter one inside it.
    static func namesAndEmails(of person: Person, on database: any Database) async throws -> [String] {
        let id = person.id.rawValue
        let events = try await AuditEventModel.query(on: database).filter(\.$organizationID == person.organizationID.rawValue)
            .filter(\.$entity == AuditKind.person.rawValue).filter(\.$entityID == id).all()
        var names: Set<String> = [person.name, person.email]
        for event in events {
            for (key, change) in try decode(event.changes) where key == "name" || key == "email" {
                names.formUnion([change.old, change.new].compactMap { $0 })
            }
        }
        return names.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Blanks the free texts of events that happened before `cutoff`, as the texts themselves are.
    /// - Returns: how many events changed.
    static func eraseTexts(before cutoff: Date, organizationID: Organization.ID, on database: any Database) async throws -> Int {
        let events = try await AuditEventModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$occurredAt < cutoff)
            // `AuditTrail` leaves a missing value out and sorts keys: `"note":{"new":"…"}`.
            .group(.or) { group in
                for key in ErasureRegister.auditTextKeys.sorted() {
                    group.filter(\.$changes ~~ "\"\(key)\":{\"new\":\"").filter(\.$changes ~~ "\"\(key)\":{\"old\":\"")
                }
            }
            .all()
        return try await rewrite(events, on: database) { _, changes in
            for key in changes.keys where ErasureRegister.auditTextKeys.contains(key) { changes[key] = Change() }
        }
    }

    /// Stores each event whose changes `redact` altered; returns how many.
    static func rewrite(
        _ events: [AuditEventModel], on database: any Database, _ redact: (AuditEventModel, inout [String: Change]) -> Void
    ) async throws -> Int {
        var changed = 0
        for event in events {
            var changes = try decode(event.changes)
            redact(event, &changes)
            let text = try encode(changes)
            guard text != event.changes else { continue }
            event.changes = text
            try await event.save(on: database)
            changed += 1
        }
        return changed
    }

    static func replacing(_ names: [String], in value: String, with identity: ErasedIdentity) -> String {
        var value = value
        for name in names {
            let replacement = name.contains("@") ? identity.email : identity.name
            value = value.replacingOccurrences(of: name, with: replacement, options: .caseInsensitive)
        }
        return value
    }

    static func jsonFragment(_ text: String) -> String {
        let encoded = String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
        return String(encoded.dropFirst().dropLast())
    }

    static func decode(_ text: String) throws -> [String: Change] {
        try JSONDecoder().decode([String: Change].self, from: Data(text.utf8))
    }

    static func encode(_ changes: [String: Change]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(changes), as: UTF8.self)
    }
}
