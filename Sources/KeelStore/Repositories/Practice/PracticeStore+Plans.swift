import FluentKit
import Foundation
import SalesDomain

extension PracticeStore {
    /// Regenerates a seller's plan from their latest diagnosis and coaching focus, when the seller
    /// or their coach asks for it (``refreshPlans(of:in:actor:at:)``).
    @discardableResult
    public func refreshPlan(of sellerID: Person.ID, for policy: AccessPolicy, at date: Date) async throws -> (added: Int, retired: Int) {
        guard let seller = try await directory.person(sellerID), policy.canReadPractice(of: seller) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        guard policy.canChangePractice(of: seller) else { throw AccessRefused(.forbidden, entity: "practice plan", field: "personID") }
        return try await refreshPlans(of: [seller.id], in: .person(seller.id), actor: policy.viewer.personID, at: date)
    }

    /// Regenerates these sellers' plans (``PracticePlanner/refresh(_:inputs:policy:)``) from one
    /// diagnosis of `scope` over the last 13 ended weeks and from their coaching focus: called when
    /// an assessment cycle closes (its participants, the organization diagnosed once), when a
    /// coaching session takes a competency as its focus, and on request. Entries kept keep their
    /// repetitions. Plans are for sellers; others named are left alone. Each changed plan is
    /// audited, with `actor` (none for Keel itself).
    @discardableResult
    public func refreshPlans(of sellerIDs: [Person.ID], in scope: AnalysisScope, actor: Person.ID?, at date: Date) async throws -> (added: Int, retired: Int) {
        guard let framework = try await framework(), !sellerIDs.isEmpty else { return (0, 0) }
        let system = AccessPolicy(
            viewer: Viewer(personID: actor ?? Person.ID(UUID()), organizationID: organizationID, accessRole: .admin, teamID: nil),
            hierarchy: try await directory.hierarchy())
        let weeks = calendar.defaultAnalysisWeeks(asOf: date)
        let report = try await diagnosis.overview(DiagnosisQuery(scope: scope, weeks: weeks, asOf: date), for: system).report
        let library = try await library().filter(\.isActive)
        let practicePolicy = try await practicePolicy()
        let sellers = try await directory.people(ids: sellerIDs).filter { $0.isActive && $0.accessRole == .seller }
        let current = Dictionary(grouping: try await entries(of: sellers.map(\.id), activeOnly: true), by: \.personID)
        let foci = try await coachingFoci(of: sellers.map(\.id), asOf: date)
        var refreshes: [(seller: Person.ID, refresh: PracticePlanner.Refresh)] = []
        for seller in sellers {
            var gaps: [CompetencyGap] = []
            var verdicts: [Competency.ID: AreaVerdict] = [:]
            for area in report.seller(seller.id)?.areas ?? [] {
                gaps += area.competence.gaps
                for gap in area.competence.gaps { verdicts[gap.competencyID] = area.verdict }
            }
            if gaps.isEmpty, let profile = try await competence.applicableProfile(to: seller, framework: framework.id) {
                gaps = profile.entries.map { CompetencyGap(competencyID: $0.competencyID, targetLevel: $0.targetLevel, weight: $0.weight, level: nil) }
            }
            let inputs = PracticePlanner.Inputs(gaps: gaps, verdicts: verdicts, coachingFoci: foci[seller.id] ?? [], library: library)
            let refresh = PracticePlanner.refresh(current[seller.id] ?? [], inputs: inputs, policy: practicePolicy)
            if !refresh.isEmpty { refreshes.append((seller.id, refresh)) }
        }
        if refreshes.isEmpty { return (0, 0) }
        let today = calendar.day(containing: date)
        let organizationID = organizationID
        let changes = refreshes
        let defaults = try await unstoredDefaults()
        try await database.writeTransaction { database in
            try await store(defaults: defaults, on: database, at: date)
            for (seller, refresh) in changes {
                for id in refresh.retirements {
                    guard let model = try await PracticePlanEntryModel.find(id.rawValue, on: database) else { continue }
                    model.retiredOn = today.description
                    try await model.update(on: database)
                }
                for addition in refresh.additions {
                    let entry = PracticePlanEntry(
                        id: .init(UUID()), personID: seller, itemID: addition.item.id, competencyID: addition.item.competencyID,
                        reason: addition.reason, startedOn: today, repetition: .new(on: today))
                    try await PracticePlanEntryModel(entry, organizationID: organizationID).create(on: database)
                }
                try await AuditTrail.record(
                    on: database, organizationID: organizationID, actor: actor, entity: "practice_plan",
                    entityID: seller.rawValue, subject: seller, action: "refresh",
                    changes: [
                        "added": .init(old: nil, new: refresh.additions.map(\.item.key).joined(separator: ", ")),
                        "retired": .init(old: nil, new: String(refresh.retirements.count)),
                    ], at: date)
            }
        }
        return changes.reduce((0, 0)) { ($0.0 + $1.refresh.additions.count, $0.1 + $1.refresh.retirements.count) }
    }

    /// Each seller's coaching foci on a competency over the last 120 days and ahead, newest first.
    func coachingFoci(of sellers: [Person.ID], asOf: Date) async throws -> [Person.ID: [Competency.ID]] {
        let sessions = try await coaching.sessions(of: sellers, from: calendar.start(of: calendar.day(containing: asOf).adding(days: -120)))
        var foci: [Person.ID: [Competency.ID]] = [:]
        for session in sessions.filter({ $0.status != .cancelled }).sorted(by: { $0.scheduledAt > $1.scheduledAt }) {
            guard case .competency(let id)? = session.focus, !(foci[session.sellerID]?.contains(id) ?? false) else { continue }
            foci[session.sellerID, default: []].append(id)
        }
        return foci
    }

    public func practicePolicy() async throws -> PracticePolicy {
        .standard
    }

    /// Adds one item to a seller's plan by hand (``PracticeReason/chosen``): the seller or their
    /// coach; the item active and for a competency in the seller's role profile, not already in
    /// the plan — every problem at once.
    public func addToPlan(_ itemID: PracticeItem.ID, of sellerID: Person.ID, for policy: AccessPolicy, at date: Date) async throws -> PracticePlanEntry {
        guard let seller = try await directory.person(sellerID), policy.canReadPractice(of: seller) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        guard policy.canChangePractice(of: seller) else { throw AccessRefused(.forbidden, entity: "practice plan", field: "personID") }
        var problems: [FieldError] = []
        let item = try await library().first { $0.id == itemID }
        if let item {
            if !item.isActive { problems.append(FieldError(field: "itemID", code: .invalidValue, .practiceItemRetired)) }
            let framework = try await framework()
            let profile = try await framework.asyncMap { try await competence.applicableProfile(to: seller, framework: $0.id) } ?? nil
            if !(profile?.entries.contains { $0.competencyID == item.competencyID } ?? false) {
                problems.append(FieldError(field: "itemID", code: .invalidValue, .competencyNotInProfile))
            }
            if try await entries(of: [seller.id], activeOnly: true).contains(where: { $0.itemID == item.id }) {
                problems.append(FieldError(field: "itemID", code: .duplicate, .practiceItemInPlan))
            }
        } else {
            problems.append(FieldError(field: "itemID", code: .notFound, .valueRequired))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        let today = calendar.day(containing: date)
        let entry = PracticePlanEntry(
            id: .init(UUID()), personID: seller.id, itemID: item!.id, competencyID: item!.competencyID, reason: .chosen,
            startedOn: today, repetition: .new(on: today))
        let organizationID = organizationID
        let defaults = try await unstoredDefaults()
        try await database.writeTransaction { database in
            try await store(defaults: defaults, on: database, at: date)
            try await PracticePlanEntryModel(entry, organizationID: organizationID).create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "practice_plan",
                entityID: entry.id.rawValue, subject: seller.id, action: "add",
                changes: ["item": .init(old: nil, new: item!.key)], at: date)
        }
        return entry
    }

    /// The seller reports a repetition of a plan entry: their self-score and note checked
    /// (``PracticeRepDraft``), the repetition stored and the entry re-scheduled
    /// (``SpacedRepetition``) together. Only the seller themself does their practice.
    public func complete(_ entryID: PracticePlanEntry.ID, with draft: PracticeRepDraft, for policy: AccessPolicy, at date: Date) async throws -> PracticeRep {
        let (entry, seller) = try await readable(entryID, for: policy)
        guard seller.id == policy.viewer.personID else { throw AccessRefused(.forbidden, entity: "practice plan entry", field: "entryID") }
        guard entry.isActive else { throw FieldError(field: "entryID", code: .conflict, .practiceItemRetired) }
        guard let item = try await library().first(where: { $0.id == entry.itemID }) else {
            throw CorruptRecord("practice plan entry \(entry.id) names a missing item \(entry.itemID)")
        }
        let checked = try draft.validated(for: item)
        let rep = PracticeRep(
            id: .init(UUID()), entryID: entry.id, personID: seller.id, itemID: item.id, competencyID: item.competencyID, doneAt: date,
            day: calendar.day(containing: date), selfScore: checked.selfScore, note: checked.note)
        try await save(rep, of: entry, item: item, action: "complete", by: policy.viewer.personID, at: date, isNew: true)
        return rep
    }

    /// An observer scores a role-play repetition on the rubric (``PracticeObservationDraft``):
    /// the seller's coach or a teammate, never the seller. A later score replaces an earlier one;
    /// the entry is re-scheduled from its repetitions with the observed level deciding.
    public func observe(_ repID: PracticeRep.ID, with draft: PracticeObservationDraft, for policy: AccessPolicy, at date: Date) async throws -> PracticeRep {
        guard let model = try await PracticeRepModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == repID.rawValue).first()
        else { throw AccessRefused(.notFound, entity: "practice repetition", field: "repID") }
        var rep = try model.domain()
        let (entry, seller) = try await readable(rep.entryID, for: policy)
        guard let observer = try await directory.person(policy.viewer.personID), policy.canObserve(seller, as: observer) else {
            throw AccessRefused(.forbidden, entity: "practice repetition", field: "repID")
        }
        guard let item = try await library().first(where: { $0.id == rep.itemID }), let framework = try await framework() else {
            throw CorruptRecord("practice repetition \(rep.id) names a missing item \(rep.itemID)")
        }
        rep.observation = try draft.observation(of: item, scale: framework.scale.levels, by: observer.id, at: date)
        try await save(rep, of: entry, item: item, action: "observe", by: observer.id, at: date, isNew: false)
        return rep
    }

    /// Stores a repetition and re-schedules its entry by replaying all of the entry's repetitions.
    private func save(_ rep: PracticeRep, of entry: PracticePlanEntry, item: PracticeItem, action: String, by actor: Person.ID, at date: Date, isNew: Bool) async throws {
        let organizationID = organizationID
        let earlier = try await reps(of: [entry.personID]).filter { $0.entryID == entry.id && $0.id != rep.id }
        let all = (earlier + [rep]).sorted { ($0.doneAt, $0.id) < ($1.doneAt, $1.id) }
        var rescheduled = entry
        rescheduled.repetition = SpacedRepetition.replay(from: entry.startedOn, all.map {
            ($0.day, PracticeOutcome.of(selfScore: $0.selfScore, observedLevel: $0.observation?.level, aimLevel: item.aimLevel))
        })
        let scheduled = rescheduled
        let defaults = try await unstoredDefaults()
        try await database.writeTransaction { database in
            try await store(defaults: defaults, on: database, at: date)
            if isNew {
                try await PracticeRepModel(rep, organizationID: organizationID).create(on: database)
            } else if let model = try await PracticeRepModel.find(rep.id.rawValue, on: database) {
                try model.record(rep.observation)
                try await model.update(on: database)
            }
            if let model = try await PracticePlanEntryModel.find(entry.id.rawValue, on: database) {
                model.update(from: scheduled)
                try await model.update(on: database)
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "practice_rep", entityID: rep.id.rawValue,
                subject: rep.personID, action: action,
                changes: PracticeStore.auditValues(of: rep).mapValues { .init(old: nil, new: $0) }, at: date)
        }
    }
}
