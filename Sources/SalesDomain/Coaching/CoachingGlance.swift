/// What the start page shows of coaching (SPEC "Where to act"): for a seller, their open next
/// steps and their next session; for a manager or leader, the rhythm of their scope and the
/// kinds of coaching nobody used.
public struct CoachingGlance: Hashable, Sendable, Codable {
    public var months: ClosedRange<CalendarMonth>
    /// The day it is as of, for which next steps are overdue.
    public var today: CalendarDay
    public var total: CadenceReport.GroupTally
    /// Session types no coach of the scope held in the months.
    public var typesNeverUsed: [CoachingSessionType]
    /// For one person: their open next steps, soonest due first.
    public var commitments: [ActionItem]
    public var nextSession: CoachingSession?
    public var names: [Person.ID: String]
    public var focusNames: FocusNames

    public init(
        months: ClosedRange<CalendarMonth>, today: CalendarDay, total: CadenceReport.GroupTally, typesNeverUsed: [CoachingSessionType], commitments: [ActionItem],
        nextSession: CoachingSession?, names: [Person.ID: String], focusNames: FocusNames
    ) {
        self.months = months
        self.today = today
        self.total = total
        self.typesNeverUsed = typesNeverUsed
        self.commitments = commitments
        self.nextSession = nextSession
        self.names = names
        self.focusNames = focusNames
    }
}
