import FluentKit
import Foundation
import SalesDomain

extension CompetenceStore {
    /// Saves a rating as a draft, or saves and submits it when `submit` is true.
    ///
    /// Refused, with nothing stored changed, when: the cycle is closed; the ratee is not a
    /// participant; the competency is not in the ratee's role profile or not in the cycle's
    /// framework version; the level is outside the scale; the stored rating was already
    /// submitted (submission is final, and a second submission is refused too); a
    /// self-assessment is of someone else; a manager rating comes from someone who is not one of
    /// the ratee's managers; the rater is not an active person of the organization.
    ///
    /// Each change is in the audit trail with the rater as actor (`created`, `updated`,
    /// `submitted`; old and new level, evidence and status). A submission re-consolidates the
    /// ratee's result on the competency and moves the heatmap tallies in the same transaction.
    @discardableResult
    public func saveRating(_ input: RatingInput, submit: Bool = false, at date: Date) async throws -> Rating {
        try await transaction { store in
            try await store.write(input, submit: submit, at: date)
        }
    }

    /// Saves one rater's form on one person — a rating per competency — as drafts, or submits
    /// them all: in one transaction, so a refusal of any rating leaves every one as it was.
    @discardableResult
    public func saveForm(_ inputs: [RatingInput], submit: Bool, at date: Date) async throws -> [Rating] {
        try await transaction { store in
            var saved: [Rating] = []
            for input in inputs { saved.append(try await store.write(input, submit: submit, at: date)) }
            return saved
        }
    }

    /// Submits a saved draft as it is.
    @discardableResult
    public func submitRating(_ id: Rating.ID, by rater: Person.ID, at date: Date) async throws -> Rating {
        try await transaction { store in
            guard let model = try await RatingModel.query(on: store.database)
                .filter(\.$organizationID == store.org).filter(\.$id == id.rawValue).filter(\.$raterID == rater.rawValue).first(),
                  let stored = model.domain
            else {
                throw RecordNotFound(entity: "rating", id: id.description)
            }
            let input = RatingInput(
                cycleID: stored.cycleID, raterID: stored.raterID, rateeID: stored.rateeID, competencyID: stored.competencyID,
                source: stored.source, level: stored.level, evidence: stored.evidence)
            return try await store.write(input, submit: true, at: date)
        }
    }

    /// A rater's own ratings in a cycle, drafts included — their work in progress, which nobody
    /// else sees.
    public func ratings(in cycle: AssessmentCycle.ID, by rater: Person.ID) async throws -> [Rating] {
        try await RatingModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$cycleID == cycle.rawValue).filter(\.$raterID == rater.rawValue)
            .all().compactMap(\.domain)
            .sorted { ($0.rateeID, $0.competencyID) < ($1.rateeID, $1.competencyID) }
    }

    /// One rating, draft or submitted, whoever gave it — for callers that check who may see it.
    public func rating(_ id: Rating.ID) async throws -> Rating? {
        try await RatingModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()?.domain
    }

    /// Every change to one rating, newest first: who, when, and the old and new values.
    public func ratingHistory(_ id: Rating.ID) async throws -> [AuditEntry] {
        try await directory.auditTrail(of: id.rawValue)
    }

    /// The history of a rating in `cycle` for a viewer who may read it
    /// (``AccessPolicy/readHistory(of:ratee:)``); otherwise, or in another cycle, not found.
    public func ratingHistory(_ id: Rating.ID, in cycle: AssessmentCycle.ID, for policy: AccessPolicy) async throws -> [AuditEntry] {
        let notFound = AccessRefused(.notFound, entity: "rating", field: "ratingID")
        guard let rating = try await rating(id), rating.cycleID == cycle else { throw notFound }
        let ratee = rating.raterID == policy.viewer.personID ? nil : try await directory.person(rating.rateeID)
        guard policy.readHistory(of: rating, ratee: ratee) == .allowed else { throw notFound }
        return try await ratingHistory(id)
    }

    private func write(_ input: RatingInput, submit: Bool, at date: Date) async throws -> Rating {
        let cycleModel = try await requireCycle(input.cycleID)
        let ratee = try await requirePerson(input.rateeID, field: "rateeID")
        let rater = try await requirePerson(input.raterID, field: "raterID")
        let cycle = try await cycle(cycleModel, asSeenBy: ratee.id)
        let (_, framework) = try await requireVersion(cycle.framework, field: "cycleID")
        let profile = try await applicableProfile(to: ratee, framework: cycle.framework.frameworkID)
        let model = try await RatingModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$cycleID == input.cycleID.rawValue)
            .filter(\.$raterID == input.raterID.rawValue).filter(\.$rateeID == input.rateeID.rawValue)
            .filter(\.$competencyID == input.competencyID.rawValue).first()
        let stored = try model.map { model in
            guard let rating = model.domain else {
                throw CorruptRecord(entity: "rating", id: model.id!.uuidString, problem: "unknown source '\(model.source)'")
            }
            return rating
        }

        var rating = Rating(
            id: stored?.id ?? .init(UUID()), cycleID: input.cycleID, raterID: input.raterID, rateeID: input.rateeID,
            competencyID: input.competencyID, source: input.source, level: input.level, evidence: input.evidence, updatedAt: date)
        try rating.validate(in: cycle, scale: framework.scale, profile: profile, replacing: stored)
        guard framework.competency(input.competencyID) != nil else {
            throw FieldError(
                field: "competencyID", code: .notFound,
                .competencyNotInFramework, ["version": String(framework.version), "key": framework.key])
        }
        try RaterEligibility.check(
            rater: rater, ratee: ratee, source: input.source, hierarchy: try await directory.hierarchy(above: [ratee.teamID].compactMap { $0 }))
        if submit { rating = try rating.submitted(at: date) }

        if let stored, stored.level == rating.level, stored.evidence == rating.evidence, !submit {
            return stored
        }
        if let model {
            model.apply(rating)
            try await model.save(on: database)
        } else {
            try await RatingModel(rating, organizationID: organizationID).create(on: database)
        }
        let action = stored == nil ? "created" : submit ? "submitted" : "updated"
        try await recordAudit(
            actor: input.raterID, entity: "rating", entityID: rating.id.rawValue, subject: ratee.id, action: action,
            before: stored?.auditSnapshot ?? [:], after: rating.auditSnapshot, at: date)
        if submit {
            try await rollups.refresh(
                cycleID: cycle.id, policy: try cycleModel.policy, person: ratee, competencyID: rating.competencyID, profile: profile)
        }
        return rating
    }
}

extension Rating {
    /// What a rating's audit entries compare. Who rated whom on what is part of it so that the
    /// `created` entry reads on its own.
    var auditSnapshot: [String: String?] {
        [
            "cycleID": cycleID.description, "raterID": raterID.description, "rateeID": rateeID.description,
            "competencyID": competencyID.description, "source": source.rawValue,
            "level": String(level), "evidence": evidence, "status": status.rawValue,
        ]
    }
}
