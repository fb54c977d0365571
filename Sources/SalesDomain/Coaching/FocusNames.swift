/// The names of the records coaching foci point at, read with a screen's data so that a page
/// can say "skill coaching on Cold calling" rather than an id. Deals and meetings keep their codes
/// (a stage, an activity type), which a page words in the reader's language.
public struct FocusNames: Hashable, Sendable, Codable {
    /// A deal as a seller knows it: its account and stage.
    public struct DealName: Hashable, Sendable, Codable {
        public var account: String
        public var stage: DealStage

        public init(account: String, stage: DealStage) {
            self.account = account
            self.stage = stage
        }
    }

    /// A meeting as a seller knows it: its type and planned day.
    public struct MeetingName: Hashable, Sendable, Codable {
        public var type: ActivityType
        public var day: CalendarDay

        public init(type: ActivityType, day: CalendarDay) {
            self.type = type
            self.day = day
        }
    }

    public var competencies: [Competency.ID: LocalizedText]
    public var deals: [Deal.ID: DealName]
    public var meetings: [Activity.ID: MeetingName]

    public init(
        competencies: [Competency.ID: LocalizedText] = [:], deals: [Deal.ID: DealName] = [:], meetings: [Activity.ID: MeetingName] = [:]
    ) {
        self.competencies = competencies
        self.deals = deals
        self.meetings = meetings
    }
}
