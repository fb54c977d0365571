import Foundation

/// One piece of planned (and perhaps done) work by one person: a call, a meeting, an hour of
/// CRM admin.
///
/// `plannedDate` is the *current* plan. When an activity is moved, the store updates
/// `plannedDate` and records a ``Postponement`` whose `from` keeps the earlier date, so the
/// original plan is never lost: analyses read it from the postponements (see
/// ``WeeklyActivityTally/contributions(of:postponements:calendar:)``).
public struct Activity: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Activity>

    public var id: ID
    public var type: ActivityType
    public var ownerID: Person.ID
    public var plannedDate: Date
    /// `nil` while not done. May be earlier than `plannedDate`: doing planned work ahead of
    /// time is allowed and counts as on time.
    public var doneDate: Date?
    /// Planned length; also taken as the time spent once done, because CRMs record one
    /// duration per activity, not a planned and an actual one.
    public var durationMinutes: Int
    public var dealID: Deal.ID?
    public var accountID: Account.ID?
    public var source: ActivitySource
    /// The CRM's id for imported activities; a re-import with the same id updates this record.
    public var externalID: String?

    public init(
        id: ID, type: ActivityType, ownerID: Person.ID, plannedDate: Date, doneDate: Date? = nil,
        durationMinutes: Int, dealID: Deal.ID? = nil, accountID: Account.ID? = nil,
        source: ActivitySource, externalID: String? = nil
    ) {
        self.id = id
        self.type = type
        self.ownerID = ownerID
        self.plannedDate = plannedDate
        self.doneDate = doneDate
        self.durationMinutes = durationMinutes
        self.dealID = dealID
        self.accountID = accountID
        self.source = source
        self.externalID = externalID
    }

    public var isDone: Bool { doneDate != nil }

    /// Checks what can be checked without the database (owner, deal and account existence are
    /// the store's job), throwing the first problem: a type, then ``ActivityLimits`` (which
    /// writers apply themselves first, to report every problem at once), then the external id.
    /// A done date before the planned date is accepted (work done early).
    public func validated(asOf: Date) throws(FieldError) -> Activity {
        if type.rawValue.isEmpty {
            throw FieldError(field: "type", code: .required, .valueRequired)
        }
        if let problem = ActivityLimits.problems(
            plannedDate: plannedDate, doneDate: doneDate, durationMinutes: durationMinutes, asOf: asOf).first {
            throw problem
        }
        if let externalID, externalID.trimmingCharacters(in: .whitespaces).isEmpty {
            throw FieldError(field: "externalID", code: .required, .externalIDEmpty)
        }
        return self
    }
}
