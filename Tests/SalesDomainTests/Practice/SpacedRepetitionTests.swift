import Testing
@testable import SalesDomain

@Suite("Spaced repetition: when a practised item comes back")
struct SpacedRepetitionTests {
    let start = CalendarDay(year: 2026, month: 3, day: 2)!

    @Test("Good repetitions in a row come back after 1, 3, 7, 14, then every 30 days")
    func goodRun() {
        // Done on its due day each time: 2 Mar → 3 Mar (+1) → 6 Mar (+3) → 13 Mar (+7) → 27 Mar (+14) → 26 Apr (+30) → 26 May (+30).
        var state = SpacedRepetition.State.new(on: start)
        #expect(state.due == start)
        var dues: [String] = []
        for _ in 0..<6 {
            state = SpacedRepetition.next(after: state, outcome: .good, on: state.due)
            dues.append(state.due.description)
        }
        #expect(dues == ["2026-03-03", "2026-03-06", "2026-03-13", "2026-03-27", "2026-04-26", "2026-05-26"])
        #expect(state.goodInARow == 6)
    }

    @Test("A poor repetition sends the item back to the start: due the next day, the run at zero")
    func poorResets() {
        let advanced = SpacedRepetition.State(goodInARow: 4, due: CalendarDay(year: 2026, month: 4, day: 10)!)
        let late = CalendarDay(year: 2026, month: 4, day: 12)!
        let reset = SpacedRepetition.next(after: advanced, outcome: .poor, on: late)
        #expect(reset == SpacedRepetition.State(goodInARow: 0, due: CalendarDay(year: 2026, month: 4, day: 13)!))
        // The next good one counts from the day it was done: 13 Apr + 1.
        #expect(SpacedRepetition.next(after: reset, outcome: .good, on: reset.due).due.description == "2026-04-14")
    }

    @Test("The interval counts from the day the repetition was done, not from when it was due")
    func countsFromDoneDay() {
        let state = SpacedRepetition.State(goodInARow: 2, due: CalendarDay(year: 2026, month: 2, day: 27)!)
        // Third good in a row on 2 Mar (a leap-free February crossed): + 7 → 9 Mar.
        #expect(SpacedRepetition.next(after: state, outcome: .good, on: start).due.description == "2026-03-09")
    }

    @Test("Poor is a self-score of 1 or 2 — unless an observer scored it, whose level against the aim decides")
    func outcome() {
        #expect(PracticeOutcome.of(selfScore: 2, observedLevel: nil, aimLevel: 3) == .poor)
        #expect(PracticeOutcome.of(selfScore: 3, observedLevel: nil, aimLevel: 3) == .good)
        #expect(PracticeOutcome.of(selfScore: 5, observedLevel: 2, aimLevel: 3) == .poor)
        #expect(PracticeOutcome.of(selfScore: 1, observedLevel: 3, aimLevel: 3) == .good)
    }
}

@Suite("The role-play rubric and the weekly streak")
struct PracticeRubricTests {
    @Test("The level is 1 plus the levels from 2 upward marked effective before the first that is not")
    func level() throws {
        #expect(try PracticeRubric.level([2: true, 3: true, 4: false, 5: true], scale: 1...5) == 3)
        #expect(try PracticeRubric.level([2: false, 3: true, 4: true, 5: true], scale: 1...5) == 1)
        #expect(try PracticeRubric.level([2: true, 3: true, 4: true, 5: true], scale: 1...5) == 5)
    }

    @Test("Every level above the first must be marked, each missing one named, levels off the scale refused")
    func everyLevelMarked() {
        #expect {
            try PracticeRubric.level([2: true, 4: false, 7: true], scale: 1...5)
        } throws: { error in
            let fields = (error as? FieldErrors)?.errors.map(\.field)
            return fields == ["level-3", "level-5", "level-7"]
        }
    }

    @Test("A mark that is neither choice is named with its level and what was sent; off the scale, the level is")
    func markNeitherChoice() {
        #expect(throws: FieldErrors([
            FieldError(field: "level-3", code: .invalidValue, .practiceLevelMarkNotAChoice, ["level": "3", "value": "maybe"]),
            FieldError(field: "level-4", code: .required, .practiceLevelNotMarked, ["level": "4"]),
            FieldError(field: "level-9", code: .invalidValue, .levelOutsideScale, ["level": "9", "scale": "1–4"]),
        ])) {
            try PracticeRubric.level([2: true], unreadable: [3: "maybe", 9: "maybe"], scale: 1...4)
        }
    }

    @Test("A streak counts weeks in a row at the target; the running week counts once met and never breaks it")
    func streak() {
        let w10 = ISOWeek(year: 2026, week: 10)!
        let reps: [ISOWeek: Int] = [ISOWeek(year: 2026, week: 6)!: 3, ISOWeek(year: 2026, week: 7)!: 1,
                                    ISOWeek(year: 2026, week: 8)!: 2, ISOWeek(year: 2026, week: 9)!: 2]
        // Week 10 running with 0: weeks 9 and 8 met, week 7 below target → 2.
        #expect(PracticeStreak.weeks(repetitions: reps, target: 2, current: w10) == 2)
        var met = reps
        met[w10] = 2
        #expect(PracticeStreak.weeks(repetitions: met, target: 2, current: w10) == 3)
        // Across a year: 2025 has 52 ISO weeks, so week 1 of 2026 follows week 52.
        let yearEnd: [ISOWeek: Int] = [ISOWeek(year: 2025, week: 52)!: 2, ISOWeek(year: 2026, week: 1)!: 2]
        #expect(PracticeStreak.weeks(repetitions: yearEnd, target: 2, current: ISOWeek(year: 2026, week: 2)!) == 2)
    }
}
