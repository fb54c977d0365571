import Foundation
import Testing
@testable import SalesDomain

@Suite("The practice plan: generated from gaps and coaching, refreshed, never finished")
struct PracticePlannerTests {
    static func competency(_ n: Int) -> Competency.ID { Competency.ID(UUID(uuidString: String(format: "00000000-0000-0000-0001-%012d", n))!) }
    let a = Self.competency(1), b = Self.competency(2), c = Self.competency(3), d = Self.competency(4), e = Self.competency(5)
    let seller = Person.ID(UUID(uuidString: "00000000-0000-0000-0002-000000000001")!)
    let day = CalendarDay(year: 2026, month: 5, day: 4)!

    func item(_ competency: Competency.ID, _ slug: String, aim: Int, kind: PracticeKind = .drill) -> PracticeItem {
        let content: PracticeContent = switch kind {
        case .drill: .drill(instructions: "Do it.")
        case .microLesson: .microLesson(lesson: "Read.", question: "Which deal?")
        case .rolePlay: .rolePlay(situation: "S", customerPart: "C", goodLooksLike: [1: "1", 2: "2", 3: "3", 4: "4", 5: "5"])
        }
        return PracticeItem(id: PracticeItem.ID(UUID()), key: "k\(competency.rawValue.uuidString.suffix(2)).\(slug)", competencyID: competency, aimLevel: aim, minutes: 15, title: "\(slug)", content: content)
    }

    func gap(_ id: Competency.ID, level: Double?, target: Int = 3, weight: Double = 1) -> CompetencyGap {
        CompetencyGap(competencyID: id, targetLevel: target, weight: weight, level: level)
    }

    @Test("Coaching focus first, then competence gaps by weighted gap, then execution gaps, then the rest below target")
    func order() {
        // Weighted gaps: a (3−2)×1 = 1 in an execution-gap area; b (3−2.5)×1 = 0.5 and c (4−2)×0.5 = 1 in a
        // competence-gap area; d (3−1)×1 = 2 with no verdict; e the coaching focus although at target.
        let inputs = PracticePlanner.Inputs(
            gaps: [gap(a, level: 2), gap(b, level: 2.5), gap(c, level: 2, target: 4, weight: 0.5), gap(d, level: 1), gap(e, level: 3)],
            verdicts: [a: .executionGap, b: .competenceGap, c: .competenceGap], coachingFoci: [e], library: [])
        let chosen = PracticePlanner.competencies(inputs, policy: PracticePolicy(competencies: 5))
        #expect(chosen.map(\.id) == [e, c, b, a, d])
        #expect(chosen.map(\.reason) == [.coachingFocus, .competenceGap, .competenceGap, .executionGap, .belowTarget])
        #expect(PracticePlanner.competencies(inputs, policy: .standard).map(\.id) == [e, c, b])
    }

    @Test("With nothing below target the places go to the smallest margins, to keep skills from fading; unrated ones never")
    func maintain() {
        let inputs = PracticePlanner.Inputs(
            gaps: [gap(a, level: 4), gap(b, level: 3.5), gap(c, level: nil)], verdicts: [:], coachingFoci: [], library: [])
        let chosen = PracticePlanner.competencies(inputs, policy: .standard)
        #expect(chosen.map(\.id) == [b, a])
        #expect(chosen.allSatisfy { $0.reason == .maintain })
    }

    @Test("Items aiming just above the level come first, one of each kind before a second of any")
    func items() {
        let library = [item(a, "aim2", aim: 2), item(a, "aim3-drill", aim: 3), item(a, "aim3-drill-b", aim: 3),
                       item(a, "aim3-role", aim: 3, kind: .rolePlay), item(a, "aim4", aim: 4)]
        let picked = PracticePlanner.items(for: a, level: 2.6, library: library, limit: 2)
        #expect(picked.map(\.key) == ["k01.aim3-drill", "k01.aim3-role"])
        // At the top of the scale only lower aims remain: the highest first.
        #expect(PracticePlanner.items(for: a, level: 5, library: library, limit: 1).map(\.key) == ["k01.aim4"])
    }

    @Test("Refreshing keeps chosen competencies' entries with their repetitions, retires the rest, leaves hand-picked ones")
    func refresh() {
        let library = [item(a, "one", aim: 3), item(a, "two", aim: 3, kind: .microLesson), item(b, "one", aim: 3), item(c, "one", aim: 3)]
        func entry(_ n: Int, _ item: PracticeItem, _ reason: PracticeReason) -> PracticePlanEntry {
            PracticePlanEntry(
                id: .init(UUID(uuidString: String(format: "00000000-0000-0000-0004-%012d", n))!), personID: seller, itemID: item.id,
                competencyID: item.competencyID, reason: reason, startedOn: day, repetition: .init(goodInARow: 3, due: day))
        }
        let current = [entry(1, library[0], .competenceGap), entry(2, library[2], .belowTarget), entry(3, library[3], .chosen)]
        // Now only a (below target) is chosen: its entry stays, b's retires, c's was chosen by hand and stays.
        let inputs = PracticePlanner.Inputs(gaps: [gap(a, level: 2), gap(b, level: 3), gap(c, level: 3)], verdicts: [a: .competenceGap],
                                            coachingFoci: [], library: library)
        let refresh = PracticePlanner.refresh(current, inputs: inputs, policy: PracticePolicy(competencies: 1))
        #expect(refresh.retirements == [current[1].id])
        #expect(refresh.additions.map(\.item.key) == ["k01.two"])
        #expect(refresh.additions.map(\.reason) == [.competenceGap])
        // Applying it again changes nothing.
        let after = current.filter { $0.id != current[1].id } + [entry(4, library[1], .competenceGap)]
        #expect(PracticePlanner.refresh(after, inputs: inputs, policy: PracticePolicy(competencies: 1)).isEmpty)
    }
}
