import Foundation

/// One person's weekly e-mail digest (SPEC §4 reminders, "men sen då?"): for a manager, the
/// sellers overdue against the cadence policy, the team's next steps due this week or overdue,
/// the focus the diagnosis suggests for each seller, and the practice the team has let slip; for
/// a seller, their own open commitments due this week or overdue and their practice due. What a
/// digest holds is decided here (``Digest/manager(_:)``, ``Digest/seller(_:)``); how it reads in
/// a language is the server's.
public struct Digest: Hashable, Sendable, Codable {
    public enum Audience: String, Hashable, Sendable, Codable, CaseIterable {
        case manager, seller
    }

    /// A seller past the policy's days without a completed session.
    public struct OverdueSeller: Hashable, Sendable, Codable {
        public var personID: Person.ID
        public var name: String
        /// `nil`: never coached.
        public var daysSinceLast: Int?

        public init(personID: Person.ID, name: String, daysSinceLast: Int?) {
            self.personID = personID
            self.name = name
            self.daysSinceLast = daysSinceLast
        }
    }

    /// An open next step due by the week's Sunday.
    public struct Step: Hashable, Sendable, Codable {
        public var item: ActionItem
        public var sellerName: String
        public var ownerName: String
        public var overdue: Bool

        public init(item: ActionItem, sellerName: String, ownerName: String, overdue: Bool) {
            self.item = item
            self.sellerName = sellerName
            self.ownerName = ownerName
            self.overdue = overdue
        }
    }

    public struct Focus: Hashable, Sendable, Codable {
        public var personID: Person.ID
        public var name: String
        public var suggestion: CoachingSuggestion

        public init(personID: Person.ID, name: String, suggestion: CoachingSuggestion) {
            self.personID = personID
            self.name = name
            self.suggestion = suggestion
        }
    }

    /// A seller of the team with practice items past their due day.
    public struct TeamPractice: Hashable, Sendable, Codable {
        public var personID: Person.ID
        public var name: String
        public var overdue: Int
        public var dueThisWeek: Int

        public init(personID: Person.ID, name: String, overdue: Int, dueThisWeek: Int) {
            self.personID = personID
            self.name = name
            self.overdue = overdue
            self.dueThisWeek = dueThisWeek
        }
    }

    /// One of the seller's own practice items due by the week's Sunday.
    public struct PracticeDue: Hashable, Sendable, Codable {
        public var entryID: PracticePlanEntry.ID
        public var title: LocalizedText
        public var competency: LocalizedText
        public var due: CalendarDay
        public var overdue: Bool

        public init(entryID: PracticePlanEntry.ID, title: LocalizedText, competency: LocalizedText, due: CalendarDay, overdue: Bool) {
            self.entryID = entryID
            self.title = title
            self.competency = competency
            self.due = due
            self.overdue = overdue
        }
    }

    public var audience: Audience
    public var recipientID: Person.ID
    public var recipientName: String
    public var week: ISOWeek
    /// The day it was composed on: steps due before it are overdue.
    public var today: CalendarDay
    /// The week's Sunday: steps due on or before it are due this week.
    public var lastDay: CalendarDay
    /// The policy's days between sessions the overdue sellers are past.
    public var maximumDaysBetween: Int
    public var overdueSellers: [OverdueSeller]
    /// Overdue first, then by due day.
    public var steps: [Step]
    public var focus: [Focus]
    public var teamPractice: [TeamPractice]
    public var practice: [PracticeDue]
    public var focusNames: FocusNames

    public init(
        audience: Audience, recipientID: Person.ID, recipientName: String, week: ISOWeek, today: CalendarDay, lastDay: CalendarDay,
        maximumDaysBetween: Int, overdueSellers: [OverdueSeller] = [], steps: [Step] = [], focus: [Focus] = [],
        teamPractice: [TeamPractice] = [], practice: [PracticeDue] = [], focusNames: FocusNames = FocusNames()
    ) {
        self.audience = audience
        self.recipientID = recipientID
        self.recipientName = recipientName
        self.week = week
        self.today = today
        self.lastDay = lastDay
        self.maximumDaysBetween = maximumDaysBetween
        self.overdueSellers = overdueSellers
        self.steps = steps
        self.focus = focus
        self.teamPractice = teamPractice
        self.practice = practice
        self.focusNames = focusNames
    }

    /// Nothing to act on: such a digest is not sent.
    public var isEmpty: Bool {
        overdueSellers.isEmpty && steps.isEmpty && focus.isEmpty && teamPractice.isEmpty && practice.isEmpty
    }
}
