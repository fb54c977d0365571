import FluentKit
import Foundation
import SalesDomain

extension PracticeStore {
    /// One seller's plan for a viewer who may read their practice; notes only for the seller and
    /// their coach.
    public func planScreen(of sellerID: Person.ID, for policy: AccessPolicy, asOf: Date) async throws -> PracticePlanScreen {
        guard let seller = try await directory.person(sellerID), policy.canReadPractice(of: seller) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        let today = calendar.day(containing: asOf)
        let week = calendar.week(containing: asOf)
        let weekEnd = calendar.day(containing: calendar.start(of: week.next)).adding(days: -1)
        let practicePolicy = try await practicePolicy()
        let notesShown = policy.canReadPracticeNotes(of: seller)
        let library = try await library()
        let items = Dictionary(library.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = try await competencyNames()
        let entries = try await entries(of: [seller.id], activeOnly: true)
        let canChange = policy.canChangePractice(of: seller)
        var addable: [PracticeItem] = []
        if canChange, let framework = try await framework(),
           let profile = try await competence.applicableProfile(to: seller, framework: framework.id) {
            let profiled = Set(profile.entries.map(\.competencyID))
            let planned = Set(entries.map(\.itemID))
            addable = library.filter { $0.isActive && profiled.contains($0.competencyID) && !planned.contains($0.id) }
                .sorted { (names[$0.competencyID]?.english ?? "", $0.key) < (names[$1.competencyID]?.english ?? "", $1.key) }
        }
        let reps = try await reps(of: [seller.id]).map { notesShown ? $0 : $0.withoutNotes }
        let repsByEntry = Dictionary(grouping: reps, by: \.entryID)
        let observers = try await observerNames(reps)
        let perWeek = Dictionary(grouping: reps, by: { calendar.week(containing: $0.doneAt) }).mapValues(\.count)
        return PracticePlanScreen(
            personID: seller.id, personName: seller.name, today: today, week: week, policy: practicePolicy,
            entries: entries.compactMap { entry in
                items[entry.itemID].map { item in
                    PracticePlanScreen.Entry(
                        entry: entry, item: item, competencyName: names[entry.competencyID] ?? LocalizedText(english: item.key),
                        status: entry.status(on: today, weekEnd: weekEnd), repetitions: repsByEntry[entry.id]?.count ?? 0,
                        lastDone: repsByEntry[entry.id]?.first?.day)
                }
            },
            recent: reps.prefix(12).compactMap { rep in
                items[rep.itemID].map { PracticePlanScreen.Repetition(rep: rep, itemTitle: $0.title, kind: $0.kind, observerName: rep.observation.flatMap { observers[$0.observerID] }) }
            },
            repetitionsThisWeek: perWeek[week] ?? 0,
            streakWeeks: PracticeStreak.weeks(repetitions: perWeek, target: practicePolicy.weeklyTarget, current: week),
            canChange: canChange, notesShown: notesShown, addable: addable, competencyNames: names)
    }

    /// One plan entry opened to be done (by the seller) or scored (by their coach or a teammate).
    public func itemScreen(_ entryID: PracticePlanEntry.ID, for policy: AccessPolicy, asOf: Date) async throws -> PracticeItemScreen {
        let (entry, seller) = try await readable(entryID, for: policy)
        guard let item = try await library().first(where: { $0.id == entry.itemID }), let framework = try await framework(),
              let competency = framework.competency(entry.competencyID)
        else { throw AccessRefused(.notFound, entity: "practice plan entry", field: "entryID") }
        let today = calendar.day(containing: asOf)
        let weekEnd = calendar.day(containing: calendar.start(of: calendar.week(containing: asOf).next)).adding(days: -1)
        let notesShown = policy.canReadPracticeNotes(of: seller)
        let reps = try await reps(of: [seller.id]).filter { $0.entryID == entry.id }.map { notesShown ? $0 : $0.withoutNotes }
        let observers = try await observerNames(reps)
        let viewer = try await directory.person(policy.viewer.personID)
        return PracticeItemScreen(
            personName: seller.name, entry: entry, item: item, competency: competency, scale: framework.scale.levels,
            status: entry.status(on: today, weekEnd: weekEnd),
            repetitions: reps.map { PracticePlanScreen.Repetition(rep: $0, itemTitle: item.title, kind: item.kind, observerName: $0.observation.flatMap { observers[$0.observerID] }) },
            canDo: seller.id == policy.viewer.personID && entry.isActive,
            canObserve: item.kind == .rolePlay && (viewer.map { policy.canObserve(seller, as: $0) } ?? false), notesShown: notesShown)
    }

    /// The practice of a scope's sellers, for a viewer who may read the scope.
    public func teamScreen(_ query: PracticeQuery, for policy: AccessPolicy) async throws -> PracticeTeamScreen {
        let subject = try await directory.subject(query.scope, for: policy)
        let sellers = try await diagnosis.sellers(in: query.scope).filter { policy.canReadPractice(of: $0) }
        let ids = sellers.map(\.id)
        let today = calendar.day(containing: query.asOf)
        let week = calendar.week(containing: query.asOf)
        let weekEnd = calendar.day(containing: calendar.start(of: week.next)).adding(days: -1)
        var first = week
        for _ in 1..<PracticeQuery.recentWeekCount { first = first.previous }
        let recentStart = calendar.day(containing: calendar.start(of: first))
        let practicePolicy = try await practicePolicy()
        let entries = Dictionary(grouping: try await entries(of: ids, activeOnly: true), by: \.personID)
        // The streak looks back further than the recent weeks: a year of weeks at most.
        let reps = Dictionary(grouping: try await repFacts(of: ids, from: today.adding(days: -371)), by: \.personID)
        let kinds = try await itemKinds()

        let diagnosisWeeks = calendar.defaultAnalysisWeeks(asOf: query.asOf)
        let overview = try await diagnosis.overview(DiagnosisQuery(scope: query.scope, weeks: diagnosisWeeks, asOf: query.asOf), for: policy)
        var needed: [Person.ID: [Competency.ID]] = [:]
        for seller in overview.report.sellers {
            needed[seller.personID] = seller.areas
                .filter { $0.verdict == .competenceGap || $0.verdict == .developmentNeed }
                .flatMap { $0.competence.gaps.filter { $0.isBelowTarget == true }.map(\.competencyID) }
        }
        let rows = sellers.map { seller in
            let own = entries[seller.id] ?? []
            let done = reps[seller.id] ?? []
            let recent = done.filter { $0.day >= recentStart }
            let statuses = own.map { $0.status(on: today, weekEnd: weekEnd) }
            var practised: [Competency.ID] = []
            for rep in recent where !practised.contains(rep.competencyID) { practised.append(rep.competencyID) }
            return PracticeTeamScreen.Row(
                personID: seller.id, name: seller.name, dueThisWeek: statuses.count { $0 == .dueThisWeek }, overdue: statuses.count { $0 == .overdue },
                doneRecently: recent.count,
                streakWeeks: PracticeStreak.weeks(
                    repetitions: Dictionary(grouping: done, by: { calendar.week(containing: $0.doneAt) }).mapValues(\.count),
                    target: practicePolicy.weeklyTarget, current: week),
                practised: practised, needed: needed[seller.id] ?? [],
                awaitingObservation: recent.count { kinds[$0.itemID] == .rolePlay && !$0.isObserved }, activeItems: own.count)
        }
        return PracticeTeamScreen(
            scope: query.scope, scopeName: try await diagnosis.name(of: subject), today: today, recentWeeks: first...week,
            policy: practicePolicy, rows: rows, competencyNames: try await competencyNames())
    }

    func competencyNames() async throws -> [Competency.ID: LocalizedText] {
        guard let framework = try await framework() else { return [:] }
        return Dictionary(framework.competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func observerNames(_ reps: [PracticeRep]) async throws -> [Person.ID: String] {
        let ids = Set(reps.compactMap(\.observation?.observerID))
        if ids.isEmpty { return [:] }
        return Dictionary(try await directory.people(ids: ids).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
