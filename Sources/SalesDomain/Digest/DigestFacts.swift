import Foundation

/// What the store reads for one person's digest, as of the moment it is composed; the digest
/// itself is ``Digest/manager(_:)`` or ``Digest/seller(_:)`` of these values.
public struct DigestFacts: Hashable, Sendable {
    public var recipient: Person
    public var week: ISOWeek
    public var asOf: Date
    public var calendar: WeekCalendar
    public var cadencePolicy: CadencePolicy
    /// The sellers the manager coaches, with their rhythm and the suggestion the diagnosis makes.
    public var sellers: [CoachingOverview.Seller]
    /// Open next steps: of the manager's sellers, or the seller's own.
    public var items: [ActionItem]
    public var names: [Person.ID: String]
    public var teamPractice: [PracticeTeamScreen.Row]
    public var practice: [PracticePlanScreen.Entry]
    public var focusNames: FocusNames

    public init(
        recipient: Person, week: ISOWeek, asOf: Date, calendar: WeekCalendar, cadencePolicy: CadencePolicy = .standard,
        sellers: [CoachingOverview.Seller] = [], items: [ActionItem] = [], names: [Person.ID: String] = [:],
        teamPractice: [PracticeTeamScreen.Row] = [], practice: [PracticePlanScreen.Entry] = [], focusNames: FocusNames = FocusNames()
    ) {
        self.recipient = recipient
        self.week = week
        self.asOf = asOf
        self.calendar = calendar
        self.cadencePolicy = cadencePolicy
        self.sellers = sellers
        self.items = items
        self.names = names
        self.teamPractice = teamPractice
        self.practice = practice
        self.focusNames = focusNames
    }

    var today: CalendarDay { calendar.day(containing: asOf) }
    var lastDay: CalendarDay { DigestSchedule.lastDay(of: week, calendar: calendar) }
}
