import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

extension CoachingStore {
    /// What a person's calendar holds: their sessions as seller or coach from 90 days back on,
    /// and the open next steps they own or that are theirs as seller — never private notes.
    public func calendar(of person: Person, asOf: Date) async throws -> (sessions: [CoachingSession], items: [ActionItem], names: [Person.ID: String]) {
        let since = asOf.addingTimeInterval(-90 * 86_400)
        var sessions: [CoachingSession] = []
        for query in calendarSessionQueries(of: person.id.rawValue, since: since) {
            sessions += try await query.all().map { try $0.decode(model: CoachingSessionRow.self).domain().withoutPrivateNotes }
        }
        sessions = sessions.firstOfEachID().oldestFirst()
        var items: [ActionItem] = []
        for query in calendarItemQueries(of: person.id.rawValue) {
            items += try await query.all().map { try $0.decode(model: ActionItemRow.self).domain() }
        }
        items = items.firstOfEachID().soonestDueFirst()
        let people = try await directory.people(ids: Set(sessions.flatMap { [$0.sellerID, $0.coachID] } + items.map(\.sellerID)))
        return (sessions, items, Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The person's sessions as seller and as coach: two statements, each on its own index,
    /// where one with an OR would read the organization's sessions by time.
    func calendarSessionQueries(of person: UUID, since: Date) -> [SQLSelectBuilder] {
        ["seller_id", "coach_id"].map { column in
            sql.select().column(SQLLiteral.all).from(CoachingSessionModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where(SQLColumn(column), .equal, SQLBind(person))
                .where("scheduled_at", .greaterThanOrEqual, since)
        }
    }

    /// The open next steps the person owns and those that are theirs as seller, likewise apart.
    func calendarItemQueries(of person: UUID) -> [SQLSelectBuilder] {
        ["owner_id", "seller_id"].map { column in
            sql.select().column(SQLLiteral.all).from(ActionItemModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where(SQLColumn(column), .equal, SQLBind(person))
                .where("status", .equal, ActionItem.Status.open.rawValue)
        }
    }
}
