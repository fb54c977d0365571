import FluentKit
import Foundation
import KeelImport
import SalesDomain

/// Finds the person a CRM names as owner: by e-mail address when it looks like one, else by
/// full name — and refuses a name two people share rather than guessing.
struct OwnerDirectory {
    private var byEmail: [String: UUID] = [:]
    /// E-mail addresses as stored: exports usually spell them so, and a hit spares lower-casing
    /// the owner of every row.
    private var byStoredEmail: [String: UUID] = [:]
    private var byName: [String: [UUID]] = [:]
    private var names: [String] = []

    init(database: any Database, organizationID: UUID) async throws {
        for person in try await PersonModel.query(on: database).filter(\.$organizationID == organizationID).all() {
            byEmail[person.email.lowercased()] = person.id!
            byStoredEmail[person.email] = person.id!
            byName[Self.key(person.name), default: []].append(person.id!)
            names.append(person.name)
        }
    }

    static func key(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    enum Match {
        case found(UUID)
        case problem(reason: String, problem: Problem, suggestion: String?)
    }

    func match(_ owner: String) -> Match {
        if let id = byStoredEmail[owner] { return .found(id) }
        if owner.contains("@") {
            if let id = byEmail[owner.lowercased()] { return .found(id) }
            return .problem(reason: "nobody in the organization has this e-mail address", problem: Problem(.importOwnerEmailUnknown),
                            suggestion: Suggestion.closest(to: owner, in: byEmail.keys))
        }
        let candidates = byName[Self.key(owner)] ?? []
        switch candidates.count {
        case 1: return .found(candidates[0])
        case 0: return .problem(reason: "nobody in the organization has this name; import people first", problem: Problem(.importOwnerNameUnknown),
                                suggestion: Suggestion.closest(to: owner, in: names))
        default: return .problem(reason: "\(candidates.count) people have this name; use e-mail addresses for owners",
                                 problem: Problem(.importOwnerNameAmbiguous, ["count": String(candidates.count)]), suggestion: nil)
        }
    }
}
