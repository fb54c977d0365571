import Foundation
import SalesDomain

/// Everything Keel stores about one person, for them to take away (GDPR articles 15 and 20):
/// one section per part of Keel, each named for what it holds, so a new part adds a section
/// beside these (`coaching` next to `competence` and `execution`).
///
/// Read by the person themself it leaves out what would show someone else's private data or
/// what they may not see yet — peer ratings one by one, managers' ratings before a cycle
/// closes — and counts what it left out in `withheld`.
public struct PersonExport: Hashable, Sendable, Codable {
    public enum Reader: String, Hashable, Sendable, Codable {
        /// The person themself.
        case person
        /// An admin of their organization.
        case administrator
    }

    public struct Profile: Hashable, Sendable, Codable {
        public var person: Person
        public var team: String?
        public var market: String?
    }

    public struct TeamStay: Hashable, Sendable, Codable {
        public var teamID: Team.ID
        public var team: String
        public var from: Date
        public var until: Date?
    }

    /// A rating with the names a reader needs: the cycle, the competency's key, and the other person.
    public struct RatingRecord: Hashable, Sendable, Codable {
        public var rating: Rating
        public var cycle: String
        public var competency: String
        /// The rater of a rating received, the ratee of a rating given.
        public var otherPerson: String?
    }

    public struct Competence: Hashable, Sendable, Codable {
        public var ratingsReceived: [RatingRecord]
        public var ratingsGiven: [RatingRecord]
        public var resultComments: [ResultComment]
    }

    public struct ActivityRecord: Hashable, Sendable, Codable {
        public var activity: Activity
        public var subject: String?
    }

    public struct Execution: Hashable, Sendable, Codable {
        public var activities: [ActivityRecord]
        public var postponements: [Postponement]
        public var dealsOwned: [Deal]
    }

    /// Coaching (SPEC §4): the sessions the person had as seller and held as coach, and the
    /// next steps that are theirs — never a session's private notes, for any reader.
    public struct Coaching: Hashable, Sendable, Codable {
        public var sessionsAsSeller: [CoachingSession]
        public var sessionsAsCoach: [CoachingSession]
        public var nextSteps: [ActionItem]
    }

    /// Practice (SPEC §5): the person's plan and every repetition they did, with their notes and
    /// the observers' scores and comments; and the role-plays they scored for others — their own
    /// score and comment, without the other seller's note.
    public struct Practice: Hashable, Sendable, Codable {
        public var planEntries: [PracticePlanEntry]
        public var repetitions: [PracticeRecord]
        public var repetitionsObserved: [PracticeRecord]
    }

    /// The person's own KPI targets and the weekly values entered for them.
    public struct KPIs: Hashable, Sendable, Codable {
        public var targets: [KPITarget]
        public var entries: [KPIEntry]
    }

    /// A repetition with its item's key (`prospecting.cold-call-opener`) and title, and the other
    /// person: the observer of the reader's repetition, the seller of one they scored.
    public struct PracticeRecord: Hashable, Sendable, Codable {
        public var repetition: PracticeRep
        public var item: String
        public var title: LocalizedText
        public var otherPerson: String?
    }

    /// The weekly digest (SPEC §4 reminders): the person's choice and every digest composed for
    /// them still kept in the outbox, bodies included — they were written to the person.
    public struct Digest: Hashable, Sendable, Codable {
        public var preference: DigestPreference
        public var messages: [OutboxMessage]
    }

    /// Goals and wins (SPEC §4): the person's own goals with every value entered for them, and
    /// the wins posted about them or by them.
    public struct Goals: Hashable, Sendable, Codable {
        public var goals: [GoalRecord]
        public var winsReceived: [WinRecord]
        public var winsPosted: [WinRecord]
    }

    public struct GoalRecord: Hashable, Sendable, Codable {
        public var id: Goal.ID
        public var title: String
        public var start: CalendarDay
        public var due: CalendarDay
        public var parentID: Goal.ID?
        public var weight: Double
        /// `manual`, `won_deals` or `won_value`; absent for a goal measured by its children.
        public var measure: String?
        public var target: Double?
        public var unit: String?
        public var latestValue: Double?
        public var archived: Bool
        public var valuesEntered: [GoalValueEntry]
    }

    public struct GoalValueEntry: Hashable, Sendable, Codable {
        public var value: Double
        public var enteredAt: Date
    }

    public struct WinRecord: Hashable, Sendable, Codable {
        public var id: Win.ID
        public var text: String
        public var postedAt: Date
        /// Who the win is about (a person's or team's name) for a win posted; who posted it for a win received.
        public var otherParty: String?
    }

    /// What a reader's export leaves out, and how many.
    public enum Withheld: String, Hashable, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
        /// Peers' ratings of the person: shown to them only as an aggregate of several peers.
        case peerRatingsReceived
        /// Ratings by others in cycles still open, or not submitted: shown once the cycle closes.
        case ratingsBeforeCycleClosed
        /// Audit events of others' ratings of the person, which would show the rater and evidence.
        case auditEventsOfOthersRatings
        /// Coaches' private notes of sessions: never shown in an export, to anyone.
        case coachingPrivateNotes
    }

    public var generatedAt: Date
    public var reader: Reader
    public var profile: Profile
    public var teamHistory: [TeamStay]
    public var competence: Competence
    public var execution: Execution
    public var coaching: Coaching
    public var practice: Practice
    public var kpis: KPIs
    public var digest: Digest
    public var goals: Goals
    /// Audit events about the person, oldest first.
    public var audit: [AuditEvent]
    public var withheld: [Withheld: Int]
}
