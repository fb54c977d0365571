import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension PracticeStore {
    /// Adds an item to the library or changes one (leaders and admins): checked against the
    /// practice framework (``PracticeItem/validated(in:)``), its key unused by another item —
    /// every problem at once; audited. `unreadable` are the form's fields that could not be read
    /// (an aim that is no number): refused with the item's problems, which are left out for them.
    public func saveItem(_ item: PracticeItem, for policy: AccessPolicy, at date: Date, unreadable: [FieldError] = []) async throws -> PracticeItem {
        guard policy.canEditPracticeLibrary else { throw AccessRefused(.forbidden, entity: "practice library") }
        guard let framework = try await framework() else {
            throw FieldErrors([FieldError(field: "competencyID", code: .notFound, .noFrameworkToPractise)])
        }
        var problems = unreadable
        do {
            _ = try item.validated(in: framework)
        } catch {
            problems += error.errors.filter { problem in !unreadable.contains { $0.field == problem.field } }
        }
        let library = try await library()
        if library.contains(where: { $0.key == item.key && $0.id != item.id }) {
            problems.append(FieldError(field: "key", code: .duplicate, .practiceItemKeyTaken, ["key": item.key]))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        let before = library.first { $0.id == item.id }
        let organizationID = organizationID
        let defaults = try await unstoredDefaults()
        try await database.writeTransaction { database in
            try await store(defaults: defaults, on: database, at: date)
            if let model = try await PracticeItemModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == item.id.rawValue).first() {
                try model.update(from: item, by: policy.viewer.personID, at: date)
                try await model.update(on: database)
            } else {
                try await PracticeItemModel(item, organizationID: organizationID, by: policy.viewer.personID, at: date).create(on: database)
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "practice_item",
                entityID: item.id.rawValue, action: before == nil ? "create" : "update",
                changes: AuditTrail.differences(before.map(Self.auditValues) ?? [:], Self.auditValues(of: item)), at: date)
        }
        return item
    }

    /// Imports a library file (leaders and admins): every item checked against the practice
    /// framework with its line (``PracticeLibraryDocument/items(in:existing:newID:)``); items
    /// whose key exists are changed, others added, none removed — all or nothing; audited.
    public func importLibrary(_ document: PracticeLibraryDocument, for policy: AccessPolicy, at date: Date) async throws -> (added: Int, changed: Int) {
        guard policy.canEditPracticeLibrary else { throw AccessRefused(.forbidden, entity: "practice library") }
        guard let framework = try await framework() else {
            throw FieldErrors([FieldError(field: "file", code: .notFound, .noFrameworkToPractise)])
        }
        let existing = Dictionary(try await library().map { ($0.key, $0.id) }, uniquingKeysWith: { first, _ in first })
        let items = try document.items(in: framework, existing: existing, newID: { .init(UUID()) })
        let organizationID = organizationID
        var added = 0
        for item in items where existing[item.key] == nil { added += 1 }
        let defaults = try await unstoredDefaults()
        try await database.writeTransaction { database in
            try await store(defaults: defaults, on: database, at: date)
            for item in items {
                if let model = try await PracticeItemModel.query(on: database)
                    .filter(\.$organizationID == organizationID.rawValue).filter(\.$key == item.key).first() {
                    try model.update(from: item, by: policy.viewer.personID, at: date)
                    try await model.update(on: database)
                } else {
                    try await PracticeItemModel(item, organizationID: organizationID, by: policy.viewer.personID, at: date).create(on: database)
                }
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "practice_library",
                entityID: organizationID.rawValue, action: "import",
                changes: ["items": .init(old: nil, new: String(items.count))], at: date)
        }
        return (added, items.count - added)
    }

    static func auditValues(of item: PracticeItem) -> [String: String?] {
        let content = (try? JSONEncoder().encode(item.content)).map { String(decoding: $0, as: UTF8.self) }
        return [
            "key": item.key, "competency": item.competencyID.description, "kind": item.kind.rawValue, "aimLevel": String(item.aimLevel),
            "minutes": String(item.minutes), "title": item.title.english, "content": content, "active": String(item.isActive),
        ]
    }
}
