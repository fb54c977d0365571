/// What the plan form offers a coach: the sellers they coach, and for the chosen one the
/// suggested session and everything a session may be about (SPEC §4: a deal, a competency, a
/// KPI or an upcoming customer meeting).
public struct SessionPlanChoices: Hashable, Sendable {
    public struct Choice<ID: Hashable & Sendable>: Hashable, Sendable {
        public var id: ID
        public var name: String
        public init(id: ID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct CompetencyChoice: Hashable, Sendable {
        public var id: Competency.ID
        public var name: LocalizedText
        public var area: LocalizedText
        public init(id: Competency.ID, name: LocalizedText, area: LocalizedText) {
            self.id = id
            self.name = name
            self.area = area
        }
    }

    public var sellers: [Choice<Person.ID>]
    public var seller: Person.ID?
    public var suggestion: CoachingSuggestion?
    public var competencies: [CompetencyChoice]
    public var activityTypes: [ActivityType]
    /// The seller's open deals.
    public var deals: [Choice<Deal.ID>]
    /// The seller's customer meetings planned in the coming weeks and not done.
    public var meetings: [Choice<Activity.ID>]
    public var focusNames: FocusNames

    public init(
        sellers: [Choice<Person.ID>], seller: Person.ID?, suggestion: CoachingSuggestion?, competencies: [CompetencyChoice],
        activityTypes: [ActivityType], deals: [Choice<Deal.ID>], meetings: [Choice<Activity.ID>], focusNames: FocusNames
    ) {
        self.sellers = sellers
        self.seller = seller
        self.suggestion = suggestion
        self.competencies = competencies
        self.activityTypes = activityTypes
        self.deals = deals
        self.meetings = meetings
        self.focusNames = focusNames
    }
}
