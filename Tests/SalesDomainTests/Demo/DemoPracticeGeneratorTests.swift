import Foundation
import SalesDomain
import Testing

/// The demo's weeks of practice: the same for the same seed, every repetition on or after its
/// entry's start and before the day the simulation ends, each entry's schedule the replay of its
/// repetitions — and the seller login left with something due.
@Suite struct DemoPracticeGeneratorTests {
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    let seller = Person.ID(id(2, 1))
    let coach = Person.ID(id(2, 2))
    let start = CalendarDay(year: 2026, month: 3, day: 2)!
    var until: CalendarDay { start.adding(days: 56) }
    var items: [PracticeItem.ID: DemoPracticeGenerator.Item] {
        [.init(Self.id(7, 1)): .init(aimLevel: 3, kind: .drill), .init(Self.id(7, 2)): .init(aimLevel: 3, kind: .rolePlay)]
    }
    var entries: [PracticePlanEntry] {
        items.keys.sorted().enumerated().map { index, item in
            PracticePlanEntry(
                id: .init(Self.id(8, index + 1)), personID: seller, itemID: item, competencyID: .init(Self.id(4, 1)), reason: .competenceGap,
                startedOn: start, repetition: .new(on: start))
        }
    }
    var generator: DemoPracticeGenerator {
        DemoPracticeGenerator(items: items, coachBySeller: [seller: coach], scale: 1...5, seed: 7, calendar: .stockholm)
    }

    @Test func repetitionsFollowTheScheduleTheyLeave() {
        let (reps, practised) = generator.practise(entries, of: seller, until: until)
        #expect(reps == generator.practise(entries, of: seller, until: until).reps)
        #expect(!reps.isEmpty)
        #expect(reps.allSatisfy { $0.day >= start && $0.day < until })
        #expect(reps.filter { $0.observation != nil }.allSatisfy { $0.itemID == .init(Self.id(7, 2)) && $0.observation?.observerID == coach })
        for entry in practised {
            let aim = items[entry.itemID]!.aimLevel
            let own = reps.filter { $0.entryID == entry.id }.map {
                (day: $0.day, outcome: PracticeOutcome.of(selfScore: $0.selfScore, observedLevel: $0.observation?.level, aimLevel: aim))
            }
            #expect(entry.repetition == SpacedRepetition.replay(from: start, own))
        }
    }

    @Test func theSellerLoginIsLeftWithAnItemDue() {
        let (reps, practised) = generator.practise(entries, of: seller, until: until, leavingOneDue: true)
        #expect(practised.contains { $0.repetition.due <= until })
        let first = practised[0]
        let aim = items[first.itemID]!.aimLevel
        let own = reps.filter { $0.entryID == first.id }.map {
            (day: $0.day, outcome: PracticeOutcome.of(selfScore: $0.selfScore, observedLevel: $0.observation?.level, aimLevel: aim))
        }
        #expect(first.repetition == SpacedRepetition.replay(from: start, own), "what is left of its repetitions still explains its schedule")
    }
}
