/// The names of the records coaching foci point at, read with a screen's data so that a page
/// can say "skill coaching on Cold calling" rather than an id.
public struct FocusNames: Hashable, Sendable, Codable {
    public var competencies: [Competency.ID: LocalizedText]
    /// A deal as a seller knows it: its account and stage.
    public var deals: [Deal.ID: String]
    /// A meeting as a seller knows it: its type and planned date.
    public var meetings: [Activity.ID: String]

    public init(competencies: [Competency.ID: LocalizedText] = [:], deals: [Deal.ID: String] = [:], meetings: [Activity.ID: String] = [:]) {
        self.competencies = competencies
        self.deals = deals
        self.meetings = meetings
    }
}
