import Foundation

/// A team's practice (`/practice` for managers and leaders, `GET /api/v1/practice`): per seller
/// what is due and overdue, what was done over the last four weeks, the streak, and which
/// competencies they practise against which the diagnosis says need it.
public struct PracticeTeamScreen: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        public var personID: Person.ID
        public var name: String
        public var dueThisWeek: Int
        public var overdue: Int
        /// Repetitions over ``PracticeTeamScreen/recentWeeks``.
        public var doneRecently: Int
        public var streakWeeks: Int
        /// Competencies with a repetition over the recent weeks.
        public var practised: [Competency.ID]
        /// Competencies the diagnosis finds short (a competence gap or a development need in
        /// their area, below target); empty when there is no diagnosis to go on.
        public var needed: [Competency.ID]
        /// Role-plays done over the recent weeks and not yet scored: an older one is no longer
        /// fresh enough in anyone's mind to score, and would only inflate the count.
        public var awaitingObservation: Int
        public var activeItems: Int

        public init(
            personID: Person.ID, name: String, dueThisWeek: Int, overdue: Int, doneRecently: Int, streakWeeks: Int,
            practised: [Competency.ID], needed: [Competency.ID], awaitingObservation: Int, activeItems: Int
        ) {
            self.personID = personID
            self.name = name
            self.dueThisWeek = dueThisWeek
            self.overdue = overdue
            self.doneRecently = doneRecently
            self.streakWeeks = streakWeeks
            self.practised = practised
            self.needed = needed
            self.awaitingObservation = awaitingObservation
            self.activeItems = activeItems
        }

        /// Needed competencies nobody practised: what the manager raises first.
        public var neededNotPractised: [Competency.ID] { needed.filter { !practised.contains($0) } }
    }

    public var scope: AnalysisScope
    public var scopeName: String
    public var today: CalendarDay
    public var recentWeeks: ClosedRange<ISOWeek>
    public var policy: PracticePolicy
    public var rows: [Row]
    public var competencyNames: [Competency.ID: LocalizedText]

    public init(
        scope: AnalysisScope, scopeName: String, today: CalendarDay, recentWeeks: ClosedRange<ISOWeek>, policy: PracticePolicy,
        rows: [Row], competencyNames: [Competency.ID: LocalizedText]
    ) {
        self.scope = scope
        self.scopeName = scopeName
        self.today = today
        self.recentWeeks = recentWeeks
        self.policy = policy
        self.rows = rows.sorted(by: Self.attentionFirst)
        self.competencyNames = competencyNames
    }

    /// Overdue practice first, then needed competencies nobody practises, then by name.
    static func attentionFirst(_ a: Row, _ b: Row) -> Bool {
        (-a.overdue, -a.neededNotPractised.count, a.name, a.personID) < (-b.overdue, -b.neededNotPractised.count, b.name, b.personID)
    }

    public var totals: (due: Int, overdue: Int, done: Int, onStreak: Int) {
        rows.reduce((0, 0, 0, 0)) { ($0.0 + $1.dueThisWeek, $0.1 + $1.overdue, $0.2 + $1.doneRecently, $0.3 + ($1.streakWeeks > 0 ? 1 : 0)) }
    }
}
