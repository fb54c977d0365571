import Foundation

/// Weeks of practice for a demo organization's plans, the same for the same seed: each seller
/// has a habit — practising on the due day nearly always, usually, half the time, or hardly at
/// all — so streaks, due and overdue items differ across a team. A repetition's self-score is
/// 2–5 (one in eight poor, sending the item back to the start); a coach watches three role-plays
/// in four and scores them on the rubric, around the item's aim.
public struct DemoPracticeGenerator: Sendable {
    public struct Item: Hashable, Sendable {
        public var aimLevel: Int
        public var kind: PracticeKind

        public init(aimLevel: Int, kind: PracticeKind) {
            self.aimLevel = aimLevel
            self.kind = kind
        }
    }

    let items: [PracticeItem.ID: Item]
    let coachBySeller: [Person.ID: Person.ID]
    let scale: ClosedRange<Int>
    let seed: UInt64
    let calendar: WeekCalendar
    /// Who writes an observation's comment in which language.
    let writers: DemoWriters

    /// Without `writers`, every coach writes as the head office does.
    public init(
        items: [PracticeItem.ID: Item], coachBySeller: [Person.ID: Person.ID], scale: ClosedRange<Int>, seed: UInt64, calendar: WeekCalendar,
        writers: DemoWriters = DemoWriters(people: [], markets: [])
    ) {
        self.writers = writers
        self.items = items
        self.coachBySeller = coachBySeller
        self.scale = scale
        self.seed = seed
        self.calendar = calendar
    }

    static let habits = [0.95, 0.8, 0.5, 0.15]
    /// A coach's comment on a role-play that reached its aim, and on one that did not.
    static let reachedComment = DemoPhrases(swedish: "Tydligt och lugnt.", norwegian: "Tydelig og rolig.", english: "Clear and calm.")
    static let missedComment = DemoPhrases(
        swedish: "Försök igen nästa vecka.", norwegian: "Prøv igjen neste uke.", english: "Try it again next week.")

    /// One seller's repetitions of their entries up to the day before `until`, and the entries
    /// as those repetitions leave them. With `leavingOneDue`, the seller skipped the latest
    /// repetitions of their first item, so it is due by `until` (the demo's seller login opens
    /// Keel to something to practise).
    public func practise(
        _ entries: [PracticePlanEntry], of seller: Person.ID, until: CalendarDay, leavingOneDue: Bool = false
    ) -> (reps: [PracticeRep], entries: [PracticePlanEntry]) {
        var random = SeededGenerator.stream(seed: seed, subject: seller.rawValue, salt: 11)
        let habit = Self.habits[random.below(Self.habits.count)]
        var reps: [PracticeRep] = []
        var result: [PracticePlanEntry] = []
        for var entry in entries.sorted(by: { $0.id < $1.id }) {
            guard let item = items[entry.itemID] else { result.append(entry); continue }
            var attempt = entry.repetition.due
            while attempt < until {
                guard random.chance(habit) else {
                    attempt = attempt.adding(days: 3 + random.below(8))
                    continue
                }
                let selfScore = random.chance(0.125) ? 2 : 3 + random.below(3)
                var observation: PracticeObservation?
                if item.kind == .rolePlay, let coach = coachBySeller[seller], random.chance(0.75) {
                    let level = min(scale.upperBound, max(scale.lowerBound, item.aimLevel - 1 + random.below(3)))
                    let marks = Dictionary(uniqueKeysWithValues: scale.dropFirst().map { ($0, $0 <= level) })
                    observation = PracticeObservation(
                        observerID: coach, marks: marks, level: level, comment: (level >= item.aimLevel ? Self.reachedComment : Self.missedComment).first(in: writers.language(of: coach)),
                        observedAt: calendar.start(of: attempt).addingTimeInterval(16 * 3_600))
                }
                let rep = PracticeRep(
                    id: random.identifier(), entryID: entry.id, personID: seller, itemID: entry.itemID, competencyID: entry.competencyID,
                    doneAt: calendar.start(of: attempt).addingTimeInterval(Double(8 + random.below(9)) * 3_600), day: attempt,
                    selfScore: selfScore, note: "", observation: observation)
                reps.append(rep)
                entry.repetition = SpacedRepetition.next(
                    after: entry.repetition,
                    outcome: PracticeOutcome.of(selfScore: selfScore, observedLevel: observation?.level, aimLevel: item.aimLevel), on: attempt)
                attempt = entry.repetition.due
            }
            result.append(entry)
        }
        if leavingOneDue, let first = result.first, !result.contains(where: { $0.repetition.due <= until }),
           let original = entries.first(where: { $0.id == first.id }), let item = items[first.itemID] {
            var own = reps.filter { $0.entryID == first.id }
            var state = first.repetition
            while state.due > until, !own.isEmpty {
                let skipped = own.removeLast()
                reps.removeAll { $0.id == skipped.id }
                state = own.reduce(original.repetition) { state, rep in
                    SpacedRepetition.next(
                        after: state, outcome: PracticeOutcome.of(selfScore: rep.selfScore, observedLevel: rep.observation?.level, aimLevel: item.aimLevel),
                        on: rep.day)
                }
            }
            result[0].repetition = state
        }
        return (reps, result)
    }
}
