import FluentKit
import Foundation
import SalesDomain

final class CoachingSessionModel: Model, @unchecked Sendable {
    static let schema = "coaching_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "seller_id") var sellerID: UUID
    @Field(key: "coach_id") var coachID: UUID
    @Field(key: "type") var type: String
    @Field(key: "scheduled_at") var scheduledAt: Date
    @Field(key: "duration_minutes") var durationMinutes: Int
    @OptionalField(key: "focus_kind") var focusKind: String?
    @OptionalField(key: "focus_reference") var focusReference: String?
    @Field(key: "status") var status: String
    @Field(key: "notes") var notes: String
    @Field(key: "private_notes") var privateNotes: String
    /// ``SuggestionUse`` as JSON.
    @OptionalField(key: "suggestion") var suggestion: String?
    @OptionalField(key: "completed_at") var completedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ session: CoachingSession, organizationID: Organization.ID, createdAt: Date) {
        id = session.id.rawValue
        self.organizationID = organizationID.rawValue
        self.createdAt = createdAt
        update(from: session)
    }

    func update(from session: CoachingSession) {
        sellerID = session.sellerID.rawValue
        coachID = session.coachID.rawValue
        type = session.type.rawValue
        scheduledAt = session.scheduledAt
        durationMinutes = session.durationMinutes
        focusKind = session.focus?.kind.rawValue
        focusReference = session.focus?.reference
        status = session.status.rawValue
        notes = session.notes
        privateNotes = session.privateNotes
        suggestion = session.suggestion.flatMap { try? String(decoding: JSONEncoder().encode($0), as: UTF8.self) }
        completedAt = session.completedAt
    }

    func domain() throws -> CoachingSession {
        try CoachingSessionRow(self).domain()
    }
}

extension CoachingFocus {
    /// A focus from its two stored columns; a kind this version does not know reads as none.
    init?(storedKind kind: String?, reference: String?) {
        guard let kind = kind.flatMap(Kind.init(rawValue:)), let reference else { return nil }
        self.init(kind: kind, reference: reference)
    }
}
