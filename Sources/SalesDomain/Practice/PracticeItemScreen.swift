/// One plan entry opened to be done or scored (`/practice/entries/{id}`): the item in full, the
/// competency's behavioural levels (what a role-play is scored against), the seller's
/// repetitions of it, and what this viewer may do.
public struct PracticeItemScreen: Hashable, Sendable, Codable {
    public var personName: String
    public var entry: PracticePlanEntry
    public var item: PracticeItem
    public var competency: Competency
    public var scale: ClosedRange<Int>
    public var status: PracticePlanEntry.Status
    public var repetitions: [PracticePlanScreen.Repetition]
    /// The seller themself: they do the item.
    public var canDo: Bool
    /// Their coach or a teammate: they score a role-play.
    public var canObserve: Bool
    public var notesShown: Bool

    public init(
        personName: String, entry: PracticePlanEntry, item: PracticeItem, competency: Competency, scale: ClosedRange<Int>,
        status: PracticePlanEntry.Status, repetitions: [PracticePlanScreen.Repetition], canDo: Bool, canObserve: Bool, notesShown: Bool
    ) {
        self.personName = personName
        self.entry = entry
        self.item = item
        self.competency = competency
        self.scale = scale
        self.status = status
        self.repetitions = repetitions
        self.canDo = canDo
        self.canObserve = canObserve
        self.notesShown = notesShown
    }

    /// The newest role-play repetition nobody has scored: what an observer scores next.
    public var toObserve: PracticePlanScreen.Repetition? {
        repetitions.first { $0.awaitsObservation }
    }
}
