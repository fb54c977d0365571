import FluentKit
import Foundation
import SalesDomain

extension CoachingStore {
    /// What a person's calendar holds: their sessions as seller or coach from 90 days back on,
    /// and the open next steps they own or that are theirs as seller — never private notes.
    public func calendar(of person: Person, asOf: Date) async throws -> (sessions: [CoachingSession], items: [ActionItem], names: [Person.ID: String]) {
        let since = asOf.addingTimeInterval(-90 * 86_400)
        let sessions = try await CoachingSessionModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$scheduledAt >= since)
            .group(.or) { $0.filter(\.$sellerID == person.id.rawValue).filter(\.$coachID == person.id.rawValue) }
            .sort(\.$scheduledAt).all().map { try $0.domain().withoutPrivateNotes }
        let items = try await ActionItemModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$status == ActionItem.Status.open.rawValue)
            .group(.or) { $0.filter(\.$ownerID == person.id.rawValue).filter(\.$sellerID == person.id.rawValue) }
            .sort(\.$due).all().map { try $0.domain() }
        let people = try await directory.people(ids: Set(sessions.flatMap { [$0.sellerID, $0.coachID] } + items.map(\.sellerID)))
        return (sessions, items, Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }
}
