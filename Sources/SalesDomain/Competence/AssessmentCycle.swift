import Foundation

/// A round of assessments: a leader opens it for a set of people, who rate themselves and are
/// rated by their manager and optionally by peers, on one framework version; then it closes.
public struct AssessmentCycle: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<AssessmentCycle>

    public var id: ID
    public var organizationID: Organization.ID
    public var name: String
    public var framework: FrameworkVersionReference
    /// The people assessed in this cycle.
    public var participantIDs: [Person.ID]
    public var openedAt: Date
    public var closedAt: Date?

    public init(
        id: ID, organizationID: Organization.ID, name: String, framework: FrameworkVersionReference,
        participantIDs: [Person.ID], openedAt: Date, closedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.framework = framework
        self.participantIDs = participantIDs
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    /// Derived from `closedAt` so an open cycle can never carry a closing date or the reverse.
    public var status: AssessmentCycleStatus { closedAt == nil ? .open : .closed }

    public func includes(_ personID: Person.ID) -> Bool {
        participantIDs.contains(personID)
    }

    /// Checks what a leader enters when opening a cycle: a name, at least one participant, no
    /// one listed twice, and a published framework version (a draft could still change under
    /// the ratings).
    public func validate(framework version: CompetencyFramework) throws(FieldError) {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw FieldError(field: "name", code: .required, .valueRequired)
        }
        if name.count > 200 {
            throw FieldError(field: "name", code: .tooLong, .textTooLong, ["maximum": "200"])
        }
        if participantIDs.isEmpty {
            throw FieldError(field: "participantIDs", code: .required, .cycleNeedsParticipant)
        }
        if Set(participantIDs).count != participantIDs.count {
            throw FieldError(field: "participantIDs", code: .duplicate, .participantListedTwice)
        }
        guard version.reference == framework, version.organizationID == organizationID else {
            throw FieldError(field: "framework", code: .invalidValue, .cycleFrameworkMismatch)
        }
        guard version.status == .published else {
            throw FieldError(
                field: "framework", code: .invalidValue,
                .frameworkDraftNotAssessable, ["version": String(version.version), "key": version.key]
            )
        }
        if let closedAt, closedAt < openedAt {
            throw FieldError(field: "closedAt", code: .invalidValue, .cycleClosesBeforeOpening)
        }
    }

    /// The cycle, closed at `date`. Closing is final; closing again is refused rather than
    /// silently moving the closing date, which would change when results became visible.
    public func closed(at date: Date) throws(FieldError) -> AssessmentCycle {
        if closedAt != nil {
            throw FieldError(
                field: "status", code: .conflict,
                .cycleAlreadyClosed, ["name": name]
            )
        }
        if date < openedAt {
            throw FieldError(field: "closedAt", code: .invalidValue, .cycleClosesBeforeOpening)
        }
        var closed = self
        closed.closedAt = date
        return closed
    }
}
