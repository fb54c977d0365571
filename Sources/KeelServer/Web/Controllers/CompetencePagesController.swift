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

    static func overviewPage(_ request: Request, error: FieldError? = nil, notice: String? = nil) async throws -> Response {
        let model = try await CompetenceOverviewPage.Model.query(request, error: error, notice: notice)
        return Layout.response(CompetenceOverviewPage.render(model, context: try await PageContext.make(for: request)),
                               status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct OpenCycleForm: Decodable {
        var name: String?
        var framework: String?
        var managerWeight: String?
        var selfWeight: String?
        var peerWeight: String?
    }

    /// The weights of manager, self and peer ratings in a person's level; left empty, the
    /// manager's rating alone decides.
    static func consolidationPolicy(_ form: OpenCycleForm, text: Localizer) throws -> ConsolidationPolicy {
        let fields = [("managerWeight", form.managerWeight), ("selfWeight", form.selfWeight), ("peerWeight", form.peerWeight)]
        guard fields.contains(where: { !($0.1 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) else { return .managerRating }
        var weights: [Double] = []
        for (field, raw) in fields {
            let typed = (raw ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let weight = typed.isEmpty ? 0 : Double(typed) else {
                throw FieldError(field: "cycle-\(field)", code: .invalidValue, message: text(.cycleWeightInvalid, ["value": raw ?? ""]))
            }
            weights.append(weight)
        }
        do {
            return try ConsolidationPolicy(managerWeight: weights[0], selfWeight: weights[1], peerWeight: weights[2])
        } catch {
            throw FieldError(field: "cycle-\(error.field)", code: error.code,
                             message: text(.cycleWeightInvalid, ["value": weights.map { String($0) }.joined(separator: " / ")]))
        }
    }

    /// Opens a cycle for the domain's default participants (every active person in a selling role).
    @Sendable
    static func openCycle(_ request: Request) async throws -> Response {
        let form = try request.content.decode(OpenCycleForm.self)
        let viewer = try request.signedIn.person
        do {
            let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !name.isEmpty else { throw FieldError(field: "name", code: .required, message: "name the cycle") }
            guard let reference = FrameworkVersionReference(formValue: form.framework ?? "") else {
                throw FieldError(field: "framework", code: .invalidValue, message: "choose a published framework version")
            }
            let policy = try consolidationPolicy(form, text: Localizer(request.language))
            let cycle = try await request.competence.openCycle(
                name: name, framework: reference, participants: nil, policy: policy, actor: viewer.id, at: request.now)
            return try await overviewPage(
                request, notice: Localizer(request.language)(.cycleOpened, ["name": cycle.name, "count": String(cycle.participantIDs.count)]))
        } catch let error as FieldError {
            return try await overviewPage(request, error: error)
        }
    }

    @Sendable
    static func closeCycle(_ request: Request) async throws -> Response {
        let id = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        do {
            let cycle = try await request.competence.closeCycle(id, actor: try request.signedIn.person.id, at: request.now)
            return try await overviewPage(request, notice: Localizer(request.language)(.cycleClosed, ["name": cycle.name]))
        } catch let error as FieldError {
            return try await overviewPage(request, error: error)
        } catch is RecordNotFound {
            throw APIError.notFound("assessment cycle")
        }
    }

    // MARK: Rating

    @Sendable
    static func ratingForm(_ request: Request) async throws -> Response {
        try await ratingPage(request)
    }

    static func ratingPage(
        _ request: Request, entered: [String: String] = [:], error: FieldError? = nil, notice: String? = nil
    ) async throws -> Response {
        let model = try await RatingFormPage.Model.query(request, entered: entered, error: error, notice: notice)
        return Layout.response(RatingFormPage.render(model, context: try await PageContext.make(for: request)),
                               status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    /// Saves the form as drafts, or submits every rating on it. Submitting needs a level for
    /// each competency; either way the form lands whole or not at all.
    @Sendable
    static func saveRatings(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let viewer = try request.signedIn.person
        let model = try await RatingFormPage.Model.query(request)
        let text = Localizer(request.language)
        do {
            let submit: Bool
            switch fields["action"] {
            case "draft": submit = false
            case "submit": submit = true
            default: throw FieldError(field: "action", code: .invalidValue, message: "choose save as draft or submit")
            }
            if model.isSubmitted {
                throw FieldError(field: "action", code: .conflict, message: text(.rateAlreadySubmitted))
            }
            var inputs: [RatingInput] = []
            for item in model.items where item.rating?.isSubmitted != true {
                let field = RatingFormPage.levelField(item.competency.id)
                let name = item.competency.name.text(in: text.language)
                let raw = fields[field]?.trimmingCharacters(in: .whitespaces) ?? ""
                if raw.isEmpty {
                    if submit { throw FieldError(field: field, code: .required, message: text(.rateMissingLevel, ["competency": name])) }
                    continue
                }
                guard let level = Int(raw) else {
                    throw FieldError(field: field, code: .invalidValue, message: text(.rateInvalidLevel, ["competency": name, "scale": model.scale.description]))
                }
                inputs.append(RatingInput(
                    cycleID: model.cycle.id, raterID: viewer.id, rateeID: model.ratee.id, competencyID: item.competency.id,
                    source: model.source, level: level,
                    evidence: fields[RatingFormPage.evidenceField(item.competency.id)]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
            }
            guard !inputs.isEmpty else {
                throw FieldError(field: model.items.first.map { RatingFormPage.levelField($0.competency.id) } ?? "level",
                                 code: .required, message: text(.rateNothingChosen))
            }
            do {
                try await request.competence.saveForm(inputs, submit: submit, at: request.now)
            } catch let error as FieldError where error.field == "level" || error.field == "competencyID" {
                // Point the message at the competency's own field on the form.
                throw FieldError(field: inputs.first.map { RatingFormPage.levelField($0.competencyID) } ?? error.field,
                                 code: error.code, message: error.message)
            }
            return try await ratingPage(request, notice: submit ? text(.rateSubmittedNotice) : text(.rateDraftSaved))
        } catch let error as FieldError {
            return try await ratingPage(request, entered: fields, error: error)
        }
    }

    // MARK: Results

    @Sendable
    static func results(_ request: Request) async throws -> Response {
        try await resultsPage(request)
    }

    static func resultsPage(_ request: Request, error: FieldError? = nil, notice: String? = nil) async throws -> Response {
        let model = try await CompetenceResultsPage.Model.query(request, error: error, notice: notice)
        return Layout.response(CompetenceResultsPage.render(model, context: try await PageContext.make(for: request)),
                               status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct CommentForm: Decodable {
        var text: String?
    }

    /// The assessed person's own comment on their evaluation; nobody else writes it.
    @Sendable
    static func comment(_ request: Request) async throws -> Response {
        let viewer = try request.signedIn.person
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let personID = try request.id("personID", as: Person.ID.self, entity: "person")
        guard personID == viewer.id else { throw APIError.forbidden }
        let form = try request.content.decode(CommentForm.self)
        do {
            try await request.competence.commentOnResults(cycle: cycleID, by: viewer.id, text: form.text ?? "", at: request.now)
            return try await resultsPage(request, notice: Localizer(request.language)(.commentSaved))
        } catch let error as FieldError {
            return try await resultsPage(request, error: error)
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
            throw APIError(.badRequest, code: "invalid_value", message: "choose a cycle", field: "cycle")
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
