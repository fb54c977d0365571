import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The competence pages (SPEC §1): the overview with the open cycle, rating forms, a person's
/// results, and heatmaps with their people (frameworks: ``FrameworkPagesController``;
/// calibration: ``CalibrationPagesController``).
enum CompetencePagesController {
    static func register(on web: any RoutesBuilder) {
        let competence = web.grouped("competence")
        competence.on(.GET, access: .signedIn(.readOwnRecords), use: overview)
        competence.on(.POST, "cycles", access: .signedIn(.configureRules), use: openCycle)
        competence.on(.GET, "cycles", ":cycleID", "progress", access: .signedIn(.readOthers), use: cycleProgress)
        competence.on(.POST, "cycles", ":cycleID", "close", access: .signedIn(.configureRules), use: closeCycle)
        competence.on(.GET, "cycles", ":cycleID", "people", ":personID", "rate", access: .signedIn(.readOwnRecords), use: ratingForm)
        competence.on(.POST, "cycles", ":cycleID", "people", ":personID", "rate", access: .signedIn(.readOwnRecords), use: saveRatings)
        competence.on(.GET, "cycles", ":cycleID", "people", ":personID", access: .signedIn(.readOwnRecords), use: results)
        competence.on(.POST, "cycles", ":cycleID", "people", ":personID", "comment", access: .signedIn(.readOwnRecords), use: comment)
        competence.on(.GET, "cycles", ":cycleID", "heatmap", access: .signedIn(.readOthers), use: heatmap)
        competence.on(.GET, "cycles", ":cycleID", "people", access: .signedIn(.readOthers), use: heatmapPeople)
        competence.on(.GET, "heatmap", access: .signedIn(.readOthers), use: heatmapFilter)
    }

    // MARK: Overview and cycles

    @Sendable
    static func overview(_ request: Request) async throws -> Response {
        try await overviewPage(request)
    }

    static func overviewPage(
        _ request: Request, errors: [FieldError] = [], entered: [String: String] = [:], notice: String? = nil
    ) async throws -> Response {
        let model = try await CompetenceOverviewPage.Model.query(request, errors: errors, entered: entered, notice: notice)
        return Layout.response(CompetenceOverviewPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    struct OpenCycleForm: Decodable {
        var name: String?
        var framework: String?
        var managerWeight: String?
        var selfWeight: String?
        var peerWeight: String?

        var entered: [String: String] {
            ["name": name ?? "", "framework": framework ?? "", "managerWeight": managerWeight ?? "", "selfWeight": selfWeight ?? "",
             "peerWeight": peerWeight ?? ""]
        }
    }

    /// The weights of manager, self and peer ratings in a person's level; left empty, the
    /// manager's rating alone decides.
    static func consolidationPolicy(_ form: OpenCycleForm) throws(FieldError) -> ConsolidationPolicy {
        let fields = [("managerWeight", form.managerWeight), ("selfWeight", form.selfWeight), ("peerWeight", form.peerWeight)]
        guard fields.contains(where: { !($0.1 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) else { return .managerRating }
        var weights: [Double] = []
        for (field, raw) in fields {
            let typed = (raw ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let weight = typed.isEmpty ? 0 : Double(typed) else {
                throw FieldError(field: "cycle-\(field)", code: .invalidValue, .cycleWeightInvalid, ["value": raw ?? ""])
            }
            weights.append(weight)
        }
        do {
            return try ConsolidationPolicy(managerWeight: weights[0], selfWeight: weights[1], peerWeight: weights[2])
        } catch {
            throw FieldError(field: "cycle-\(error.field)", code: error.code,
                             .cycleWeightInvalid, ["value": weights.map { String($0) }.joined(separator: " / ")])
        }
    }

    /// Opens a cycle for the domain's default participants (every active person in a selling role).
    @Sendable
    static func openCycle(_ request: Request) async throws -> Response {
        let form = try request.content.decode(OpenCycleForm.self)
        let viewer = try request.signedIn.person
        do {
            var problems = FieldErrors.Collector()
            let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if name.isEmpty { problems.append(FieldError(field: "name", code: .required, .valueRequired)) }
            let reference = FrameworkVersionReference(formValue: form.framework ?? "")
            if reference == nil { problems.append(FieldError(field: "framework", code: .invalidValue, .chooseFrameworkVersion)) }
            let policy = problems.check { () throws(FieldError) in try consolidationPolicy(form) }
            try problems.throwIfAny()
            guard let reference, let policy else { return try await overviewPage(request) }
            let cycle = try await request.competence.openCycle(
                name: name, framework: reference, participants: nil, policy: policy, actor: viewer.id, at: request.now)
            return try await overviewPage(
                request, notice: Localizer(request.language)(.cycleOpened, ["name": cycle.name, "count": String(cycle.participantIDs.count)]))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await overviewPage(request, errors: errors, entered: form.entered)
        }
    }

    @Sendable
    static func cycleProgress(_ request: Request) async throws -> Response {
        try await progressPage(request, cycle: try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle"))
    }

    static func progressPage(_ request: Request, cycle: AssessmentCycle.ID, errors: [FieldError] = []) async throws -> Response {
        let text = try await request.localizer
        let progress = try await request.competence.cycleProgress(cycle, for: try await request.policy(), noTeamName: text(.personNoTeam))
        return Layout.response(
            CycleProgressPage.render(.init(progress: progress, errors: errors), context: try await PageContext.make(for: request)),
            status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// Closing is final: the form says what is still missing and must be confirmed.
    @Sendable
    static func closeCycle(_ request: Request) async throws -> Response {
        let id = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let fields = try request.content.decode([String: String].self)
        guard fields["confirm"] == "yes" else {
            return try await progressPage(request, cycle: id, errors: [FieldError(field: "confirm", code: .required, .closeNotConfirmed)])
        }
        do {
            let cycle = try await request.competence.closeCycle(id, actor: try request.signedIn.person.id, at: request.now)
            return try await overviewPage(request, notice: Localizer(request.language)(.cycleClosed, ["name": cycle.name]))
        } catch let error as FieldError {
            return try await overviewPage(request, errors: [error])
        } catch is RecordNotFound {
            throw APIError.notFound()
        }
    }

    // MARK: Rating

    @Sendable
    static func ratingForm(_ request: Request) async throws -> Response {
        try await ratingPage(request)
    }

    static func ratingPage(
        _ request: Request, entered: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Response {
        let model = try await RatingFormPage.Model.query(request, entered: entered, errors: errors, notice: notice)
        return Layout.response(RatingFormPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// Saves the form as drafts, or submits every rating on it. Submitting needs a level for
    /// each competency; either way the form lands whole or not at all.
    @Sendable
    static func saveRatings(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let viewer = try request.signedIn.person
        let model = try await RatingFormPage.Model.query(request)
        let text = try await request.localizer
        do {
            let submit: Bool
            switch fields["action"] {
            case "draft": submit = false
            case "submit": submit = true
            default: throw FieldError(field: "action", code: .invalidValue, .chooseDraftOrSubmit)
            }
            if model.isSubmitted {
                throw FieldError(field: "action", code: .conflict, .ratingAlreadySubmitted)
            }
            // Every competency is checked, so the whole form is fixed in one pass.
            var problems = FieldErrors.Collector()
            var inputs: [RatingInput] = []
            for item in model.items where item.rating?.isSubmitted != true {
                let field = RatingFormPage.levelField(item.competency.id)
                let evidenceField = RatingFormPage.evidenceField(item.competency.id)
                let name = item.competency.name.text(in: text.language)
                let evidence = fields[evidenceField]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if evidence.count > Rating.maximumEvidenceLength {
                    problems.append(FieldError(field: evidenceField, code: .tooLong, .textTooLong,
                                               ["maximum": String(Rating.maximumEvidenceLength)]))
                }
                let raw = fields[field]?.trimmingCharacters(in: .whitespaces) ?? ""
                if raw.isEmpty {
                    if submit { problems.append(FieldError(field: field, code: .required, .rateMissingLevel, ["competency": name])) }
                    continue
                }
                guard let level = Int(raw), model.scale.contains(level) else {
                    problems.append(FieldError(field: field, code: .invalidValue, .rateInvalidLevel,
                                               ["competency": name, "scale": model.scale.description]))
                    continue
                }
                inputs.append(RatingInput(
                    cycleID: model.cycle.id, raterID: viewer.id, rateeID: model.ratee.id, competencyID: item.competency.id,
                    source: model.source, level: level, evidence: evidence))
            }
            try problems.throwIfAny()
            guard !inputs.isEmpty else {
                throw FieldError(field: model.items.first.map { RatingFormPage.levelField($0.competency.id) } ?? "level",
                                 code: .required, .rateNothingChosen)
            }
            do {
                try await request.competence.saveForm(inputs, submit: submit, at: request.now)
            } catch let error as FieldError where error.field == "level" || error.field == "competencyID" {
                // Point the message at the competency's own field on the form.
                throw FieldError(field: inputs.first.map { RatingFormPage.levelField($0.competencyID) } ?? error.field,
                                 code: error.code, error.problem)
            }
            return try await ratingPage(request, notice: submit ? text(.rateSubmittedNotice) : text(.rateDraftSaved))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await ratingPage(request, entered: fields, errors: errors)
        }
    }

    // MARK: Results

    @Sendable
    static func results(_ request: Request) async throws -> Response {
        try await resultsPage(request)
    }

    static func resultsPage(_ request: Request, errors: [FieldError] = [], notice: String? = nil) async throws -> Response {
        let model = try await CompetenceResultsPage.Model.query(request, errors: errors, notice: notice)
        return Layout.response(CompetenceResultsPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    struct CommentForm: Decodable {
        var text: String?
    }

    /// The assessed person's own comment on their evaluation; nobody else writes it.
    @Sendable
    static func comment(_ request: Request) async throws -> Response {
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let personID = try request.id("personID", as: Person.ID.self, entity: "person")
        let form = try request.content.decode(CommentForm.self)
        do {
            try await request.competence.commentOnResults(
                cycle: cycleID, person: personID, text: form.text ?? "", for: try await request.policy(), at: request.now)
            return try await resultsPage(request, notice: Localizer(request.language)(.commentSaved))
        } catch let error as FieldError {
            return try await resultsPage(request, errors: [error])
        }
    }

    // MARK: Comparison

    @Sendable
    static func heatmap(_ request: Request) async throws -> Response {
        let model = try await HeatmapPage.Model.query(request)
        return Layout.response(HeatmapPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    /// The heatmap's filter form names the cycle as a field; the heatmap itself lives under it.
    @Sendable
    static func heatmapFilter(_ request: Request) async throws -> Response {
        guard let raw = try? request.query.get(String.self, at: "cycle"), let cycle = AssessmentCycle.ID(uuidString: raw) else {
            throw APIError(.badRequest, code: "invalid_value", .chooseCycle, field: "cycle")
        }
        var query: [String] = []
        for name in ["rows", "team", "jobRole", "adjust"] {
            if let value = try? request.query.get(String.self, at: name), !value.isEmpty,
               let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_"))) {
                query.append("\(name)=\(encoded)")
            }
        }
        return request.redirect(to: "/competence/cycles/\(cycle)/heatmap" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")))
    }

    @Sendable
    static func heatmapPeople(_ request: Request) async throws -> Response {
        let model = try await HeatmapPeoplePage.Model.query(request)
        return Layout.response(HeatmapPeoplePage.render(model, context: try await PageContext.make(for: request)), for: request)
    }
}
