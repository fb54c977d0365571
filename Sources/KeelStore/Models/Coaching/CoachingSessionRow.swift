import Foundation
import SalesDomain

/// A coaching session as its columns, which is how reads of many sessions decode them. A Fluent
/// model is filled property by property through reflection for every row (a sixth of a team's
/// start page at 10,000 sellers with a year of sessions), where a plain `Decodable` reads the
/// columns by name.
struct CoachingSessionRow: Decodable {
    var id: UUID
    var sellerID: UUID
    var coachID: UUID
    var type: String
    var scheduledAt: Date
    var durationMinutes: Int
    var focusKind: String?
    var focusReference: String?
    var status: String
    var notes: String
    var privateNotes: String
    var suggestion: String?
    var completedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, type, status, notes, suggestion
        case sellerID = "seller_id", coachID = "coach_id", scheduledAt = "scheduled_at", durationMinutes = "duration_minutes"
        case focusKind = "focus_kind", focusReference = "focus_reference", privateNotes = "private_notes", completedAt = "completed_at"
    }

    init(_ model: CoachingSessionModel) {
        id = model.id!
        sellerID = model.sellerID
        coachID = model.coachID
        type = model.type
        scheduledAt = model.scheduledAt
        durationMinutes = model.durationMinutes
        focusKind = model.focusKind
        focusReference = model.focusReference
        status = model.status
        notes = model.notes
        privateNotes = model.privateNotes
        suggestion = model.suggestion
        completedAt = model.completedAt
    }

    func domain() throws -> CoachingSession {
        guard let sessionType = CoachingSessionType(rawValue: type), let sessionStatus = CoachingSession.Status(rawValue: status) else {
            throw CorruptRecord("coaching session \(id.uuidString): type \(type), status \(status)")
        }
        return CoachingSession(
            id: .init(id), sellerID: .init(sellerID), coachID: .init(coachID), type: sessionType, scheduledAt: scheduledAt,
            durationMinutes: durationMinutes, focus: CoachingFocus(storedKind: focusKind, reference: focusReference), status: sessionStatus,
            notes: notes, privateNotes: privateNotes,
            suggestion: suggestion.flatMap { try? JSONDecoder().decode(SuggestionUse.self, from: Data($0.utf8)) }, completedAt: completedAt)
    }
}
