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
    /// the store's job).
    ///
    /// - A negative duration is refused: it would subtract hours from time allocation.
    /// - A done date after `asOf` is refused: nobody can have done it yet.
    /// - A done date before the planned date is accepted (work done early).
    /// The minutes one activity may last, whoever writes it (the web form, the CRM import):
    /// at most a day. A longer one is a data error — a duration in seconds read as minutes, a
    /// multi-day event — and a single such row would outweigh a seller's week in every time
    /// analysis.
    public static let durationLimit = 0...1_440
    /// The years an activity may be planned or done in: every week is kept under a four-digit
    /// ISO week key, and no sales history Keel reads predates 2000 (an API fuzzer's year 672
    /// was stored, then no week of it could be read back).
    public static let supportedYears = 2000...2099

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// From the first instant of the first supported year (UTC) to before the first of the next.
    private static let supportedSpan: Range<Date> = {
        func start(of year: Int) -> Date { utcCalendar.date(from: DateComponents(year: year, month: 1, day: 1))! }
        return start(of: supportedYears.lowerBound)..<start(of: supportedYears.upperBound + 1)
    }()

    /// The problem with `date` as an activity's day, named `field`, when its year is not supported.
    /// Every imported activity is checked, so a date is compared with the span's two instants,
    /// and a calendar is made only to name the year of one that falls outside.
    public static func outOfRange(_ date: Date, field: String) -> FieldError? {
        guard !supportedSpan.contains(date) else { return nil }
        let year = utcCalendar.component(.year, from: date)
        return FieldError(field: field, code: .invalidValue, .activityDateOutOfRange,
                          ["value": String(year), "first": String(supportedYears.lowerBound), "last": String(supportedYears.upperBound)])
    }

    public func validated(asOf: Date) throws(FieldError) -> Activity {
        if type.rawValue.isEmpty {
            throw FieldError(field: "type", code: .required, .valueRequired)
        }
        if !Self.durationLimit.contains(durationMinutes) {
            throw FieldError(
                field: "durationMinutes", code: .invalidValue,
                .activityDurationOutOfRange,
                ["value": String(durationMinutes), "maximum": String(Self.durationLimit.upperBound)])
        }
        if let problem = Self.outOfRange(plannedDate, field: "plannedDate") { throw problem }
        if let doneDate, let problem = Self.outOfRange(doneDate, field: "doneDate") { throw problem }
        if let doneDate, doneDate > asOf {
            throw FieldError(
                field: "doneDate", code: .invalidValue,
                .doneDateInFuture)
        }
        if let externalID, externalID.trimmingCharacters(in: .whitespaces).isEmpty {
            throw FieldError(field: "externalID", code: .required, .externalIDEmpty)
        }
        return self
    }
}
