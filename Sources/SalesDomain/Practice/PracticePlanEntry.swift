/// One item in one seller's practice plan: why it is there and when it is next due. An entry
/// is never finished — it comes back at ever longer intervals (``SpacedRepetition``) until the
/// plan no longer needs it and retires it.
public struct PracticePlanEntry: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<PracticePlanEntry>

    public var id: ID
    public var personID: Person.ID
    public var itemID: PracticeItem.ID
    public var competencyID: Competency.ID
    public var reason: PracticeReason
    public var startedOn: CalendarDay
    public var repetition: SpacedRepetition.State
    public var retiredOn: CalendarDay?

    public init(
        id: ID, personID: Person.ID, itemID: PracticeItem.ID, competencyID: Competency.ID, reason: PracticeReason,
        startedOn: CalendarDay, repetition: SpacedRepetition.State, retiredOn: CalendarDay? = nil
    ) {
        self.id = id
        self.personID = personID
        self.itemID = itemID
        self.competencyID = competencyID
        self.reason = reason
        self.startedOn = startedOn
        self.repetition = repetition
        self.retiredOn = retiredOn
    }

    public var isActive: Bool { retiredOn == nil }

    /// Where the entry stands on `today`, for a week ending on `weekEnd`.
    public func status(on today: CalendarDay, weekEnd: CalendarDay) -> Status {
        if !isActive { return .retired }
        if repetition.due < today { return .overdue }
        return repetition.due <= weekEnd ? .dueThisWeek : .later
    }

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Its due day has passed without a repetition.
        case overdue
        /// Due today or later this week.
        case dueThisWeek = "due_this_week"
        case later
        case retired
    }
}

/// Why an item is in a seller's plan, in the order the plan ranks them.
public enum PracticeReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The competency is the focus of the seller's coaching.
    case coachingFocus = "coaching_focus"
    /// The diagnosis finds the area's competence short (can't, does — or can't and doesn't).
    case competenceGap = "competence_gap"
    case developmentNeed = "development_need"
    /// The diagnosis finds an execution gap in the area and the competency is also below target.
    case executionGap = "execution_gap"
    /// Below the role's target, with no diagnosis of the area to say more.
    case belowTarget = "below_target"
    /// At or above target: kept in practice so the skill does not fade.
    case maintain
    /// Added by the seller or their manager by hand; a refresh leaves it alone.
    case chosen
}
