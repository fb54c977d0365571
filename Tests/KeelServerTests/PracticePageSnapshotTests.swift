import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The practice pages rendered from fixed screens, without a server or a database: a seller's own
/// plan (an overdue lesson, a role-play coming back later, one repetition waiting for a score)
/// and the role-play as their coach sees it, with the rubric refused for one unmarked level —
/// in English and Swedish.
@Suite struct PracticePageSnapshotTests {
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    static let seller = Person.ID(id(2, 1))
    static let coach = Person.ID(id(2, 2))
    static let today = CalendarDay(year: 2026, month: 3, day: 11)!
    static let concessions = Competency(
        id: .init(id(4, 1)), key: "negotiation.concessions", name: LocalizedText(english: "Trading concessions", swedish: "Byta eftergifter"),
        levels: (1...5).map { LevelDescription(level: $0, behavior: LocalizedText(english: "Behaviour at level \($0)", swedish: "Beteende på nivå \($0)")) })
    static let lesson = PracticeItem(
        id: .init(id(7, 1)), key: "negotiation.concessions.why-trade", competencyID: concessions.id, aimLevel: 3, minutes: 10,
        title: LocalizedText(english: "Why every concession is a trade", swedish: "Varför varje eftergift är ett byte"),
        content: .microLesson(
            lesson: LocalizedText(english: "A discount given for nothing teaches the buyer to ask again.", swedish: "En rabatt utan motprestation lär köparen att fråga igen."),
            question: LocalizedText(english: "Which concession did you give last month, and what did you get?", swedish: "Vilken eftergift gav du förra månaden, och vad fick du?")))
    static let rolePlay = PracticeItem(
        id: .init(id(7, 2)), key: "negotiation.concessions.ten-percent", competencyID: concessions.id, aimLevel: 3, minutes: 20,
        title: LocalizedText(english: "The buyer asks for 10 % off", swedish: "Inköparen vill ha 10 % rabatt"),
        content: .rolePlay(
            situation: LocalizedText(english: "Final meeting with a purchasing manager & <their> deadline.", swedish: "Slutmöte med en inköpschef."),
            customerPart: LocalizedText(english: "Ask for ten percent; push twice.", swedish: "Be om tio procent; tryck på två gånger."),
            goodLooksLike: Dictionary(uniqueKeysWithValues: (1...5).map {
                ($0, LocalizedText(english: "What level \($0) looks like here", swedish: "Så ser nivå \($0) ut här"))
            })))
    static let lessonEntry = PracticePlanEntry(
        id: .init(id(8, 1)), personID: seller, itemID: lesson.id, competencyID: concessions.id, reason: .competenceGap,
        startedOn: today.adding(days: -20), repetition: .init(goodInARow: 1, due: today.adding(days: -2)))
    static let rolePlayEntry = PracticePlanEntry(
        id: .init(id(8, 2)), personID: seller, itemID: rolePlay.id, competencyID: concessions.id, reason: .coachingFocus,
        startedOn: today.adding(days: -20), repetition: .init(goodInARow: 2, due: today.adding(days: 5)))
    static let noon = Date(timeIntervalSince1970: 1_773_230_400)
    static let waiting = PracticeRep(
        id: .init(id(9, 1)), entryID: rolePlayEntry.id, personID: seller, itemID: rolePlay.id, competencyID: concessions.id,
        doneAt: noon, day: today.adding(days: -2), selfScore: 4, note: "Held the price twice.")
    static let observed = PracticeRep(
        id: .init(id(9, 2)), entryID: rolePlayEntry.id, personID: seller, itemID: rolePlay.id, competencyID: concessions.id,
        doneAt: noon.addingTimeInterval(-6 * 86_400), day: today.adding(days: -8), selfScore: 3, note: "",
        observation: PracticeObservation(observerID: coach, marks: [2: true, 3: true, 4: false, 5: false], level: 3, comment: "Calm & clear.",
                                         observedAt: noon.addingTimeInterval(-6 * 86_400)))
    static let repetitions = [
        PracticePlanScreen.Repetition(rep: waiting, itemTitle: rolePlay.title, kind: .rolePlay, observerName: nil),
        PracticePlanScreen.Repetition(rep: observed, itemTitle: rolePlay.title, kind: .rolePlay, observerName: "Sofia Larsson"),
    ]

    static var plan: PracticePlanScreen {
        PracticePlanScreen(
            personID: seller, personName: "Karin Bergström", today: today, week: ISOWeek(year: 2026, week: 11)!, policy: .standard,
            entries: [
                .init(entry: lessonEntry, item: lesson, competencyName: concessions.name, status: .overdue, repetitions: 1, lastDone: today.adding(days: -19)),
                .init(entry: rolePlayEntry, item: rolePlay, competencyName: concessions.name, status: .later, repetitions: 2, lastDone: today.adding(days: -2)),
            ],
            recent: repetitions, repetitionsThisWeek: 1, streakWeeks: 3, canChange: true, notesShown: true, addable: [],
            competencyNames: [concessions.id: concessions.name])
    }

    static var rolePlayScreen: PracticeItemScreen {
        PracticeItemScreen(
            personName: "Karin Bergström", entry: rolePlayEntry, item: rolePlay, competency: concessions, scale: 1...5, status: .later,
            repetitions: repetitions, canDo: false, canObserve: true, notesShown: true)
    }

    static func context(_ language: Language, path: String) -> PageContext {
        PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: path)
    }

    @Test(arguments: [Language.english, .swedish])
    func aSellersOwnPlan(language: Language) {
        let model = PracticePlanPage.Model(screen: Self.plan, notice: nil, isOwnPlan: true)
        let html = PracticePlanPage.render(model, context: Self.context(language, path: "/practice/people/\(Self.seller)")).render()
        expectSnapshot(html, named: "practice-plan-\(language.rawValue)")
        #expect(html.contains("id=\"entry-\(Self.lessonEntry.id)\""))
        #expect(html.contains("&amp; &lt;their&gt;") == false, "the plan shows titles, not the situation")
    }

    @Test(arguments: [Language.english, .swedish])
    func aCoachScoresARolePlayAndOneLevelIsLeftUnmarked(language: Language) {
        let errors = [FieldError(field: "level-4", code: .required, .practiceLevelNotMarked, ["level": "4"])]
        let model = PracticeEntryPage.Model(screen: Self.rolePlayScreen, values: ["level-2": "effective", "level-3": "effective"], errors: errors)
        let html = PracticeEntryPage.render(model, context: Self.context(language, path: "/practice/entries/\(Self.rolePlayEntry.id)")).render()
        expectSnapshot(html, named: "practice-role-play-\(language.rawValue)")
        #expect(html.contains("id=\"observe-form\""))
        #expect(html.contains("id=\"error-level-4\""))
        #expect(!html.contains("id=\"do-form\""), "a coach scores; only the seller does the item")
        #expect(html.contains("Calm &amp; clear."), "texts are escaped")
    }
}
