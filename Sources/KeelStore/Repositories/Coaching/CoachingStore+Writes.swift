import FluentKit
import Foundation
import SalesDomain

extension CoachingStore {
    /// Plans a session: the plan checked by the domain, the seller one the viewer coaches, and
    /// the focus an existing record of the seller's (their deal or meeting, a competency of a
    /// framework, a known activity type) — every problem at once; audited.
    public func plan(_ plan: SessionPlan, for policy: AccessPolicy, at date: Date) async throws -> CoachingSession {
        let problems = try await planProblems(
            seller: plan.sellerID, type: plan.type, durationMinutes: plan.durationMinutes, focus: plan.focus, for: policy)
        if !problems.isEmpty { throw FieldErrors(problems) }
        var session = plan.session(id: .init(UUID()), coachID: policy.viewer.personID)
        // Whether the coach took Keel's suggestion is recorded from what was suggested then,
        // not from what the form says it was.
        let suggested = try await suggestions(
            for: CoachingQuery(scope: .person(plan.sellerID), months: calendar.month(containing: date)...calendar.month(containing: date), asOf: date),
            policy: policy)[plan.sellerID]
        session.suggestion = suggested.map { SuggestionUse(suggested: $0, taken: $0.type == plan.type && $0.focus == plan.focus) }
        let planned = session
        let organizationID = organizationID
        try await database.writeTransaction { database in
            try await CoachingSessionModel(planned, organizationID: organizationID, createdAt: date).create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "coaching_session",
                entityID: planned.id.rawValue, subject: planned.sellerID, action: "plan", changes: CoachingStore.auditValues(of: planned).mapValues { .init(old: nil, new: $0) },
                at: date)
        }
        if case .competency? = planned.focus {
            try await PracticeStore(database: database, organizationID: organizationID, calendar: calendar)
                .refreshPlans(of: [planned.sellerID], in: .person(planned.sellerID), actor: policy.viewer.personID, at: date)
        }
        return planned
    }

    /// Every problem ``plan(_:for:at:)`` finds, with nothing saved, of the parts of a plan that
    /// are given: a form that could not read some of its fields (`nil` here) asks this to show the
    /// rest of its problems beside them.
    public func planProblems(
        seller sellerID: Person.ID?, type: CoachingSessionType?, durationMinutes: Int, focus: CoachingFocus?, for policy: AccessPolicy
    ) async throws -> [FieldError] {
        var problems = SessionPlan.durationProblem(durationMinutes).map { [$0] } ?? []
        if let type, let problem = SessionPlan.focusProblem(focus, type: type) { problems.append(problem) }
        guard let sellerID else { return problems }
        let seller = try await directory.person(sellerID)
        if let seller, !policy.canCoach(seller) || !seller.isActive {
            problems.append(FieldError(field: "sellerID", code: .invalidValue, .sellerNotCoachable))
        } else if seller == nil {
            problems.append(FieldError(field: "sellerID", code: .notFound, .unknownPerson, ["id": sellerID.description]))
        }
        if let focus, let seller, try await !exists(focus, of: seller.id) {
            problems.append(FieldError(field: "focus", code: .notFound, .focusNotFound))
        }
        return problems
    }

    /// Cancels a planned session; only its coach may.
    public func cancel(_ id: CoachingSession.ID, for policy: AccessPolicy, at date: Date) async throws -> CoachingSession {
        let (session, _) = try await held(id, for: policy)
        guard session.status == .planned else {
            throw FieldError(field: "status", code: .conflict, .sessionNotPlanned, ["status": session.status.rawValue])
        }
        var cancelled = session
        cancelled.status = .cancelled
        try await save(cancelled, replacing: session, action: "cancel", by: policy.viewer.personID, at: date)
        return cancelled
    }

    /// Completes a planned session: its follow-up and next steps checked by ``SessionCompletion``
    /// against the seller's open steps, then the session, the reviewed steps, the reviews and the
    /// new steps stored together — or nothing at all. Only the session's coach may.
    public func complete(
        _ id: CoachingSession.ID, with completion: SessionCompletion, for policy: AccessPolicy, at date: Date
    ) async throws -> CoachingSession {
        let (session, _) = try await held(id, for: policy)
        let open = try await items(of: [session.sellerID])
        let outcome = try await checked(completion, of: session, openItems: open, at: date).get()
        let organizationID = organizationID
        let actor = policy.viewer.personID
        try await database.writeTransaction { database in
            let store = CoachingStore(database: database, organizationID: organizationID, calendar: calendar)
            try await store.save(outcome.session, replacing: session, action: "complete", by: actor, at: date)
            for item in outcome.reviewedItems {
                let before = open.first { $0.id == item.id }
                try await store.save(item, replacing: before, by: actor, at: date)
            }
            for review in outcome.reviews {
                try await ActionItemReviewModel(review, session: session.id, organizationID: organizationID).create(on: database)
            }
            for item in outcome.newItems {
                try await store.save(item, replacing: nil, by: actor, at: date)
            }
        }
        return outcome.session
    }

    /// Every problem of completing session `id` with `completion`, found as `complete` finds them,
    /// with nothing saved: a form that could not read some of its fields asks this to show the
    /// rest of its problems beside them.
    public func completionProblems(
        _ id: CoachingSession.ID, with completion: SessionCompletion, for policy: AccessPolicy, at date: Date
    ) async throws -> [FieldError] {
        let (session, _) = try await held(id, for: policy)
        let open = try await items(of: [session.sellerID])
        switch try await checked(completion, of: session, openItems: open, at: date) {
        case .success: return []
        case .failure(let problems): return problems.errors
        }
    }

    /// The completion's outcome, or every problem with it: the domain's rules and links to a
    /// competency, deal or KPI that does not exist for the seller.
    private func checked(
        _ completion: SessionCompletion, of session: CoachingSession, openItems: [ActionItem], at date: Date
    ) async throws -> Result<SessionCompletion.Outcome, FieldErrors> {
        var problems: [FieldError] = []
        for (row, step) in completion.nextSteps.enumerated() where !step.isBlank {
            if let link = step.link, try await !exists(link, of: session.sellerID) {
                problems.append(FieldError(field: "nextSteps[\(row)].link", code: .notFound, .focusNotFound))
            }
        }
        do {
            let outcome = try completion.outcome(of: session, openItems: openItems, calendar: calendar, at: date) { .init(UUID()) }
            return problems.isEmpty ? .success(outcome) : .failure(FieldErrors(problems))
        } catch {
            return .failure(FieldErrors(error.errors + problems))
        }
    }

    /// Marks a next step done, or open again: its owner, its seller or their coach may.
    public func setItem(_ id: ActionItem.ID, done: Bool, for policy: AccessPolicy, at date: Date) async throws -> ActionItem {
        guard let model = try await ActionItemModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first(),
              let seller = try await directory.person(.init(model.sellerID))
        else { throw AccessRefused(.notFound, entity: "action item", field: "itemID") }
        let item = try model.domain()
        guard policy.canReadCoaching(of: seller) else { throw AccessRefused(.notFound, entity: "action item", field: "itemID") }
        guard policy.canUpdate(item, of: seller) else { throw AccessRefused(.forbidden, entity: "action item", field: "itemID") }
        var updated = item
        updated.status = done ? .done : .open
        updated.closedAt = done ? date : nil
        let changed = updated
        guard changed != item else { return item }
        let actor = policy.viewer.personID
        let organizationID = organizationID
        try await database.writeTransaction { database in
            try await CoachingStore(database: database, organizationID: organizationID, calendar: calendar)
                .save(changed, replacing: item, by: actor, at: date)
        }
        return changed
    }

    // MARK: Helpers

    /// A session the viewer holds as its coach; a session they may only read is forbidden.
    func held(_ id: CoachingSession.ID, for policy: AccessPolicy) async throws -> (CoachingSession, Person) {
        let (session, seller) = try await readable(id, for: policy)
        guard session.coachID == policy.viewer.personID, policy.canCoach(seller) else {
            throw AccessRefused(.forbidden, entity: "coaching session", field: "sessionID")
        }
        return (session, seller)
    }

    /// Whether what a focus names exists for this seller.
    func exists(_ focus: CoachingFocus, of seller: Person.ID) async throws -> Bool {
        switch focus {
        case .competency(let id):
            return try await framework(containing: id) != nil
        case .deal(let id):
            return try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$id == id.rawValue).filter(\.$ownerID == seller.rawValue).count() > 0
        case .meeting(let id):
            return try await ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$id == id.rawValue).filter(\.$ownerID == seller.rawValue).count() > 0
        case .activityType(let type):
            return try await diagnosis.knownActivityTypes().contains(type)
        }
    }

    /// The newest framework version holding the competency, with it.
    func framework(containing id: Competency.ID) async throws -> (framework: CompetencyFramework, competency: Competency)? {
        try await competence.frameworkVersions()
            .sorted { ($0.publishedAt == nil ? 0 : 1, $0.version) > ($1.publishedAt == nil ? 0 : 1, $1.version) }
            .lazy.compactMap { framework in framework.competency(id).map { (framework, $0) } }.first
    }

    func save(_ session: CoachingSession, replacing old: CoachingSession, action: String, by actor: Person.ID, at date: Date) async throws {
        guard let model = try await sessionModel(session.id) else { throw AccessRefused(.notFound, entity: "coaching session", field: "sessionID") }
        model.update(from: session)
        try await model.save(on: database)
        try await AuditTrail.record(
            on: database, organizationID: organizationID, actor: actor, entity: "coaching_session", entityID: session.id.rawValue,
            subject: session.sellerID, action: action, changes: AuditTrail.differences(Self.auditValues(of: old), Self.auditValues(of: session)), at: date)
    }

    func save(_ item: ActionItem, replacing old: ActionItem?, by actor: Person.ID, at date: Date) async throws {
        let model = try await ActionItemModel.query(on: database).filter(\.$id == item.id.rawValue).first()
            ?? ActionItemModel(item, organizationID: organizationID)
        model.update(from: item)
        try await model.save(on: database)
        try await AuditTrail.record(
            on: database, organizationID: organizationID, actor: actor, entity: "action_item", entityID: item.id.rawValue,
            subject: item.sellerID, action: old == nil ? "create" : "update",
            changes: AuditTrail.differences(old.map(Self.auditValues) ?? [:], Self.auditValues(of: item)), at: date)
    }

    /// What the audit trail keeps of a session: private notes are recorded as changed, never
    /// with their text, so reading the audit trail does not reveal them.
    static func auditValues(of session: CoachingSession) -> [String: String?] {
        [
            "type": session.type.rawValue, "scheduledAt": ISO8601DateFormatter().string(from: session.scheduledAt),
            "durationMinutes": String(session.durationMinutes), "focus": session.focus.map { "\($0.kind.rawValue):\($0.reference)" },
            "status": session.status.rawValue, "notes": session.notes,
            "privateNotes": session.privateNotes.isEmpty ? nil : "(\(session.privateNotes.count) characters)",
            "suggestionTaken": session.suggestion.map { $0.taken ? "yes" : "no" },
        ]
    }

    static func auditValues(of item: ActionItem) -> [String: String?] {
        [
            "text": item.text, "ownerID": item.ownerID.description, "due": item.due.description,
            "link": item.link.map { "\($0.kind.rawValue):\($0.reference)" }, "status": item.status.rawValue,
            "carriedOver": String(item.carriedOver),
        ]
    }
}
