import Foundation

/// One session as its page and `GET /api/v1/coaching/sessions/{id}` show it: the agenda of its
/// type, the next steps to follow up (or, once completed, how they were followed up and what
/// was agreed), and beside it the data its focus links to.
public struct SessionScreen: Hashable, Sendable, Codable {
    public var session: CoachingSession
    public var sellerName: String
    public var coachName: String
    public var agenda: AgendaTemplate
    /// Planned: the seller's open next steps from earlier sessions, to follow up now.
    public var toFollowUp: [ActionItem]
    /// Completed: how this session followed up earlier steps, with the steps' texts.
    public var followedUp: [FollowedUp]
    /// Agreed in this session.
    public var agreed: [ActionItem]
    public var linked: LinkedData?
    /// The seller's other sessions, newest first (at most ten).
    public var history: [CoachingSession]
    /// Whether the viewer holds this session (may complete it, sees private notes).
    public var viewerIsCoach: Bool
    public var names: [Person.ID: String]
    public var focusNames: FocusNames

    public struct FollowedUp: Hashable, Sendable, Codable {
        public var item: ActionItem
        public var review: ActionItemReview
        public init(item: ActionItem, review: ActionItemReview) {
            self.item = item
            self.review = review
        }
    }

    /// What the focus links to, for the conversation.
    public enum LinkedData: Hashable, Sendable, Codable {
        /// The competency's behavioural levels, the seller's latest consolidated level and target.
        case competency(Competency, level: Double?, target: Int?, cycleName: String?)
        /// The deal and its stage history.
        case deal(DealHistory)
        /// On-time execution of the activity type, this period against the one before (13 weeks each).
        case activityType(ActivityType, current: ExecutionRate, previous: ExecutionRate, weeks: ClosedRange<ISOWeek>)
        /// The meeting to prepare.
        case meeting(Activity)
    }

    public init(
        session: CoachingSession, sellerName: String, coachName: String, agenda: AgendaTemplate, toFollowUp: [ActionItem],
        followedUp: [FollowedUp], agreed: [ActionItem], linked: LinkedData?, history: [CoachingSession], viewerIsCoach: Bool,
        names: [Person.ID: String], focusNames: FocusNames = FocusNames()
    ) {
        self.session = session
        self.sellerName = sellerName
        self.coachName = coachName
        self.agenda = agenda
        self.toFollowUp = toFollowUp
        self.followedUp = followedUp
        self.agreed = agreed
        self.linked = linked
        self.history = history
        self.viewerIsCoach = viewerIsCoach
        self.names = names
        self.focusNames = focusNames
    }
}
