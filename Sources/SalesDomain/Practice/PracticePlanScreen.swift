import Foundation

/// One seller's practice plan as a viewer may see it (`/practice/people/{id}` and
/// `GET /api/v1/practice/plans/{personID}`): what is due, what comes later, the streak and the
/// recent repetitions. Notes are left out unless the viewer may read them
/// (``AccessPolicy/canReadPracticeNotes(of:)``).
public struct PracticePlanScreen: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var entry: PracticePlanEntry
        public var item: PracticeItem
        public var competencyName: LocalizedText
        public var status: PracticePlanEntry.Status
        public var repetitions: Int
        public var lastDone: CalendarDay?

        public init(entry: PracticePlanEntry, item: PracticeItem, competencyName: LocalizedText, status: PracticePlanEntry.Status, repetitions: Int, lastDone: CalendarDay?) {
            self.entry = entry
            self.item = item
            self.competencyName = competencyName
            self.status = status
            self.repetitions = repetitions
            self.lastDone = lastDone
        }
    }

    public struct Repetition: Hashable, Sendable, Codable {
        public var rep: PracticeRep
        public var itemTitle: LocalizedText
        public var kind: PracticeKind
        public var observerName: String?

        public init(rep: PracticeRep, itemTitle: LocalizedText, kind: PracticeKind, observerName: String?) {
            self.rep = rep
            self.itemTitle = itemTitle
            self.kind = kind
            self.observerName = observerName
        }

        /// A role-play nobody has scored yet.
        public var awaitsObservation: Bool { kind == .rolePlay && rep.observation == nil }
    }

    public var personID: Person.ID
    public var personName: String
    public var today: CalendarDay
    public var week: ISOWeek
    public var policy: PracticePolicy
    public var entries: [Entry]
    public var recent: [Repetition]
    public var repetitionsThisWeek: Int
    public var streakWeeks: Int
    public var canChange: Bool
    public var notesShown: Bool
    /// What may be added by hand (when ``canChange``): active items for competencies of the
    /// seller's role profile that the plan does not hold.
    public var addable: [PracticeItem]
    public var competencyNames: [Competency.ID: LocalizedText]

    public init(
        personID: Person.ID, personName: String, today: CalendarDay, week: ISOWeek, policy: PracticePolicy, entries: [Entry],
        recent: [Repetition], repetitionsThisWeek: Int, streakWeeks: Int, canChange: Bool, notesShown: Bool,
        addable: [PracticeItem] = [], competencyNames: [Competency.ID: LocalizedText] = [:]
    ) {
        self.personID = personID
        self.personName = personName
        self.today = today
        self.week = week
        self.policy = policy
        self.entries = entries
        self.recent = recent
        self.repetitionsThisWeek = repetitionsThisWeek
        self.streakWeeks = streakWeeks
        self.canChange = canChange
        self.notesShown = notesShown
        self.addable = addable
        self.competencyNames = competencyNames
    }

    /// Overdue first, then due this week, each by due day: the order a seller works through them.
    public var due: [Entry] {
        entries.filter { $0.status == .overdue || $0.status == .dueThisWeek }
            .sorted { ($0.entry.repetition.due, $0.item.key) < ($1.entry.repetition.due, $1.item.key) }
    }

    public var later: [Entry] {
        entries.filter { $0.status == .later }.sorted { ($0.entry.repetition.due, $0.item.key) < ($1.entry.repetition.due, $1.item.key) }
    }
}
