import Foundation
import SalesDomain
import Vapor

struct PracticeRepResource: Content {
    struct Observation: Content {
        var observerID: UUID
        var observerName: String?
        /// Per level above the first, as text keys ("2"…): whether the behaviour was effective at it.
        var marks: [String: Bool]
        var level: Int
        var comment: String
        var observedAt: Date
    }

    var id: UUID
    var entryID: UUID
    var personID: UUID
    var itemID: UUID
    var competencyID: UUID
    var doneAt: Date
    var day: String
    var selfScore: Int
    var note: String
    var observation: Observation?

    init(_ rep: PracticeRep, observerName: String? = nil) {
        id = rep.id.rawValue
        entryID = rep.entryID.rawValue
        personID = rep.personID.rawValue
        itemID = rep.itemID.rawValue
        competencyID = rep.competencyID.rawValue
        doneAt = rep.doneAt
        day = rep.day.description
        selfScore = rep.selfScore
        note = rep.note
        observation = rep.observation.map {
            Observation(
                observerID: $0.observerID.rawValue, observerName: observerName,
                marks: Dictionary(uniqueKeysWithValues: $0.marks.map { (String($0.key), $0.value) }), level: $0.level,
                comment: $0.comment, observedAt: $0.observedAt)
        }
    }
}

struct PracticeEntryResource: Content {
    var id: UUID
    var personID: UUID
    var itemID: UUID
    var competencyID: UUID
    var reason: String
    var startedOn: String
    var due: String
    var goodInARow: Int
    var retiredOn: String?

    init(_ entry: PracticePlanEntry) {
        id = entry.id.rawValue
        personID = entry.personID.rawValue
        itemID = entry.itemID.rawValue
        competencyID = entry.competencyID.rawValue
        reason = entry.reason.rawValue
        startedOn = entry.startedOn.description
        due = entry.repetition.due.description
        goodInARow = entry.repetition.goodInARow
        retiredOn = entry.retiredOn?.description
    }
}

/// One seller's plan: the screen `/practice/people/{id}` shows.
struct PracticePlanResource: Content {
    struct Entry: Content {
        var entry: PracticeEntryResource
        var item: PracticeItemResource
        var competencyName: String
        var status: String
        var repetitions: Int
        var lastDone: String?
    }

    var personID: UUID
    var personName: String
    var today: String
    var week: String
    var weeklyTarget: Int
    var repetitionsThisWeek: Int
    var streakWeeks: Int
    var canChange: Bool
    var notesShown: Bool
    var entries: [Entry]
    var recent: [PracticeRepResource]
    /// Items that may be added to the plan by hand (for the seller and their coach).
    var addable: [PracticeItemResource]

    init(_ screen: PracticePlanScreen, language: Language) {
        personID = screen.personID.rawValue
        personName = screen.personName
        today = screen.today.description
        week = screen.week.description
        weeklyTarget = screen.policy.weeklyTarget
        repetitionsThisWeek = screen.repetitionsThisWeek
        streakWeeks = screen.streakWeeks
        canChange = screen.canChange
        notesShown = screen.notesShown
        entries = (screen.due + screen.later).map {
            Entry(
                entry: PracticeEntryResource($0.entry), item: PracticeItemResource($0.item), competencyName: $0.competencyName.text(in: language),
                status: $0.status.rawValue, repetitions: $0.repetitions, lastDone: $0.lastDone?.description)
        }
        recent = screen.recent.map { PracticeRepResource($0.rep, observerName: $0.observerName) }
        addable = screen.addable.map(PracticeItemResource.init)
    }
}

/// One plan entry opened: the item, the competency's levels it is scored against, its repetitions.
struct PracticeEntryScreenResource: Content {
    struct Level: Content {
        var level: Int
        var behavior: String
    }

    var personName: String
    var entry: PracticeEntryResource
    var item: PracticeItemResource
    var competencyName: String
    var levels: [Level]
    var status: String
    var canDo: Bool
    var canObserve: Bool
    var repetitions: [PracticeRepResource]

    init(_ screen: PracticeItemScreen, language: Language) {
        personName = screen.personName
        entry = PracticeEntryResource(screen.entry)
        item = PracticeItemResource(screen.item)
        competencyName = screen.competency.name.text(in: language)
        levels = screen.competency.levels.map { Level(level: $0.level, behavior: $0.behavior.text(in: language)) }
        status = screen.status.rawValue
        canDo = screen.canDo
        canObserve = screen.canObserve
        repetitions = screen.repetitions.map { PracticeRepResource($0.rep, observerName: $0.observerName) }
    }
}

/// A scope's practice: the screen `/practice` shows managers and leaders.
struct PracticeTeamResource: Content {
    struct Row: Content {
        var personID: UUID
        var name: String
        var dueThisWeek: Int
        var overdue: Int
        var doneRecently: Int
        var streakWeeks: Int
        var activeItems: Int
        var awaitingObservation: Int
        var practised: [UUID]
        var needed: [UUID]
        var neededNotPractised: [UUID]
    }

    var scope: String
    var scopeName: String
    var today: String
    var recentWeeks: [String]
    var weeklyTarget: Int
    var sellers: Int
    var rows: [Row]
    var competencyNames: [String: String]

    init(_ screen: PracticeTeamScreen, language: Language) {
        scope = screen.scope.description
        scopeName = screen.scopeName
        today = screen.today.description
        recentWeeks = [screen.recentWeeks.lowerBound.description, screen.recentWeeks.upperBound.description]
        weeklyTarget = screen.policy.weeklyTarget
        sellers = screen.rows.count
        rows = screen.rows.map {
            Row(
                personID: $0.personID.rawValue, name: $0.name, dueThisWeek: $0.dueThisWeek, overdue: $0.overdue, doneRecently: $0.doneRecently,
                streakWeeks: $0.streakWeeks, activeItems: $0.activeItems, awaitingObservation: $0.awaitingObservation,
                practised: $0.practised.map(\.rawValue), needed: $0.needed.map(\.rawValue), neededNotPractised: $0.neededNotPractised.map(\.rawValue))
        }
        competencyNames = Dictionary(uniqueKeysWithValues: screen.competencyNames.map { ($0.key.description, $0.value.text(in: language)) })
    }
}

struct AddPracticeEntryRequest: Content {
    var itemID: UUID
}

struct PracticeRepetitionRequest: Content {
    var selfScore: Int
    var note: String?
}

struct PracticeObservationRequest: Content {
    var marks: [String: Bool]
    var comment: String?

    func draft() throws(FieldErrors) -> PracticeObservationDraft {
        var marks: [Int: Bool] = [:]
        var problems: [FieldError] = []
        for (key, value) in self.marks {
            guard let level = Int(key) else {
                problems.append(FieldError(field: "marks.\(key)", code: .invalidValue, .notAWholeNumber, ["value": key]))
                continue
            }
            marks[level] = value
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return PracticeObservationDraft(marks: marks, comment: comment ?? "")
    }
}

struct PracticeRefreshResource: Content {
    var added: Int
    var retired: Int
}

struct PracticeLibraryImportResource: Content {
    var items: Int
    var added: Int
    var changed: Int
}
