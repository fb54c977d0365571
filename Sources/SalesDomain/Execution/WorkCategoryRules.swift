/// An organization's rules for which ``WorkCategory`` each ``ActivityType`` counts as.
///
/// Rules are a plain table from type to category, plus one category for types the table does
/// not name. Analyses apply the rules when they read the weekly tallies, not when they write
/// them, so an administrator who re-classes a type sees every past week re-classed at once.
public struct WorkCategoryRules: Hashable, Sendable, Codable {
    public var categoryByType: [ActivityType: WorkCategory]
    /// For types the table does not name, e.g. a CRM's new "task" type.
    public var unmappedCategory: WorkCategory

    /// `unmappedCategory` defaults to supporting: unknown CRM types are mostly generic tasks,
    /// and counting them as selling would flatter the very share the analysis questions.
    public init(categoryByType: [ActivityType: WorkCategory], unmappedCategory: WorkCategory = .supporting) {
        self.categoryByType = categoryByType
        self.unmappedCategory = unmappedCategory
    }

    public func category(of type: ActivityType) -> WorkCategory {
        categoryByType[type] ?? unmappedCategory
    }

    /// The types among `types` that fall back to `unmappedCategory`, sorted, so an
    /// administrator can see what still needs a rule after an import.
    public func unmappedTypes(in types: some Sequence<ActivityType>) -> [ActivityType] {
        Set(types.filter { categoryByType[$0] == nil }).sorted()
    }

    /// The rules Keel ships with:
    ///
    /// | category | activity types |
    /// |---|---|
    /// | selling | meeting, call, email, demo, proposal, prospecting, follow_up |
    /// | supporting | crm_admin, quote_preparation, research, meeting_preparation |
    /// | internal | internal_meeting, training, travel_admin, reporting |
    ///
    /// and supporting for anything else. Email counts as selling because in the CRMs Keel
    /// imports from, a logged email is one sent to a customer; meeting preparation is
    /// supporting because no customer is present (it is still tracked as a coachable KPI).
    public static let defaults = WorkCategoryRules(categoryByType: [
        .meeting: .selling, .call: .selling, .email: .selling, .demo: .selling,
        .proposal: .selling, .prospecting: .selling, .followUp: .selling,
        .crmAdmin: .supporting, .quotePreparation: .supporting, .research: .supporting,
        .meetingPreparation: .supporting,
        .internalMeeting: .internal, .training: .internal, .travelAdmin: .internal, .reporting: .internal,
    ])
}
