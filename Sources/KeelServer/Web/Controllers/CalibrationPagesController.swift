import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The calibration pages (SPEC §1): leadership starts an exercise, each rater fills in their own
/// score sheet, and once it closes the agreement and every rater's leniency are what the
/// organization-wide heatmap can adjust by.
enum CalibrationPagesController {
    static func register(on web: any RoutesBuilder) {
        let calibrations = web.grouped("competence", "calibrations")
        calibrations.on(.GET, "new", access: .signedIn(.configureRules), use: newExercise)
        calibrations.on(.POST, access: .signedIn(.configureRules), use: createExercise)
        calibrations.on(.GET, ":exerciseID", access: .signedIn(.readOthers), use: exercise)
        calibrations.on(.POST, ":exerciseID", "close", access: .signedIn(.configureRules), use: close)
        calibrations.on(.GET, ":exerciseID", "scores", access: .signedIn(.readOthers), use: scoreSheet)
        calibrations.on(.POST, ":exerciseID", "scores", access: .signedIn(.readOthers), use: saveScores)
    }

    // MARK: Starting an exercise

    @Sendable
    static func newExercise(_ request: Request) async throws -> Response {
        let chosen = (try? request.query.get(String.self, at: "framework")).flatMap(FrameworkVersionReference.init(formValue:))
        let model = try await CalibrationFormPage.Model.query(request, framework: chosen)
        return Layout.response(CalibrationFormPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    struct ExerciseForm: Decodable {
        var name: String?
        var framework: String?
        var competencies: [String]?
        var raters: [String]?
        var people: [String]?
        /// Whole teams, each bringing in its people (``CalibrationCandidates``).
        var teams: [String]?
        var cases: String?
    }

    @Sendable
    static func createExercise(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ExerciseForm.self)
        let reference = FrameworkVersionReference(formValue: form.framework ?? "")
        var model = try await CalibrationFormPage.Model.query(request, framework: reference)
        model.entered = ["name": form.name ?? "", "cases": form.cases ?? ""]
        model.chosenPeople = Set((form.people ?? []).compactMap(Person.ID.init(uuidString:)))
        model.chosenTeams = Set((form.teams ?? []).compactMap(Team.ID.init(uuidString:)))
        model.chosenCompetencies = Set((form.competencies ?? []).compactMap(Competency.ID.init(uuidString:)))
        model.chosenRaters = Set((form.raters ?? []).compactMap(Person.ID.init(uuidString:)))
        do {
            guard let framework = model.framework, framework.reference == reference else {
                throw FieldError(field: "calibration-framework", code: .invalidValue, .calibrationFrameworkInvalid)
            }
            let exercise = try await exerciseDraft(form, model: model, framework: framework, request: request)
            do {
                let stored = try await request.competence.createCalibrationExercise(exercise, actor: try request.signedIn.person.id, at: request.now)
                return request.redirect(to: "/competence/calibrations/\(stored.id)")
            } catch {
                guard let errors = [FieldError](refusal: error) else { throw error }
                throw FieldErrors(errors.map { FieldError(field: formField(forStoreField: $0.field), code: $0.code, $0.problem) })
            }
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            model.errors = errors
            return Layout.response(CalibrationFormPage.render(model, context: try await PageContext.make(for: request)),
                                   status: .unprocessableEntity, for: request)
        }
    }

    /// The exercise the form describes, with every choice on it resolved; what the form cannot
    /// resolve and what is wrong with the exercise's shape are refused here, all of it at once,
    /// each with the field it came from.
    static func exerciseDraft(
        _ form: ExerciseForm, model: CalibrationFormPage.Model, framework: CompetencyFramework, request: Request
    ) async throws -> CalibrationExercise {
        var problems = FieldErrors.Collector()
        let eligible = Set(model.raters.map(\.id))
        if let stranger = model.chosenRaters.first(where: { !eligible.contains($0) }) {
            problems.append(FieldError(field: CalibrationFormPage.ratersField, code: .invalidValue, .calibrationRaterInvalid, ["id": stranger.description]))
        }
        // The people ticked one by one, united with those the chosen teams bring in: each once,
        // in the list's order. A team's problem is told at that team.
        let people = model.candidates.resolve(people: form.people ?? [], field: CalibrationFormPage.peopleField)
        let teams = model.candidates.resolve(teams: form.teams ?? []) { $0.map(CalibrationFormPage.teamField) ?? CalibrationFormPage.peopleField }
        for problem in people.problems + teams.problems { problems.append(problem) }
        let chosen = Set((people.people + teams.people).map(\.id))
        var targets = model.candidates.people.filter { chosen.contains($0.id) }
            .map { CalibrationTarget(id: .init(UUID()), title: $0.name, personID: $0.id) }
        for line in lines(form.cases) {
            // Empty parts are kept, so a line that starts with `|` has an empty title, not its material as one.
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let title = parts.first, !title.isEmpty else {
                problems.append(FieldError(field: CalibrationFormPage.casesField, code: .required, .calibrationCaseTitle, ["line": line]))
                continue
            }
            targets.append(CalibrationTarget(id: .init(UUID()), title: title, material: parts.count > 1 ? parts[1] : ""))
        }
        let competencies = framework.competencies.map(\.id).filter(model.chosenCompetencies.contains)
        let exercise = CalibrationExercise(
            id: .init(UUID()), organizationID: try request.signedIn.person.organizationID,
            name: form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "", framework: framework.reference,
            competencyIDs: competencies, targets: targets,
            raterIDs: model.raters.map(\.id).filter(model.chosenRaters.contains), openedAt: request.now)
        // The exercise's own shape is told beside what could not be resolved; a list that lost
        // an unresolved entry is not also called too short.
        let unresolved = Set(problems.errors.map { CalibrationFormPage.isTeamField($0.field) ? CalibrationFormPage.peopleField : $0.field })
        for problem in exercise.shapeProblems {
            let field = formField(forStoreField: problem.field)
            let lost = field == CalibrationFormPage.peopleField ? unresolved.contains(CalibrationFormPage.casesField) || unresolved.contains(field)
                : unresolved.contains(field)
            if !lost { problems.append(FieldError(field: field, code: problem.code, problem.problem)) }
        }
        try problems.throwIfAny()
        return exercise
    }

    /// The non-empty lines of a text area, trimmed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The store names the exercise's properties; the page names its fields.
    static func formField(forStoreField field: String) -> String {
        switch field {
        case "name": CalibrationFormPage.nameField
        case "competencyIDs": CalibrationFormPage.competenciesField
        case "raterIDs": CalibrationFormPage.ratersField
        case "targets": CalibrationFormPage.peopleField
        case "framework": "calibration-framework"
        default: field
        }
    }

    // MARK: The exercise

    @Sendable
    static func exercise(_ request: Request) async throws -> Response {
        try await exercisePage(request)
    }

    static func exercisePage(_ request: Request, error: FieldError? = nil) async throws -> Response {
        var model = try await CalibrationPage.Model.query(request)
        model.errors = error.map { [$0] } ?? []
        return Layout.response(CalibrationPage.render(model, context: try await PageContext.make(for: request)),
                               status: error.map { $0.code == .conflict ? .conflict : .unprocessableEntity } ?? .ok, for: request)
    }

    /// Closing fixes the scores; closing twice is refused.
    @Sendable
    static func close(_ request: Request) async throws -> Response {
        let model = try await CalibrationPage.Model.query(request)
        do {
            try await request.competence.closeCalibrationExercise(model.results.exercise.id, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/competence/calibrations/\(model.results.exercise.id)")
        } catch let error as FieldError {
            return try await exercisePage(request, error: error)
        }
    }

    // MARK: Scores

    @Sendable
    static func scoreSheet(_ request: Request) async throws -> Response {
        let model = try await CalibrationScoresPage.Model.query(request)
        return Layout.response(CalibrationScoresPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    /// The whole sheet in one go: each chosen level is checked against the scale first, and one
    /// refused level leaves every stored score as it was.
    @Sendable
    static func saveScores(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        var model = try await CalibrationScoresPage.Model.query(request)
        let viewer = try request.signedIn.person
        let text = try await request.localizer
        do {
            guard model.isOpen else {
                throw FieldError(field: "scores-form", code: .conflict, .calibrationClosedNote)
            }
            var scores: [CalibrationScore] = []
            for target in model.exercise.targets {
                for competency in model.competencies {
                    let field = CalibrationScoresPage.scoreField(target: target.id, competency: competency.id)
                    let raw = fields[field]?.trimmingCharacters(in: .whitespaces) ?? ""
                    if raw.isEmpty { continue }
                    guard let level = Int(raw), model.framework.scale.contains(level) else {
                        throw FieldError(field: field, code: .invalidValue, .calibrationLevelInvalid, [
                            "target": model.targetNames[target.id] ?? target.title,
                            "competency": competency.name.text(in: text.language), "scale": model.framework.scale.description,
                        ])
                    }
                    scores.append(CalibrationScore(exerciseID: model.exercise.id, targetID: target.id, raterID: viewer.id,
                                                   competencyID: competency.id, level: level))
                }
            }
            guard !scores.isEmpty else {
                throw FieldError(field: "scores-form", code: .required, .calibrationNothingScored)
            }
            try await request.competence.recordCalibrationScores(scores, in: model.exercise.id, at: request.now)
            model = try await CalibrationScoresPage.Model.query(request)
            model.notice = text(.calibrationScoresSaved, ["count": String(scores.count)])
            return Layout.response(CalibrationScoresPage.render(model, context: try await PageContext.make(for: request)), for: request)
        } catch let error as FieldError {
            model.entered = fields
            model.errors = [error]
            return Layout.response(CalibrationScoresPage.render(model, context: try await PageContext.make(for: request)),
                                   status: error.code == .conflict ? .conflict : .unprocessableEntity, for: request)
        }
    }
}
